"use client";

import Link from "next/link";
import { useState } from "react";
import { z } from "zod";
import {
  BesluitIntrekkenInvoer,
  BesluitInvoer,
  BesluitWijzigenInvoer,
  BetrokkeneInvoer,
  KoppelenInvoer,
  NotitieInvoer,
  OntkoppelenZaakInvoer,
  queryKeys,
  RedenInvoer,
  TAAKTYPE_NAMEN,
  KoppelSoort,
  type ZaakDetail,
  type ZaakOpties,
} from "@/lib/zaakafhandeling/contract";
import { formatDatumTijd } from "@/lib/format";
import { AppError } from "@/lib/errors/app-error";
import { ActieDialoog, type VeldConfig } from "@/components/ui/ActieDialoog";
import { FoutMelding, Laden } from "@/components/ui/Melding";
import { foutTekst } from "@/components/ui/api";
import { Gegevenslijst, Tabel } from "@/components/ui/Tabel";
import { Datum, Termijn, veiligeDatum } from "@/components/werklijst/Termijn";
import { DocumentToevoegen } from "@/components/documenten/DocumentToevoegen";
import { formatOmvang } from "@/components/documenten/BestandKiezer";
import { TaakStartenDialoog } from "@/components/taak/TaakStartenDialoog";
import { actie, useZaakHistorie, zoekZaakOpIdentificatie } from "./gegevens";
import { zaakSleutels } from "./ZaakActies";

export function tijdstip(waarde: string | null | undefined): string {
  if (!waarde) return "—";
  try {
    return formatDatumTijd(waarde);
  } catch {
    return veiligeDatum(waarde);
  }
}

const REDEN: VeldConfig = { naam: "reden", label: "Reden", soort: "tekst", verplicht: true };

export function GegevensTab({ zaak }: { zaak: ZaakDetail }) {
  return (
    <Gegevenslijst
      items={[
        ["Zaaknummer", zaak.identificatie],
        ["Zaaktype", zaak.zaaktype.omschrijving],
        ["Omschrijving", zaak.omschrijving],
        ["Toelichting", zaak.toelichting],
        ["Registratiedatum", <Datum key="r" waarde={zaak.registratiedatum} />],
        ["Startdatum", <Datum key="s" waarde={zaak.startdatum} />],
        ["Streefdatum", <Termijn key="sd" datum={zaak.einddatumGepland} waarschuwing={zaak.streefdatumWaarschuwing} soort="streefdatum" />],
        [
          "Fatale datum",
          <Termijn key="fd" datum={zaak.uiterlijkeEinddatumAfdoening} waarschuwing={zaak.fataledatumWaarschuwing} soort="fatale datum" />,
        ],
        ["Einddatum", <Datum key="e" waarde={zaak.einddatum} />],
        ["Groep", zaak.groep?.naam],
        ["Behandelaar", zaak.behandelaar?.naam],
        ["Communicatiekanaal", zaak.communicatiekanaal],
        ["Vertrouwelijkheid", zaak.vertrouwelijkheidaanduiding.replace(/_/g, " ")],
        ["Bronorganisatie", zaak.bronorganisatie],
      ]}
    />
  );
}

export function StatusTab({ zaak }: { zaak: ZaakDetail }) {
  return (
    <div className="flex flex-col gap-6">
      <Gegevenslijst
        items={[
          ["Huidige status", zaak.status?.statustype ?? "Geen status"],
          ["Opgeschort", zaak.opschorting.indicatie ? `Ja, reden: ${zaak.opschorting.reden || "—"}` : "Nee"],
          ["Verlengd", zaak.verlenging ? `Ja (${zaak.verlenging.duur ?? "?"}), reden: ${zaak.verlenging.reden || "—"}` : "Nee"],
          ["Heropend", zaak.heropend ? "Ja" : "Nee"],
          ["Resultaat", zaak.resultaat ? `${zaak.resultaat.resultaattype}${zaak.resultaat.toelichting ? ` — ${zaak.resultaat.toelichting}` : ""}` : "—"],
        ]}
      />
      <section>
        <h3 className="mb-2 text-lg font-semibold">Statusgeschiedenis</h3>
        <Tabel
          bijschrift="Statusgeschiedenis"
          koppen={["Status", "Gezet op", "Toelichting"]}
          leeg="Er zijn nog geen statussen gezet."
          rijen={[...zaak.statushistorie]
            .sort((a, b) => b.datumStatusGezet.localeCompare(a.datumStatusGezet))
            .map((s) => ({
              sleutel: s.uuid,
              cellen: [s.statustype + (s.eind ? " (eindstatus)" : ""), tijdstip(s.datumStatusGezet), s.toelichting || "—"],
            }))}
        />
      </section>
    </div>
  );
}

export function BetrokkenenTab({ zaak, opties }: { zaak: ZaakDetail; opties: ZaakOpties | undefined }) {
  const r = zaak.rechten;
  const uuid = zaak.uuid;
  const ongeldig = zaakSleutels(uuid);
  const roltypen = opties?.roltypen ?? [];
  const initiatorTypen = roltypen.filter((t) => t.omschrijvingGeneriek === "initiator");
  const andereTypen = roltypen.filter((t) => t.omschrijvingGeneriek !== "initiator" && t.omschrijvingGeneriek !== "behandelaar");
  const heeftInitiator = zaak.rollen.some((rol) => rol.omschrijvingGeneriek === "initiator");

  function velden(typen: typeof roltypen, persoon: boolean, bedrijf: boolean): VeldConfig[] {
    return [
      { naam: "roltype", label: "Rol", soort: "keuze", verplicht: true, opties: typen.map((t) => ({ waarde: t.url, label: t.omschrijving })) },
      {
        naam: "soort",
        label: "Soort betrokkene",
        soort: "keuze",
        verplicht: true,
        opties: [...(persoon ? [{ waarde: "persoon", label: "Persoon" }] : []), ...(bedrijf ? [{ waarde: "bedrijf", label: "Bedrijf" }] : [])],
      },
      { naam: "bsn", label: "BSN (bij een persoon)", soort: "tekst", hint: "9 cijfers" },
      { naam: "kvkNummer", label: "KvK-nummer (bij een bedrijf)", soort: "tekst", hint: "8 cijfers" },
      { naam: "naam", label: "Naam", soort: "tekst" },
      { naam: "toelichting", label: "Toelichting", soort: "tekstvlak" },
    ];
  }
  const initiatorPersoon = r.toevoegen_initiator_persoon;
  const initiatorBedrijf = r.toevoegen_initiator_bedrijf;
  const betrokkenePersoon = r.toevoegen_betrokkene_persoon;
  const betrokkeneBedrijf = r.toevoegen_betrokkene_bedrijf;

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap gap-2">
        {(initiatorPersoon || initiatorBedrijf) && !heeftInitiator && initiatorTypen.length > 0 ? (
          <ActieDialoog
            knop="Initiator toevoegen"
            velden={velden(initiatorTypen, initiatorPersoon, initiatorBedrijf)}
            beginwaarden={{ roltype: initiatorTypen[0]?.url ?? "" }}
            schema={BetrokkeneInvoer}
            verstuur={(i) => actie("betrokkeneToevoegen", { uuid }, i)}
            succes="De initiator is toegevoegd."
            ongeldig={ongeldig}
          />
        ) : null}
        {(betrokkenePersoon || betrokkeneBedrijf) && andereTypen.length > 0 ? (
          <ActieDialoog
            knop="Betrokkene toevoegen"
            velden={velden(andereTypen, betrokkenePersoon, betrokkeneBedrijf)}
            schema={BetrokkeneInvoer}
            verstuur={(i) => actie("betrokkeneToevoegen", { uuid }, i)}
            succes="De betrokkene is toegevoegd."
            ongeldig={ongeldig}
          />
        ) : null}
      </div>
      <Tabel
        bijschrift="Betrokkenen"
        koppen={["Naam", "Rol", "Identificatie", "Toelichting", ""]}
        leeg="Deze zaak heeft geen betrokkenen."
        rijen={zaak.rollen.map((rol) => {
          const initiator = rol.omschrijvingGeneriek === "initiator";
          const magVerwijderen = initiator ? r.verwijderen_initiator : r.verwijderen_betrokkene;
          return {
            sleutel: rol.uuid,
            cellen: [
              rol.naam || "—",
              rol.roltype,
              rol.identificatie ? (
                <span>
                  {rol.identificatie}
                  {rol.bsnGemaskeerd ? <span className="sr-only"> (BSN afgeschermd)</span> : null}
                </span>
              ) : (
                "—"
              ),
              rol.roltoelichting || "—",
              magVerwijderen && rol.omschrijvingGeneriek !== "behandelaar" ? (
                <ActieDialoog
                  knop="Verwijderen"
                  titel={`${initiator ? "Initiator" : "Betrokkene"} ${rol.naam} verwijderen`}
                  klein
                  gevaar
                  velden={[{ naam: "reden", label: "Reden", soort: "tekst" }]}
                  schema={RedenInvoer}
                  verstuur={(i) => actie("betrokkeneVerwijderen", { uuid, rol: rol.uuid }, i)}
                  succes={`${rol.naam || "De betrokkene"} is verwijderd.`}
                  ongeldig={ongeldig}
                  bevestig="Verwijderen"
                />
              ) : null,
            ],
          };
        })}
      />
    </div>
  );
}

export function DocumentenTab({ zaak, opties }: { zaak: ZaakDetail; opties: ZaakOpties | undefined }) {
  return (
    <div className="flex flex-col gap-4">
      {zaak.rechten.toevoegen_document ? (
        <div>
          <DocumentToevoegen zaakUuid={zaak.uuid} informatieobjecttypen={opties?.informatieobjecttypen} ongeldig={zaakSleutels(zaak.uuid)} />
        </div>
      ) : null}
      <Tabel
        bijschrift="Documenten"
        koppen={["Titel", "Documenttype", "Versie", "Status", "Bestand", "Kenmerken"]}
        leeg="Deze zaak heeft nog geen documenten."
        rijen={zaak.documenten.map((d) => ({
          sleutel: d.uuid,
          cellen: [
            <Link key="t" href={`/documenten/${d.uuid}?zaak=${zaak.uuid}`}>
              {d.titel}
            </Link>,
            d.informatieobjecttype ?? "—",
            d.versie,
            d.status?.replace(/_/g, " ") ?? "—",
            d.bestandsnaam ? `${d.bestandsnaam}${d.bestandsomvang !== null ? ` (${formatOmvang(d.bestandsomvang)})` : ""}` : "—",
            [d.vergrendeld ? `Vergrendeld${d.vergrendeldDoor ? ` door ${d.vergrendeldDoor}` : ""}` : null, d.ondertekend ? "Ondertekend" : null]
              .filter(Boolean)
              .join(", ") || "—",
          ],
        }))}
      />
    </div>
  );
}

export function BesluitenTab({ zaak, opties }: { zaak: ZaakDetail; opties: ZaakOpties | undefined }) {
  const uuid = zaak.uuid;
  const ongeldig = zaakSleutels(uuid);
  const mag = zaak.rechten.vastleggen_besluit;
  return (
    <div className="flex flex-col gap-4">
      {mag ? (
        <div>
          <ActieDialoog
            knop="Besluit vastleggen"
            velden={[
              {
                naam: "besluittype",
                label: "Besluittype",
                soort: "keuze",
                verplicht: true,
                opties: (opties?.besluittypen ?? []).map((t) => ({ waarde: t.url, label: t.omschrijving })),
              },
              { naam: "datum", label: "Besluitdatum", soort: "datum", verplicht: true },
              { naam: "ingangsdatum", label: "Ingangsdatum", soort: "datum", verplicht: true },
              { naam: "vervaldatum", label: "Vervaldatum", soort: "datum" },
              { naam: "publicatiedatum", label: "Publicatiedatum", soort: "datum" },
              { naam: "toelichting", label: "Toelichting", soort: "tekstvlak" },
            ]}
            schema={BesluitInvoer}
            verstuur={(i) => actie("besluitVastleggen", { uuid }, i)}
            succes="Het besluit is vastgelegd."
            ongeldig={ongeldig}
          />
        </div>
      ) : null}
      <Tabel
        bijschrift="Besluiten"
        koppen={["Besluit", "Besluittype", "Datum", "Ingangsdatum", "Vervaldatum", "Toelichting", ""]}
        leeg="Er zijn geen besluiten vastgelegd."
        rijen={zaak.besluiten.map((b) => ({
          sleutel: b.uuid,
          cellen: [
            <span key="i">
              {b.identificatie}
              {b.ingetrokken ? <span className="block text-xs font-semibold">Ingetrokken</span> : null}
            </span>,
            b.besluittype,
            <Datum key="d" waarde={b.datum} />,
            <Datum key="in" waarde={b.ingangsdatum} />,
            <Datum key="v" waarde={b.vervaldatum} />,
            b.toelichting || "—",
            mag && !b.ingetrokken ? (
              <span key="a" className="flex flex-wrap gap-2">
                <ActieDialoog
                  knop="Wijzigen"
                  titel={`Besluit ${b.identificatie} wijzigen`}
                  klein
                  beginwaarden={{ ingangsdatum: b.ingangsdatum, vervaldatum: b.vervaldatum ?? "", toelichting: b.toelichting, publicatiedatum: b.publicatiedatum ?? "" }}
                  velden={[
                    { naam: "ingangsdatum", label: "Ingangsdatum", soort: "datum" },
                    { naam: "vervaldatum", label: "Vervaldatum", soort: "datum" },
                    { naam: "publicatiedatum", label: "Publicatiedatum", soort: "datum" },
                    { naam: "toelichting", label: "Toelichting", soort: "tekstvlak" },
                    REDEN,
                  ]}
                  schema={BesluitWijzigenInvoer}
                  verstuur={(i) => actie("besluitWijzigen", { uuid, besluit: b.uuid }, i)}
                  succes={`Besluit ${b.identificatie} is gewijzigd.`}
                  ongeldig={ongeldig}
                />
                <ActieDialoog
                  knop="Intrekken"
                  titel={`Besluit ${b.identificatie} intrekken`}
                  klein
                  gevaar
                  velden={[
                    { naam: "vervaldatum", label: "Vervaldatum", soort: "datum", verplicht: true },
                    {
                      naam: "vervalreden",
                      label: "Ingetrokken door",
                      soort: "keuze",
                      verplicht: true,
                      opties: [
                        { waarde: "ingetrokken_overheid", label: "De overheid" },
                        { waarde: "ingetrokken_belanghebbende", label: "De belanghebbende" },
                      ],
                    },
                    REDEN,
                  ]}
                  schema={BesluitIntrekkenInvoer}
                  verstuur={(i) => actie("besluitIntrekken", { uuid, besluit: b.uuid }, i)}
                  succes={`Besluit ${b.identificatie} is ingetrokken.`}
                  ongeldig={ongeldig}
                  bevestig="Intrekken"
                />
              </span>
            ) : null,
          ],
        }))}
      />
    </div>
  );
}

const TAAKSTATUS: Record<string, string> = { niet_toegekend: "Niet toegekend", toegekend: "Toegekend", afgerond: "Afgerond" };

export function TakenTab({ zaak, opties }: { zaak: ZaakDetail; opties: ZaakOpties | undefined }) {
  return (
    <div className="flex flex-col gap-4">
      {zaak.rechten.starten_taak && opties && opties.taaktypen.length > 0 ? (
        <div>
          <TaakStartenDialoog zaakUuid={zaak.uuid} taaktypen={opties.taaktypen} groepen={opties.groepen} documenten={zaak.documenten} />
        </div>
      ) : null}
      <Tabel
        bijschrift="Taken"
        koppen={["Taak", "Status", "Groep", "Behandelaar", "Streefdatum", "Fatale datum"]}
        leeg="Er zijn geen taken bij deze zaak."
        rijen={zaak.taken.map((t) => ({
          sleutel: t.id,
          cellen: [
            <Link key="n" href={`/taken/${t.id}`}>
              {t.naam || TAAKTYPE_NAMEN[t.taaktype]}
            </Link>,
            TAAKSTATUS[t.status] ?? t.status,
            t.groep ?? "—",
            t.behandelaar ?? "—",
            <Termijn key="s" datum={t.streefdatum} waarschuwing={t.streefdatumWaarschuwing} soort="streefdatum" />,
            <Termijn key="f" datum={t.fataledatum} waarschuwing={t.fataledatumWaarschuwing} soort="fatale datum" />,
          ],
        }))}
      />
    </div>
  );
}

export function NotitiesTab({ zaak }: { zaak: ZaakDetail }) {
  const uuid = zaak.uuid;
  const ongeldig = [...zaakSleutels(uuid), queryKeys.notities(uuid)];
  return (
    <div className="flex flex-col gap-4">
      {zaak.notitieRechten.wijzigen ? (
        <div>
          <ActieDialoog
            knop="Notitie toevoegen"
            velden={[{ naam: "tekst", label: "Notitie", soort: "tekstvlak", verplicht: true }]}
            schema={NotitieInvoer}
            verstuur={(i) => actie("notitieToevoegen", { uuid }, i)}
            succes="De notitie is toegevoegd."
            ongeldig={ongeldig}
          />
        </div>
      ) : null}
      {zaak.notities.length === 0 ? <p className="text-gray-700">Er zijn nog geen notities.</p> : null}
      <ul className="flex flex-col gap-3">
        {[...zaak.notities]
          .sort((a, b) => b.aangemaakt.localeCompare(a.aangemaakt))
          .map((n) => (
            <li key={n.id} className="rounded-md border border-gray-200 p-4">
              <p className="text-sm text-gray-700">
                {n.auteur}, {tijdstip(n.aangemaakt)}
                {n.gewijzigd ? ` (gewijzigd ${tijdstip(n.gewijzigd)})` : ""}
              </p>
              <p className="mt-1 whitespace-pre-wrap text-gray-900">{n.tekst}</p>
              {n.magWijzigen ? (
                <div className="mt-2 flex gap-2">
                  <ActieDialoog
                    knop="Wijzigen"
                    titel="Notitie wijzigen"
                    klein
                    beginwaarden={{ tekst: n.tekst }}
                    velden={[{ naam: "tekst", label: "Notitie", soort: "tekstvlak", verplicht: true }]}
                    schema={NotitieInvoer}
                    verstuur={(i) => actie("notitieWijzigen", { uuid, id: n.id }, i)}
                    succes="De notitie is gewijzigd."
                    ongeldig={ongeldig}
                  />
                  <ActieDialoog
                    knop="Verwijderen"
                    titel="Notitie verwijderen"
                    klein
                    gevaar
                    uitleg={<p>Weet je zeker dat je deze notitie wilt verwijderen?</p>}
                    verstuur={() => actie("notitieVerwijderen", { uuid, id: n.id })}
                    succes="De notitie is verwijderd."
                    ongeldig={ongeldig}
                    bevestig="Verwijderen"
                  />
                </div>
              ) : null}
            </li>
          ))}
      </ul>
    </div>
  );
}

const KOPPEL_SOORTEN: { waarde: KoppelSoort; label: string }[] = [
  { waarde: "hoofdzaak", label: "Hoofdzaak van deze zaak" },
  { waarde: "deelzaak", label: "Deelzaak van deze zaak" },
  { waarde: "vervolg", label: "Vervolgzaak" },
  { waarde: "onderwerp", label: "Onderwerp" },
  { waarde: "bijdrage", label: "Bijdrage" },
];

/** Koppelen: the user types a zaaknummer; the proxy's list resolves it (only zaken the user may read). */
export function GerelateerdTab({ zaak }: { zaak: ZaakDetail }) {
  const uuid = zaak.uuid;
  const ongeldig = zaakSleutels(uuid);
  const mag = zaak.rechten.koppelen;
  return (
    <div className="flex flex-col gap-4">
      {mag ? (
        <div>
          <ActieDialoog<{ zaaknummer: string; soort: KoppelSoort }>
            knop="Zaak koppelen"
            velden={[
              { naam: "zaaknummer", label: "Zaaknummer van de andere zaak", soort: "tekst", verplicht: true },
              { naam: "soort", label: "Soort relatie", soort: "keuze", verplicht: true, opties: KOPPEL_SOORTEN },
            ]}
            schema={z.object({ zaaknummer: z.string().trim().min(1, { error: "Vul een zaaknummer in." }).max(40), soort: KoppelSoort })}
            verstuur={async ({ zaaknummer, soort }) => {
              const doel = await zoekZaakOpIdentificatie(zaaknummer);
              if (!doel) throw AppError.invalid(`Zaak ${zaaknummer} is niet gevonden.`, [{ name: "zaaknummer", code: "not_found", reason: "Deze zaak bestaat niet of je mag hem niet zien." }]);
              return actie("zaakKoppelen", { uuid }, KoppelenInvoer.parse({ doelzaak: doel.uuid, soort }));
            }}
            succes="De zaken zijn gekoppeld."
            ongeldig={ongeldig}
            bevestig="Koppelen"
          />
        </div>
      ) : null}
      <Tabel
        bijschrift="Gerelateerde zaken"
        koppen={["Zaak", "Relatie", "Zaaktype", "Status", ""]}
        leeg="Er zijn geen gerelateerde zaken."
        rijen={zaak.gerelateerdeZaken.map((g) => ({
          sleutel: `${g.relatie}-${g.identificatie}`,
          cellen: [
            g.uuid && g.magLezen ? (
              <Link key="z" href={`/zaken/${g.uuid}`}>
                {g.identificatie}
              </Link>
            ) : (
              g.identificatie
            ),
            KOPPEL_SOORTEN.find((k) => k.waarde === g.relatie)?.label ?? g.relatie,
            g.zaaktype ?? "—",
            g.status ?? "—",
            mag && g.uuid ? (
              <ActieDialoog
                key="o"
                knop="Ontkoppelen"
                titel={`Zaak ${g.identificatie} ontkoppelen`}
                klein
                gevaar
                velden={[REDEN]}
                schema={OntkoppelenZaakInvoer.omit({ doelzaak: true, soort: true })}
                verstuur={(i) => actie("zaakOntkoppelen", { uuid }, { ...i, doelzaak: g.uuid, soort: g.relatie })}
                succes={`Zaak ${g.identificatie} is ontkoppeld.`}
                ongeldig={ongeldig}
                bevestig="Ontkoppelen"
              />
            ) : null,
          ],
        }))}
      />
    </div>
  );
}

export function HistorieTab({ zaak }: { zaak: ZaakDetail }) {
  const historie = useZaakHistorie(zaak.uuid, true);
  const [bron, setBron] = useState<"" | "zaak" | "document" | "besluit">("");
  if (historie.isPending) return <Laden tekst="Historie laden…" />;
  if (historie.isError) return <FoutMelding>De historie kon niet worden geladen. {foutTekst(historie.error)}</FoutMelding>;
  const regels = historie.data.filter((r) => !bron || r.bron === bron).sort((a, b) => b.aanmaakdatum.localeCompare(a.aanmaakdatum));
  return (
    <div className="flex flex-col gap-4">
      <label className="flex flex-col gap-1 text-sm font-semibold sm:w-64">
        Toon
        <select value={bron} onChange={(e) => setBron(e.target.value as typeof bron)} className="min-h-11 rounded-md border border-gray-500 bg-white px-3 font-normal">
          <option value="">Alles</option>
          <option value="zaak">Alleen de zaak</option>
          <option value="document">Alleen documenten</option>
          <option value="besluit">Alleen besluiten</option>
        </select>
      </label>
      <Tabel
        bijschrift="Historie"
        koppen={["Tijdstip", "Onderdeel", "Actie", "Door", "Gewijzigd", "Toelichting"]}
        leeg="Er is geen historie."
        rijen={regels.map((r) => ({
          sleutel: r.uuid,
          cellen: [
            tijdstip(r.aanmaakdatum),
            `${r.object}${r.resource !== r.bron ? ` — ${r.resourceWeergave || r.resource}` : ""}`,
            r.actieWeergave,
            r.gebruiker,
            r.gewijzigd.join(", ") || "—",
            r.toelichting || "—",
          ],
        }))}
      />
    </div>
  );
}
