/**
 * CSV export of a werklijst: `GET /api/werklijsten/{lijst}/export?<the list's filters/sort>`.
 * Needs `werklijst.zaken_taken_exporteren` (deny by default). The rows are the list's rows
 * (same query, so only what the user may read), all pages, streamed.
 */
import { AppError } from "@/lib/errors";
import { getLogger } from "@/lib/log";
import { TAAK_SORTEERKOLOMMEN, takenWerklijst, type TaakRij as TaakTabelRij } from "@/lib/taken";
import type { MedewerkerContext } from "@/lib/zaakafhandeling/context";
import { TAAKTYPE_NAMEN, WERKLIJST_KOLOMMEN, WERKLIJST_SOORT, WERKLIJST_TITELS, type Taaktype, type WerklijstNaam, type WerklijstQuery } from "@/lib/zaakafhandeling/contract";
import { leesbareZaaktypen, werklijstRechtenVoor } from "@/lib/zaakafhandeling/feiten";
import { controleerKolommen, datumFilter, zakenZoekvraag } from "@/lib/zaakafhandeling/werklijsten";
import { csvBestandsnaam, csvResponse, exporteerCsv, metEersteRij, type CsvKolom, type CsvSoort } from "./csv";
import { zakenExportRijen, type ZaakExportRij } from "./zaken";

/** Rows per page of the taken query. */
const TAKEN_PAGINA = 500;

const TAAKSTATUS_NAMEN: Record<string, string> = { niet_toegekend: "Niet toegekend", toegekend: "Toegekend", afgerond: "Afgerond" };

export function vereisExportRecht(ctx: MedewerkerContext): void {
  if (!werklijstRechtenVoor(ctx).zaken_taken_exporteren) {
    throw new AppError("permission_denied", {
      detail: "Je hebt niet het recht om werklijsten te exporteren.",
      extensions: { recht: "werklijst.zaken_taken_exporteren" },
    });
  }
}

/** The columns of the list (all of them, in the list's order and with its titles). */
function kolommen<T>(soort: "zaken" | "taken", waarde: (rij: T, id: string) => unknown, soorten: Record<string, CsvSoort>): CsvKolom<T>[] {
  return WERKLIJST_KOLOMMEN[soort].map((k) => ({
    titel: k.titel,
    soort: soorten[k.id] ?? "tekst",
    waarde: (rij: T) => waarde(rij, k.id) as string | null,
  }));
}

export const ZAAK_KOLOMMEN: CsvKolom<ZaakExportRij>[] = [
  ...kolommen<ZaakExportRij>("zaken", (r, id) => r[id as keyof ZaakExportRij], {
    startdatum: "datum",
    registratiedatum: "datum",
    einddatumGepland: "datum",
    uiterlijkeEinddatumAfdoening: "datum",
    einddatum: "datum",
  }),
  { titel: "Opgeschort", waarde: (r) => r.opgeschort },
];

const TAAK_WAARDEN: Record<string, (t: TaakTabelRij) => string | Date | null> = {
  naam: (t) => TAAKTYPE_NAMEN[t.taaktype as Taaktype] ?? t.taaktype,
  zaakIdentificatie: (t) => t.zaakIdentificatie,
  zaaktype: (t) => t.zaaktype,
  status: (t) => TAAKSTATUS_NAMEN[t.status] ?? t.status,
  aangemaakt: (t) => t.aangemaakt,
  streefdatum: (t) => t.streefdatum,
  fataledatum: (t) => t.fataledatum,
  groep: (t) => t.groep,
  behandelaar: (t) => t.behandelaarNaam,
};
export const TAAK_KOLOMMEN: CsvKolom<TaakTabelRij>[] = kolommen<TaakTabelRij>("taken", (t, id) => TAAK_WAARDEN[id]?.(t) ?? null, {
  aangemaakt: "datumtijd",
  streefdatum: "datum",
  fataledatum: "datum",
});

async function* takenRijen(ctx: MedewerkerContext, lijst: WerklijstNaam, query: WerklijstQuery): AsyncGenerator<TaakTabelRij> {
  // The list's own checks (unknown sort/filter, dates) before the first row.
  controleerKolommen(lijst, query, new Set(Object.keys(TAAK_SORTEERKOLOMMEN)));
  for (const k of ["aangemaaktVan", "aangemaaktTot", "streefdatumVan", "streefdatumTot", "fataledatumVan", "fataledatumTot"]) datumFilter(query.filters[k]?.[0], k);
  const leesbaar = await leesbareZaaktypen(ctx);
  // Taken are the app's own table (hundreds to thousands, not millions): OFFSET pages are fine.
  for (let offset = 0; ; offset += TAKEN_PAGINA) {
    const { rijen } = await takenWerklijst(ctx.db, {
      zaaktypen: leesbaar.omschrijvingen,
      alleenVan: lijst === "mijn-taken" ? ctx.id : undefined,
      filters: query.filters,
      sort: query.sort as keyof typeof TAAK_SORTEERKOLOMMEN | undefined,
      order: query.order,
      offset,
      limit: TAKEN_PAGINA,
    });
    yield* rijen;
    if (rijen.length < TAKEN_PAGINA) return;
  }
}

/** The export as a streamed CSV download; every check (right, filters, first page) happens before the first byte. */
export async function werklijstExport(ctx: MedewerkerContext, lijst: WerklijstNaam, query: WerklijstQuery, opties: { lokaal?: boolean } = {}): Promise<Response> {
  vereisExportRecht(ctx);
  const soort = WERKLIJST_SOORT[lijst];
  if (soort === "documenten") throw AppError.notFound("Deze werklijst kun je niet exporteren.");
  const log = getLogger().child({ export: lijst, gebruiker: ctx.id });
  const start = Date.now();
  const bijEinde = ({ rijen, fout, afgebroken }: { rijen: number; fout?: unknown; afgebroken?: boolean }) => {
    const velden = { rijen, ms: Date.now() - start };
    if (fout) log.error({ ...velden, err: fout }, "CSV-export mislukt halverwege");
    else log.info({ ...velden, afgebroken: !!afgebroken }, afgebroken ? "CSV-export afgebroken" : "CSV-export klaar");
  };
  const naam = csvBestandsnaam(WERKLIJST_TITELS[lijst]);
  if (soort === "zaken") {
    const vraag = await zakenZoekvraag(ctx, lijst, query);
    const rijen = await metEersteRij(zakenExportRijen(ctx, vraag, opties));
    return csvResponse(exporteerCsv(rijen, ZAAK_KOLOMMEN, { bijEinde }), naam);
  }
  const rijen = await metEersteRij(takenRijen(ctx, lijst, query));
  return csvResponse(exporteerCsv(rijen, TAAK_KOLOMMEN, { bijEinde }), naam);
}
