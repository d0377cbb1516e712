import { eq, sql } from "drizzle-orm";
import { selectRows } from "@/lib/db";
import { haalResource, lokaleUuid } from "../verwijzingen";
import { zrcZaakeigenschap, zrcZaakobject } from "./relaties/schema";
import { zoekZaak, type Db, type ZaakRij } from "./opslag";

/** Dates and durations for zrc-021 (archiving derivation on closing). */

/** yyyy-MM-dd of an instant in Europe/Amsterdam. */
export function datumInAmsterdam(tijd: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit", day: "2-digit" }).format(tijd);
}

/** Adds an ISO-8601 duration (years, months, weeks, days; time parts ignored) to a date. */
export function telOp(datum: string, duur: string): string | null {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T.*)?$/.exec(duur);
  if (!m) return null;
  const [j, mnd, w, d] = [m[1], m[2], m[3], m[4]].map((x) => Number(x ?? 0)) as [number, number, number, number];
  const basis = new Date(`${datum}T00:00:00Z`);
  const dag = basis.getUTCDate();
  const doel = new Date(Date.UTC(basis.getUTCFullYear() + j, basis.getUTCMonth() + mnd, 1));
  // Clamp to the month's last day (31 Jan + P1M = 28/29 Feb), as dateutil's relativedelta.
  const laatste = new Date(Date.UTC(doel.getUTCFullYear(), doel.getUTCMonth() + 1, 0)).getUTCDate();
  doel.setUTCDate(Math.min(dag, laatste));
  doel.setUTCDate(doel.getUTCDate() + w * 7 + d);
  return doel.toISOString().slice(0, 10);
}

const alsDatum = (v: unknown): string | null => (typeof v === "string" && /^\d{4}-\d{2}-\d{2}/.test(v) ? v.slice(0, 10) : null);
const max = (datums: (string | null)[]): string | null => datums.filter((d): d is string => d !== null).sort().at(-1) ?? null;

/**
 * The brondatum of the archiving procedure per afleidingswijze (zrc-021); null when it cannot
 * be determined (then archiefactiedatum stays empty).
 */
export async function brondatum(db: Db, zaak: ZaakRij, einddatum: string, procedure: Record<string, unknown> | undefined, cache: Map<string, Promise<Record<string, unknown>>>): Promise<string | null> {
  if (!procedure) return null;
  const datumkenmerk = typeof procedure.datumkenmerk === "string" ? procedure.datumkenmerk : "";
  switch (procedure.afleidingswijze) {
    case "afgehandeld":
      return einddatum;
    case "termijn":
      return typeof procedure.procestermijn === "string" && procedure.procestermijn ? telOp(einddatum, procedure.procestermijn) : null;
    case "hoofdzaak": {
      if (zaak.hoofdzaakUuid) return (await zoekZaak(db, zaak.hoofdzaakUuid))?.einddatum ?? null;
      const extern = zaak.gegevens.hoofdzaak;
      if (typeof extern !== "string" || !extern) return null;
      return alsDatum((await haalResource(db, extern, { api: "zaken", collectie: "zaken" }, "hoofdzaak", cache).catch(() => ({}) as Record<string, unknown>)).einddatum);
    }
    case "eigenschap": {
      const rijen = await db.select({ naam: zrcZaakeigenschap.naam, waarde: zrcZaakeigenschap.waarde }).from(zrcZaakeigenschap).where(eq(zrcZaakeigenschap.zaakUuid, zaak.uuid));
      return max(rijen.filter((r) => r.naam === datumkenmerk).map((r) => alsDatum(r.waarde)));
    }
    case "zaakobject": {
      const rijen = await db.select().from(zrcZaakobject).where(eq(zrcZaakobject.zaakUuid, zaak.uuid));
      const datums = rijen
        .filter((r) => r.objectType === procedure.objecttype)
        .map((r) => {
          const ident = r.gegevens.objectIdentificatie as Record<string, unknown> | undefined;
          return alsDatum(ident?.[datumkenmerk] ?? r.gegevens[datumkenmerk]);
        });
      return max(datums);
    }
    case "gerelateerde_zaak": {
      const relevante = (zaak.gegevens.relevanteAndereZaken as { url: string }[] | undefined) ?? [];
      const datums: (string | null)[] = [];
      for (const r of relevante) {
        const lokaal = lokaleUuid(r.url, "zaken", "zaken");
        if (lokaal) datums.push((await zoekZaak(db, lokaal))?.einddatum ?? null);
        else datums.push(alsDatum((await haalResource(db, r.url, { api: "zaken", collectie: "zaken" }, "relevanteAndereZaken", cache).catch(() => ({}) as Record<string, unknown>)).einddatum));
      }
      return max(datums);
    }
    case "ingangsdatum_besluit":
    case "vervaldatum_besluit": {
      const kolom = procedure.afleidingswijze === "ingangsdatum_besluit" ? sql.raw("ingangsdatum") : sql.raw("vervaldatum");
      // brc_besluit belongs to the Besluiten API (same database); read by its agreed columns.
      const [bestaat] = await selectRows<{ t: string | null }>(db, sql`select to_regclass('brc_besluit')::text as t`);
      if (!bestaat?.t) return null;
      const [rij] = await selectRows<{ d: string | null }>(db, sql`select max(${kolom})::text as d from brc_besluit where zaak_uuid = ${zaak.uuid}`);
      return alsDatum(rij?.d ?? null);
    }
    default:
      // ander_datumkenmerk: set by hand.
      return null;
  }
}
