import { resourceUrl, type CatalogusSnapshot, type OnderdeelRij, type OnderdeelSoort, type TypeRij } from "./opslag";

/**
 * The resources as catalogi-1.3.1.yaml describes them (GET representations), built from a
 * catalogus snapshot. Relations stored by omschrijving/identificatie (1.3 write schemas)
 * are shown as the URLs of every version with that omschrijving/identificatie in the
 * catalogus.
 */

type G = Record<string, unknown>;
const g = (rij: { gegevens: unknown }) => rij.gegevens as G;
const tekst = (v: unknown) => (typeof v === "string" ? v : "");
const lijst = (v: unknown) => (Array.isArray(v) ? (v as string[]) : []);

function geldigheid(gegevens: G) {
  return {
    beginGeldigheid: (gegevens.beginGeldigheid as string | null | undefined) ?? null,
    eindeGeldigheid: (gegevens.eindeGeldigheid as string | null | undefined) ?? null,
    beginObject: (gegevens.beginObject as string | null | undefined) ?? null,
    eindeObject: (gegevens.eindeObject as string | null | undefined) ?? null,
  };
}

export class Bouwer {
  constructor(
    readonly snapshot: CatalogusSnapshot,
    readonly apiRoot: string,
  ) {}

  get catalogusUrl(): string {
    return resourceUrl(this.apiRoot, "catalogus", this.snapshot.catalogus.uuid);
  }

  types(soort: TypeRij["soort"]): TypeRij[] {
    return this.snapshot.types.filter((t) => t.soort === soort);
  }

  onderdelen(soort: OnderdeelSoort, zaaktypeUuid?: string): OnderdeelRij[] {
    return this.snapshot.onderdelen.filter((o) => o.soort === soort && (zaaktypeUuid === undefined || o.zaaktypeUuid === zaaktypeUuid));
  }

  /** URLs of the versions of `soort` whose key (identificatie/omschrijving) is in `sleutels`. */
  urlsVoorSleutels(soort: "zaaktype" | "informatieobjecttype" | "besluittype", sleutels: string[]): string[] {
    const set = new Set(sleutels);
    return this.types(soort)
      .filter((t) => set.has(t.sleutel))
      .map((t) => resourceUrl(this.apiRoot, soort, t.uuid));
  }

  /** The latest version with this key, or undefined. */
  laatsteVersie(soort: "zaaktype" | "informatieobjecttype" | "besluittype", sleutel: string): TypeRij | undefined {
    return this.types(soort)
      .filter((t) => t.sleutel === sleutel)
      .at(-1);
  }

  zaaktypeVan(o: OnderdeelRij): TypeRij {
    const z = this.snapshot.types.find((t) => t.uuid === o.zaaktypeUuid);
    if (!z) throw new Error(`Zaaktype ${o.zaaktypeUuid} ontbreekt in de snapshot`);
    return z;
  }

  catalogus() {
    const c = this.snapshot.catalogus;
    const gegevens = g(c);
    const urls = (soort: "zaaktype" | "informatieobjecttype" | "besluittype") => this.types(soort).map((t) => resourceUrl(this.apiRoot, soort, t.uuid));
    return {
      url: this.catalogusUrl,
      domein: c.domein,
      rsin: c.rsin,
      contactpersoonBeheerNaam: tekst(gegevens.contactpersoonBeheerNaam),
      contactpersoonBeheerTelefoonnummer: tekst(gegevens.contactpersoonBeheerTelefoonnummer),
      // An empty string is no email address: leave the member out (it is optional).
      ...(tekst(gegevens.contactpersoonBeheerEmailadres) ? { contactpersoonBeheerEmailadres: tekst(gegevens.contactpersoonBeheerEmailadres) } : {}),
      zaaktypen: urls("zaaktype"),
      besluittypen: urls("besluittype"),
      informatieobjecttypen: urls("informatieobjecttype"),
      naam: (gegevens.naam as string | null) ?? null,
      versie: (gegevens.versie as string | null) ?? null,
      begindatumVersie: (gegevens.begindatumVersie as string | null) ?? null,
    };
  }

  zaaktype(t: TypeRij) {
    const d = g(t);
    const iotOmschrijvingen = this.onderdelen("zaaktype-informatieobjecttype", t.uuid).map((o) => tekst(g(o).informatieobjecttype));
    const onderdeelUrls = (soort: OnderdeelSoort) => this.onderdelen(soort, t.uuid).map((o) => resourceUrl(this.apiRoot, soort, o.uuid));
    const gerelateerd = (d.gerelateerdeZaaktypen as { zaaktype: string; aardRelatie: string; toelichting: string }[] | undefined) ?? [];
    return {
      url: resourceUrl(this.apiRoot, "zaaktype", t.uuid),
      identificatie: t.sleutel,
      omschrijving: t.omschrijving,
      omschrijvingGeneriek: tekst(d.omschrijvingGeneriek),
      vertrouwelijkheidaanduiding: d.vertrouwelijkheidaanduiding,
      doel: tekst(d.doel),
      aanleiding: tekst(d.aanleiding),
      toelichting: tekst(d.toelichting),
      indicatieInternOfExtern: d.indicatieInternOfExtern,
      handelingInitiator: tekst(d.handelingInitiator),
      onderwerp: tekst(d.onderwerp),
      handelingBehandelaar: tekst(d.handelingBehandelaar),
      doorlooptijd: d.doorlooptijd,
      servicenorm: d.servicenorm ?? null,
      opschortingEnAanhoudingMogelijk: d.opschortingEnAanhoudingMogelijk,
      verlengingMogelijk: d.verlengingMogelijk,
      verlengingstermijn: d.verlengingstermijn ?? null,
      trefwoorden: lijst(d.trefwoorden),
      publicatieIndicatie: d.publicatieIndicatie,
      publicatietekst: tekst(d.publicatietekst),
      verantwoordingsrelatie: lijst(d.verantwoordingsrelatie),
      productenOfDiensten: lijst(d.productenOfDiensten),
      ...(tekst(d.selectielijstProcestype) ? { selectielijstProcestype: tekst(d.selectielijstProcestype) } : {}),
      referentieproces: (() => {
        const r = (d.referentieproces ?? {}) as { naam?: string; link?: string };
        return { naam: r.naam ?? "", ...(r.link ? { link: r.link } : {}) };
      })(),
      verantwoordelijke: tekst(d.verantwoordelijke),
      zaakobjecttypen: onderdeelUrls("zaakobjecttype"),
      ...(d.broncatalogus ? { broncatalogus: d.broncatalogus } : {}),
      ...(d.bronzaaktype ? { bronzaaktype: d.bronzaaktype } : {}),
      catalogus: this.catalogusUrl,
      statustypen: onderdeelUrls("statustype"),
      resultaattypen: onderdeelUrls("resultaattype"),
      eigenschappen: onderdeelUrls("eigenschap"),
      informatieobjecttypen: this.urlsVoorSleutels("informatieobjecttype", iotOmschrijvingen),
      roltypen: onderdeelUrls("roltype"),
      besluittypen: this.urlsVoorSleutels("besluittype", lijst(d.besluittypen)),
      deelzaaktypen: this.urlsVoorSleutels("zaaktype", lijst(d.deelzaaktypen)),
      gerelateerdeZaaktypen: gerelateerd.flatMap((r) => {
        const doel = this.laatsteVersie("zaaktype", r.zaaktype) ?? (r.zaaktype === t.sleutel ? t : undefined);
        return doel ? [{ zaaktype: resourceUrl(this.apiRoot, "zaaktype", doel.uuid), aardRelatie: r.aardRelatie, toelichting: r.toelichting ?? "" }] : [];
      }),
      beginGeldigheid: t.beginGeldigheid,
      eindeGeldigheid: t.eindeGeldigheid,
      beginObject: (d.beginObject as string | null) ?? null,
      eindeObject: (d.eindeObject as string | null) ?? null,
      versiedatum: d.versiedatum,
      concept: t.concept,
    };
  }

  informatieobjecttype(t: TypeRij) {
    const d = g(t);
    const zaaktypen = new Set(
      this.onderdelen("zaaktype-informatieobjecttype")
        .filter((o) => g(o).informatieobjecttype === t.sleutel)
        .map((o) => o.zaaktypeUuid),
    );
    return {
      url: resourceUrl(this.apiRoot, "informatieobjecttype", t.uuid),
      catalogus: this.catalogusUrl,
      omschrijving: t.omschrijving,
      vertrouwelijkheidaanduiding: d.vertrouwelijkheidaanduiding,
      beginGeldigheid: t.beginGeldigheid,
      eindeGeldigheid: t.eindeGeldigheid,
      beginObject: (d.beginObject as string | null) ?? null,
      eindeObject: (d.eindeObject as string | null) ?? null,
      concept: t.concept,
      zaaktypen: [...zaaktypen].map((uuid) => resourceUrl(this.apiRoot, "zaaktype", uuid)),
      besluittypen: this.types("besluittype")
        .filter((b) => lijst(g(b).informatieobjecttypen).includes(t.sleutel))
        .map((b) => resourceUrl(this.apiRoot, "besluittype", b.uuid)),
      informatieobjectcategorie: tekst(d.informatieobjectcategorie),
      trefwoord: lijst(d.trefwoord),
      ...(d.omschrijvingGeneriek ? { omschrijvingGeneriek: d.omschrijvingGeneriek } : {}),
    };
  }

  besluittype(t: TypeRij) {
    const d = g(t);
    const resultaattypen = this.onderdelen("resultaattype").filter((r) => lijst(g(r).besluittypen).includes(t.sleutel));
    return {
      url: resourceUrl(this.apiRoot, "besluittype", t.uuid),
      catalogus: this.catalogusUrl,
      zaaktypen: this.types("zaaktype")
        .filter((z) => lijst(g(z).besluittypen).includes(t.sleutel))
        .map((z) => resourceUrl(this.apiRoot, "zaaktype", z.uuid)),
      omschrijving: t.omschrijving,
      omschrijvingGeneriek: tekst(d.omschrijvingGeneriek),
      besluitcategorie: tekst(d.besluitcategorie),
      reactietermijn: d.reactietermijn ?? null,
      publicatieIndicatie: d.publicatieIndicatie,
      publicatietekst: tekst(d.publicatietekst),
      publicatietermijn: d.publicatietermijn ?? null,
      toelichting: tekst(d.toelichting),
      informatieobjecttypen: this.urlsVoorSleutels("informatieobjecttype", lijst(d.informatieobjecttypen)),
      beginGeldigheid: t.beginGeldigheid,
      eindeGeldigheid: t.eindeGeldigheid,
      beginObject: (d.beginObject as string | null) ?? null,
      eindeObject: (d.eindeObject as string | null) ?? null,
      concept: t.concept,
      resultaattypen: resultaattypen.map((r) => resourceUrl(this.apiRoot, "resultaattype", r.uuid)),
      resultaattypenOmschrijving: resultaattypen.map((r) => tekst(g(r).omschrijving)),
      vastgelegdIn: lijst(d.informatieobjecttypen),
    };
  }

  private statustypeUrl(uuid: unknown): string | null {
    return typeof uuid === "string" ? resourceUrl(this.apiRoot, "statustype", uuid) : null;
  }

  private basis(soort: OnderdeelSoort, o: OnderdeelRij) {
    const z = this.zaaktypeVan(o);
    return {
      url: resourceUrl(this.apiRoot, soort, o.uuid),
      zaaktype: resourceUrl(this.apiRoot, "zaaktype", z.uuid),
      zaaktypeIdentificatie: z.sleutel,
      catalogus: this.catalogusUrl,
    };
  }

  onderdeel(o: OnderdeelRij): Record<string, unknown> {
    const d = g(o);
    const soort = o.soort as OnderdeelSoort;
    const basis = this.basis(soort, o);
    switch (soort) {
      case "statustype": {
        const statustypen = this.onderdelen("statustype", o.zaaktypeUuid);
        const hoogste = Math.max(...statustypen.map((s) => Number(g(s).volgnummer)));
        return {
          ...basis,
          omschrijving: tekst(d.omschrijving),
          omschrijvingGeneriek: tekst(d.omschrijvingGeneriek),
          statustekst: tekst(d.statustekst),
          volgnummer: d.volgnummer,
          isEindstatus: Number(d.volgnummer) === hoogste,
          informeren: d.informeren === true,
          doorlooptijd: d.doorlooptijd ?? null,
          toelichting: d.toelichting ?? null,
          checklistitemStatustype: d.checklistitemStatustype ?? [],
          eigenschappen: this.onderdelen("eigenschap", o.zaaktypeUuid)
            .filter((e) => g(e).statustype === o.uuid)
            .map((e) => resourceUrl(this.apiRoot, "eigenschap", e.uuid)),
          ...geldigheid(d),
        };
      }
      case "roltype":
        return { ...basis, omschrijving: tekst(d.omschrijving), omschrijvingGeneriek: d.omschrijvingGeneriek, ...geldigheid(d) };
      case "resultaattype": {
        const besluittypen = lijst(d.besluittypen);
        const iots = lijst(d.informatieobjecttypen);
        const iotOmschrijving = (uuid: string) => this.types("informatieobjecttype").find((t) => t.uuid === uuid)?.omschrijving ?? "";
        return {
          ...basis,
          omschrijving: tekst(d.omschrijving),
          resultaattypeomschrijving: d.resultaattypeomschrijving,
          omschrijvingGeneriek: tekst(d.omschrijvingGeneriek),
          selectielijstklasse: d.selectielijstklasse,
          toelichting: tekst(d.toelichting),
          archiefnominatie: tekst(d.archiefnominatie),
          archiefactietermijn: d.archiefactietermijn ?? null,
          brondatumArchiefprocedure: d.brondatumArchiefprocedure ?? null,
          procesobjectaard: d.procesobjectaard ?? null,
          ...geldigheid(d),
          indicatieSpecifiek: d.indicatieSpecifiek ?? null,
          procestermijn: d.procestermijn ?? null,
          besluittypen: this.urlsVoorSleutels("besluittype", besluittypen),
          besluittypeOmschrijving: besluittypen,
          informatieobjecttypen: iots.map((u) => resourceUrl(this.apiRoot, "informatieobjecttype", u)),
          informatieobjecttypeOmschrijving: iots.map(iotOmschrijving),
        };
      }
      case "eigenschap":
        return {
          ...basis,
          naam: tekst(d.naam),
          definitie: tekst(d.definitie),
          specificatie: d.specificatie,
          toelichting: tekst(d.toelichting),
          statustype: this.statustypeUrl(d.statustype),
          ...geldigheid(d),
        };
      case "zaakobjecttype":
        return {
          ...basis,
          anderObjecttype: d.anderObjecttype,
          ...geldigheid(d),
          objecttype: d.objecttype,
          relatieOmschrijving: tekst(d.relatieOmschrijving),
          // Status-/resultaattypen refer to zaakobjecttypen only in the reference
          // implementation's OAS, not in the normative one: always empty here.
          resultaattypen: [],
          statustypen: [],
        };
      case "zaaktype-informatieobjecttype": {
        const omschrijving = tekst(d.informatieobjecttype);
        const iot = this.laatsteVersie("informatieobjecttype", omschrijving);
        return {
          ...basis,
          informatieobjecttype: iot ? resourceUrl(this.apiRoot, "informatieobjecttype", iot.uuid) : omschrijving,
          volgnummer: d.volgnummer,
          richting: d.richting,
          statustype: this.statustypeUrl(d.statustype),
        };
      }
    }
  }
}
