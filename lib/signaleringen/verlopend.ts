/**
 * Scheduled jobs: signaleringen for zaken and taken whose streef- or fatale datum is near.
 * Idempotent: the sleutel holds the object, the date field and the date, so a second run
 * registers nothing new, and a postponed date (verlenging) signals again.
 */
import { and, gte, isNotNull, lte, ne, or } from "drizzle-orm";
import type { Database } from "@/lib/db";
import { formatDatum, TIJDZONE } from "@/lib/format";
import { taak } from "@/lib/taken/schema";
import { TAAKTYPE_NAMEN, type Taaktype } from "@/lib/zaakafhandeling/contract";
import { getLogger } from "@/lib/log";
import { alleParameters } from "@/lib/zaakafhandelparameters/opslag";
import { ZgwClient, ZgwRol, ZgwZaak, ZgwZaaktype, zgwClient } from "@/lib/zgw-client";
import { registreerSignalering, type RegistratieOpties } from "./opslag";

export interface Waarschuwingsdagen {
  streefdatum: number;
  fataledatum: number;
}

export const STANDAARD_WAARSCHUWINGSDAGEN: Waarschuwingsdagen = { streefdatum: 3, fataledatum: 3 };

/** Days before the date a warning goes out, per zaaktype omschrijving; `max` = the widest window (for the query). */
export interface Waarschuwingsbron {
  voor(zaaktype: string | null): Waarschuwingsdagen;
  max: number;
}

/**
 * The warning days from the zaakafhandelparameters (waarschuwingStreefdatumDagen /
 * waarschuwingFataleDatumDagen per zaaktype omschrijving). A zaaktype without a value gets the
 * default of 3 days; taken (no per-type setting) get the default too. If the parameters cannot be
 * read, everything gets the default (logged).
 */
export async function waarschuwingsbron(db: Database): Promise<Waarschuwingsbron> {
  let per = new Map<string, Waarschuwingsdagen>();
  try {
    const alle = await alleParameters(db);
    per = new Map(
      [...alle].map(([zaaktype, p]) => [
        zaaktype,
        {
          streefdatum: p.parameters.waarschuwingStreefdatumDagen ?? STANDAARD_WAARSCHUWINGSDAGEN.streefdatum,
          fataledatum: p.parameters.waarschuwingFataleDatumDagen ?? STANDAARD_WAARSCHUWINGSDAGEN.fataledatum,
        },
      ]),
    );
  } catch (error) {
    getLogger().warn({ err: error }, "zaakafhandelparameters niet leesbaar: standaard waarschuwingstermijn van 3 dagen");
  }
  const max = Math.max(STANDAARD_WAARSCHUWINGSDAGEN.streefdatum, STANDAARD_WAARSCHUWINGSDAGEN.fataledatum, ...[...per.values()].flatMap((d) => [d.streefdatum, d.fataledatum]));
  return { voor: (zaaktype) => (zaaktype !== null && per.get(zaaktype)) || STANDAARD_WAARSCHUWINGSDAGEN, max };
}

export function vandaag(nu = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: TIJDZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(nu);
}

export function plusDagen(datum: string, dagen: number): string {
  const d = new Date(`${datum}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + dagen);
  return d.toISOString().slice(0, 10);
}

export interface JobUitkomst {
  /** Objects (zaken or taken) with a date in the window. */
  bekeken: number;
  /** New signaleringen registered. */
  nieuw: number;
}

export interface JobOpties extends RegistratieOpties {
  vandaag?: string;
  /** Default: a ZGW client acting as the system. */
  zgw?: ZgwClient;
}

const ZAAK_VELDEN = [
  { veld: "einddatumGepland", soort: "streefdatum", naam: "streefdatum" },
  { veld: "uiterlijkeEinddatumAfdoening", soort: "fataledatum", naam: "fatale datum" },
] as const;

const MAX_PAGINAS = 50;

/** Open zaken with einddatumGepland or uiterlijkeEinddatumAfdoening from today up to the warning days ahead. */
export async function zakenVerlopend(db: Database, opties: JobOpties = {}): Promise<JobUitkomst> {
  const zgw = opties.zgw ?? zgwClient({ id: "zac-signaleringen", weergave: "Signaleringen (taak)" });
  const dag = opties.vandaag ?? vandaag();
  const bron = await waarschuwingsbron(db);
  const max = bron.max;
  // Zaaktype URL -> omschrijving (the parameters' key), once per run.
  const omschrijvingen = new Map<string, Promise<string | null>>();
  const omschrijvingVan = (url: string) => {
    if (!omschrijvingen.has(url)) omschrijvingen.set(url, zgw.haal(url, ZgwZaaktype).then((zt) => zt.omschrijving, () => null));
    return omschrijvingen.get(url)!;
  };
  const uitkomst: JobUitkomst = { bekeken: 0, nieuw: 0 };
  for (const { veld, soort, naam } of ZAAK_VELDEN) {
    for (let page = 1; page <= MAX_PAGINAS; page++) {
      const lijst = await zgw.zoek(
        "zaken",
        "/zaken/_zoek",
        // Only gt/lt exist for these dates: widen by a day for inclusive bounds.
        { einddatum__isnull: true, [`${veld}__gt`]: plusDagen(dag, -1), [`${veld}__lt`]: plusDagen(dag, max + 1), expand: "rollen" },
        ZgwZaak,
        { page },
      );
      for (const zaak of lijst.results) {
        const datum = zaak[veld];
        if (!datum || zaak.einddatum) continue;
        const dagen = bron.voor(await omschrijvingVan(zaak.zaaktype))[soort];
        if (datum < dag || datum > plusDagen(dag, dagen)) continue;
        uitkomst.bekeken += 1;
        const rollen = Array.isArray(zaak._expand?.rollen) ? zaak._expand.rollen : await zgw.alle("zaken", "/rollen", ZgwRol, { zaak: zaak.url });
        const uuid = zaak.uuid ?? ZgwClient.uuidUit(zaak.url);
        for (const ruw of rollen) {
          const rol = ZgwRol.safeParse(ruw);
          if (!rol.success || rol.data.omschrijvingGeneriek !== "behandelaar" || rol.data.betrokkeneType !== "medewerker") continue;
          const id = rol.data.betrokkeneIdentificatie?.identificatie;
          if (typeof id !== "string" || !id) continue;
          const r = await registreerSignalering(
            db,
            {
              type: "zaak_verlopend",
              gebruikerId: id,
              actorId: null,
              sleutel: `${uuid}|${soort}|${datum}`,
              objectType: "zaak",
              objectId: uuid,
              onderwerp: zaak.identificatie,
              tekst: `De ${naam} van zaak ${zaak.identificatie} is ${formatDatum(datum)}.`,
              link: `/zaken/${uuid}`,
            },
            opties,
          );
          if (r.status === "nieuw") uitkomst.nieuw += 1;
        }
      }
      if (!lijst.next) break;
    }
  }
  return uitkomst;
}

/** Open taken with a behandelaar whose streef- or fatale datum is from today up to the warning days ahead. */
export async function takenVerlopend(db: Database, opties: JobOpties = {}): Promise<JobUitkomst> {
  const dag = opties.vandaag ?? vandaag();
  const dagen = (await waarschuwingsbron(db)).voor(null);
  const tot = { streefdatum: plusDagen(dag, dagen.streefdatum), fataledatum: plusDagen(dag, dagen.fataledatum) };
  const rijen = await db
    .select()
    .from(taak)
    .where(
      and(
        ne(taak.status, "afgerond"),
        isNotNull(taak.behandelaarId),
        or(and(gte(taak.streefdatum, dag), lte(taak.streefdatum, tot.streefdatum)), and(gte(taak.fataledatum, dag), lte(taak.fataledatum, tot.fataledatum))),
      ),
    );
  const uitkomst: JobUitkomst = { bekeken: rijen.length, nieuw: 0 };
  for (const t of rijen) {
    const naam = TAAKTYPE_NAMEN[t.taaktype as Taaktype] ?? t.taaktype;
    for (const soort of ["streefdatum", "fataledatum"] as const) {
      const datum = t[soort];
      if (!datum || datum < dag || datum > tot[soort]) continue;
      const r = await registreerSignalering(
        db,
        {
          type: "taak_verlopend",
          gebruikerId: t.behandelaarId!,
          actorId: null,
          sleutel: `${t.id}|${soort}|${datum}`,
          objectType: "taak",
          objectId: t.id,
          onderwerp: naam,
          tekst: `De ${soort === "streefdatum" ? "streefdatum" : "fatale datum"} van taak "${naam}" bij zaak ${t.zaakIdentificatie} is ${formatDatum(datum)}.`,
          link: `/taken/${t.id}`,
        },
        opties,
      );
      if (r.status === "nieuw") uitkomst.nieuw += 1;
    }
  }
  return uitkomst;
}
