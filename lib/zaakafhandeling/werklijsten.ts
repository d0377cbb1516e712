/**
 * The werklijsten. Everything a user may not read is filtered IN THE QUERY: zaken through
 * `zaaktype__in` (the zaaktypen the policy lets the user read) in the Zaken API's `_zoek`,
 * taken through `zaaktype in (...)` in SQL. Never after paging.
 */
import { AppError } from "@/lib/errors";
import { zaakInvoer, zaakRechten } from "@/lib/policy";
import { TAAK_SORTEERKOLOMMEN, takenWerklijst } from "@/lib/taken";
import { documentenWerklijst, instellingen } from "@/lib/werklijst/opslag";
import { ZgwRol, ZgwStatus, ZgwZaak, type ZgwZaak as Zaak } from "@/lib/zgw-client";
import { statustypen } from "./catalogus";
import type { MedewerkerContext } from "./context";
import {
  datumWaarschuwing,
  TAAKTYPE_NAMEN,
  WERKLIJST_KOLOMMEN,
  WERKLIJST_SOORT,
  type DocumentenWerklijstAntwoord,
  type TakenWerklijstAntwoord,
  type Taaktype,
  type WerklijstAntwoord,
  type WerklijstNaam,
  type WerklijstQuery,
  type ZaakRij,
  type ZakenWerklijstAntwoord,
} from "./contract";
import { leesbareZaaktypen, standaardFeiten, taakRechtenVoor, werklijstRechtenVoor } from "./feiten";
import { behandelaarUit, groepUit } from "./rollen";
import { vandaag } from "./zaken";

/** ZGW list pages hold 100; our page sizes (10/25/50/100) divide it, so one of ours never spans two of theirs. */
const ZGW_PAGINA = 100;

const ZAAK_SORTERING: Record<string, string> = {
  identificatie: "identificatie",
  startdatum: "startdatum",
  registratiedatum: "registratiedatum",
  einddatum: "einddatum",
};

function dagErbij(datum: string, n: number): string {
  const d = new Date(`${datum}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

const DATUM = /^\d{4}-\d{2}-\d{2}$/;
export function datumFilter(waarde: string | undefined, naam: string): string | undefined {
  if (waarde === undefined) return undefined;
  if (!DATUM.test(waarde)) throw AppError.invalid("Ongeldige datum in een filter.", [{ name: naam, code: "invalid", reason: "Verwacht yyyy-MM-dd." }]);
  return waarde;
}

function onbekendeKolom(naam: string, wat: "sort" | "filter"): AppError {
  return AppError.invalid(`Onbekende kolom '${naam}'.`, [{ name: naam, code: "invalid", reason: wat === "sort" ? "Op deze kolom kun je niet sorteren." : "Op deze kolom kun je niet filteren." }]);
}

export function controleerKolommen(lijst: WerklijstNaam, query: WerklijstQuery, sorteerbaar: Set<string>): void {
  const kolommen = WERKLIJST_KOLOMMEN[WERKLIJST_SOORT[lijst]] as readonly { id: string; filter?: string }[];
  const filterNamen = new Set<string>();
  for (const k of kolommen) {
    if (!k.filter) continue;
    if (k.filter === "datum") {
      filterNamen.add(`${k.id}Van`);
      filterNamen.add(`${k.id}Tot`);
    } else filterNamen.add(k.id);
  }
  if (query.sort && !sorteerbaar.has(query.sort)) throw onbekendeKolom(query.sort, "sort");
  for (const naam of Object.keys(query.filters)) if (!filterNamen.has(naam)) throw onbekendeKolom(naam, "filter");
}

async function paginaGrootte(ctx: MedewerkerContext, lijst: WerklijstNaam, query: WerklijstQuery): Promise<number> {
  return query.pageSize ?? (await instellingen(ctx.db, ctx.id, lijst)).pageSize;
}

export async function werklijst(ctx: MedewerkerContext, lijst: WerklijstNaam, query: WerklijstQuery): Promise<WerklijstAntwoord> {
  const rechten = werklijstRechtenVoor(ctx);
  const soort = WERKLIJST_SOORT[lijst];
  if (soort === "documenten") {
    if (!rechten.inbox) {
      throw new AppError("permission_denied", { detail: "Je hebt niet het recht om deze werklijst te zien.", extensions: { recht: "werklijst.inbox" } });
    }
    return documentenLijst(ctx, lijst, query, rechten);
  }
  if (!rechten.zaken_taken) {
    throw new AppError("permission_denied", { detail: "Je hebt niet het recht om deze werklijst te zien.", extensions: { recht: "werklijst.zaken_taken" } });
  }
  return soort === "zaken" ? zakenLijst(ctx, lijst, query, rechten) : takenLijst(ctx, lijst, query, rechten);
}

// --- zaken -----------------------------------------------------------------------------------

/** The readable zaaktypen and the Zaken API `_zoek` body of a zaken-werklijst; `zoek` null = nothing readable. */
export interface ZakenZoekvraag {
  leesbaar: Awaited<ReturnType<typeof leesbareZaaktypen>>;
  zoek: Record<string, unknown> | null;
}

/**
 * The `_zoek` body of a zaken-werklijst: `zaaktype__in` = the readable zaaktypen (narrowed by
 * the zaaktype filter), the list's own conditions, the filters and the ordering. Shared by the
 * list pages and the CSV export (lib/export), so both filter exactly alike.
 */
export async function zakenZoekvraag(ctx: MedewerkerContext, lijst: WerklijstNaam, query: WerklijstQuery): Promise<ZakenZoekvraag> {
  controleerKolommen(lijst, query, new Set(Object.keys(ZAAK_SORTERING)));
  const leesbaar = await leesbareZaaktypen(ctx);
  const f = query.filters;
  // The zaaktypen in the query: the readable ones, narrowed by the zaaktype filter.
  let urls = leesbaar.urls;
  if (f.zaaktype?.length) {
    const gekozen = new Set(f.zaaktype);
    urls = urls.filter((u) => gekozen.has(leesbaar.perUrl.get(u)?.omschrijving ?? ""));
  }
  if (urls.length === 0) return { leesbaar, zoek: null };

  const zoek: Record<string, unknown> = { zaaktype__in: urls, expand: "status,rollen" };
  zoek.einddatum__isnull = lijst !== "afgehandelde-zaken";
  if (lijst === "mijn-zaken") zoek.rol__betrokkeneIdentificatie__medewerker__identificatie = ctx.id;
  if (f.identificatie?.[0]) zoek.identificatie = f.identificatie[0];
  if (f.behandelaar?.[0] && lijst !== "mijn-zaken") zoek.rol__betrokkeneIdentificatie__medewerker__identificatie = f.behandelaar[0];
  if (f.groep?.[0]) zoek.rol__betrokkeneIdentificatie__organisatorischeEenheid__identificatie = f.groep[0];
  const sv = datumFilter(f.startdatumVan?.[0], "startdatumVan");
  const st = datumFilter(f.startdatumTot?.[0], "startdatumTot");
  if (sv) zoek.startdatum__gte = sv;
  if (st) zoek.startdatum__lte = st;
  // These filters have only gt/lt in the Zaken API: widen by a day for inclusive bounds.
  for (const veld of ["registratiedatum", "einddatumGepland", "uiterlijkeEinddatumAfdoening", "einddatum"] as const) {
    const van = datumFilter(f[`${veld}Van`]?.[0], `${veld}Van`);
    const tot = datumFilter(f[`${veld}Tot`]?.[0], `${veld}Tot`);
    if (van) zoek[`${veld}__gt`] = dagErbij(van, -1);
    if (tot) zoek[`${veld}__lt`] = dagErbij(tot, 1);
  }
  const sortVeld = ZAAK_SORTERING[query.sort ?? (lijst === "afgehandelde-zaken" ? "einddatum" : "startdatum")] ?? "startdatum";
  const richting = query.sort ? query.order : lijst === "afgehandelde-zaken" ? "desc" : "asc";
  zoek.ordering = richting === "desc" ? `-${sortVeld}` : sortVeld;
  return { leesbaar, zoek };
}

async function zakenLijst(
  ctx: MedewerkerContext,
  lijst: WerklijstNaam,
  query: WerklijstQuery,
  rechten: ZakenWerklijstAntwoord["rechten"],
): Promise<ZakenWerklijstAntwoord> {
  const { leesbaar, zoek } = await zakenZoekvraag(ctx, lijst, query);
  const pageSize = await paginaGrootte(ctx, lijst, query);
  const basis = {
    lijst,
    page: query.page,
    pageSize,
    sort: query.sort ?? null,
    order: query.order,
    keuzes: { zaaktype: leesbaar.omschrijvingen },
    rechten,
  };
  if (!zoek) return { ...basis, count: 0, rijen: [] };

  const offset = (query.page - 1) * pageSize;
  const zgwPagina = Math.floor(offset / ZGW_PAGINA) + 1;
  const binnen = offset % ZGW_PAGINA;
  let antwoord;
  try {
    antwoord = await ctx.zgw.zoek("zaken", "/zaken/_zoek", zoek, ZgwZaak, { page: zgwPagina });
  } catch (error) {
    // A page beyond the last: the ZGW API answers 400/404 on `page`; for us that is an empty page.
    if (error instanceof AppError && (error.status === 404 || (error.status === 400 && error.invalidParams?.some((p) => p.name === "page")))) {
      return { ...basis, count: 0, rijen: [] };
    }
    throw error;
  }
  const zaken = antwoord.results.slice(binnen, binnen + pageSize);
  const dag = vandaag();
  const rijen = await Promise.all(zaken.map((z) => zaakRij(ctx, z, leesbaar.perUrl, dag)));
  return { ...basis, count: antwoord.count, rijen };
}

function expandLijst<T>(zaak: Zaak, sleutel: string, parse: (v: unknown) => T | null): T[] {
  const waarde = zaak._expand?.[sleutel];
  if (!Array.isArray(waarde)) return [];
  return waarde.map(parse).filter((x): x is T => x !== null);
}

export async function zaakRij(ctx: MedewerkerContext, zaak: Zaak, perUrl: Map<string, { omschrijving: string; url: string; besluittypen: string[] }>, dag: string): Promise<ZaakRij> {
  const zt = perUrl.get(zaak.zaaktype);
  const rollen = expandLijst(zaak, "rollen", (v) => {
    const r = ZgwRol.safeParse(v);
    return r.success ? r.data : null;
  });
  const statusRuw = zaak._expand?.status;
  const status = statusRuw ? ZgwStatus.safeParse(statusRuw) : null;
  let statusNaam: string | null = null;
  let intake = !zaak.status;
  if (status?.success && zt) {
    const typen = await statustypen(ctx.zgw, zt.url);
    const type = typen.find((t) => t.url === status.data.statustype);
    statusNaam = type?.omschrijving ?? null;
    intake = !type || type.url === typen[0]?.url;
  }
  const open = !zaak.einddatum;
  const behandelaar = behandelaarUit(rollen);
  const groep = groepUit(rollen);
  const omschrijving = zt?.omschrijving ?? "";
  const rechten = zaakRechten(
    zaakInvoer(
      ctx.policy,
      {
        ...standaardFeiten(omschrijving, (zt?.besluittypen.length ?? 0) > 0),
        open,
        intake,
        opgeschort: zaak.opschorting.indicatie,
        verlengd: !!zaak.verlenging?.duur,
        vertrouwelijkheidaanduiding: zaak.vertrouwelijkheidaanduiding || "openbaar",
      },
      ctx.opties,
    ),
  );
  return {
    uuid: zaak.uuid ?? zaak.url.split("/").pop() ?? "",
    identificatie: zaak.identificatie,
    omschrijving: zaak.omschrijving,
    zaaktype: omschrijving,
    status: statusNaam,
    startdatum: zaak.startdatum,
    registratiedatum: zaak.registratiedatum,
    einddatumGepland: zaak.einddatumGepland,
    uiterlijkeEinddatumAfdoening: zaak.uiterlijkeEinddatumAfdoening,
    einddatum: zaak.einddatum,
    groep: groep?.naam ?? null,
    behandelaar: behandelaar?.naam ?? null,
    behandelaarId: behandelaar?.id ?? null,
    opgeschort: zaak.opschorting.indicatie,
    streefdatumWaarschuwing: datumWaarschuwing(zaak.einddatumGepland, dag, open),
    fataledatumWaarschuwing: datumWaarschuwing(zaak.uiterlijkeEinddatumAfdoening, dag, open),
    magToekennen: rechten.toekennen && behandelaar?.id !== ctx.id,
    magLezen: rechten.lezen,
  };
}

// --- taken -----------------------------------------------------------------------------------

async function takenLijst(
  ctx: MedewerkerContext,
  lijst: WerklijstNaam,
  query: WerklijstQuery,
  rechten: TakenWerklijstAntwoord["rechten"],
): Promise<TakenWerklijstAntwoord> {
  controleerKolommen(lijst, query, new Set(Object.keys(TAAK_SORTEERKOLOMMEN)));
  for (const k of ["aangemaaktVan", "aangemaaktTot", "streefdatumVan", "streefdatumTot", "fataledatumVan", "fataledatumTot"]) datumFilter(query.filters[k]?.[0], k);
  const pageSize = await paginaGrootte(ctx, lijst, query);
  const leesbaar = await leesbareZaaktypen(ctx);
  const { count, rijen } = await takenWerklijst(ctx.db, {
    zaaktypen: leesbaar.omschrijvingen,
    alleenVan: lijst === "mijn-taken" ? ctx.id : undefined,
    filters: query.filters,
    sort: query.sort as keyof typeof TAAK_SORTEERKOLOMMEN | undefined,
    order: query.order,
    offset: (query.page - 1) * pageSize,
    limit: pageSize,
  });
  const dag = vandaag();
  return {
    lijst,
    count,
    page: query.page,
    pageSize,
    sort: query.sort ?? null,
    order: query.order,
    keuzes: { zaaktype: leesbaar.omschrijvingen, naam: Object.keys(TAAKTYPE_NAMEN), status: ["niet_toegekend", "toegekend"] },
    rechten,
    rijen: rijen.map((t) => {
      // The list shows open taken; zaakOpen is not known without a ZGW call per row and
      // toekennen of a taak does not depend on it.
      const r = taakRechtenVoor(ctx, { open: true, zaakOpen: true, zaaktype: t.zaaktype });
      return {
        id: t.id,
        naam: TAAKTYPE_NAMEN[t.taaktype as Taaktype] ?? t.taaktype,
        taaktype: t.taaktype,
        zaakUuid: t.zaakUuid,
        zaakIdentificatie: t.zaakIdentificatie,
        zaaktype: t.zaaktype,
        status: t.status as "niet_toegekend" | "toegekend" | "afgerond",
        aangemaakt: t.aangemaakt.toISOString(),
        streefdatum: t.streefdatum,
        fataledatum: t.fataledatum,
        groep: t.groep,
        behandelaar: t.behandelaarNaam,
        behandelaarId: t.behandelaarId,
        streefdatumWaarschuwing: datumWaarschuwing(t.streefdatum, dag),
        fataledatumWaarschuwing: datumWaarschuwing(t.fataledatum, dag),
        magToekennen: r.toekennen && t.behandelaarId !== ctx.id,
      };
    }),
  };
}

// --- documenten ------------------------------------------------------------------------------

async function documentenLijst(
  ctx: MedewerkerContext,
  lijst: WerklijstNaam,
  query: WerklijstQuery,
  rechten: DocumentenWerklijstAntwoord["rechten"],
): Promise<DocumentenWerklijstAntwoord> {
  controleerKolommen(lijst, query, new Set(["titel", "identificatie", "informatieobjecttype", "datum", "zaakIdentificatie", "door"]));
  for (const k of ["datumVan", "datumTot"]) datumFilter(query.filters[k]?.[0], k);
  const pageSize = await paginaGrootte(ctx, lijst, query);
  const soort = lijst === "inbox-documenten" ? "inbox" : "ontkoppeld";
  const { count, rijen } = await documentenWerklijst(ctx.db, soort, {
    filters: query.filters,
    sort: query.sort,
    order: query.sort ? query.order : "desc",
    offset: (query.page - 1) * pageSize,
    limit: pageSize,
  });
  const magVerwijderen = soort === "ontkoppeld" ? rechten.ontkoppelde_documenten_verwijderen : rechten.inbox_productaanvragen_verwijderen;
  return {
    lijst,
    count,
    page: query.page,
    pageSize,
    sort: query.sort ?? null,
    order: query.order,
    keuzes: {},
    rechten,
    rijen: rijen.map((r) => ({
      id: r.id,
      documentUuid: r.documentUuid,
      titel: r.titel,
      identificatie: r.identificatie,
      informatieobjecttype: r.informatieobjecttype,
      datum: r.datum.toISOString(),
      zaakIdentificatie: r.zaakIdentificatie,
      door: r.door,
      reden: r.reden,
      magVerwijderen,
    })),
  };
}
