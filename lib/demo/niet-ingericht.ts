import { createHash } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import type { SeedStap } from "@/lib/db/seed";
import { pabcDomein, pabcDomeinEntiteitType, pabcEntiteitType } from "@/lib/pabc/schema";
import { voegDemoZaaktypeToe } from "@/lib/zgw/catalogi/seed";
import { DEMO_NIET_INGERICHT_ZAAKTYPE } from "./domeinen";

/** A stable uuid from a name (the PABC demo dataset uses name-based ids too). */
function naamUuid(naam: string): string {
  const h = createHash("sha1").update(`zac-demo:${naam}`).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * Demo seed step: the zaaktype without zaakafhandelparameters (lib/demo/domeinen.ts) in the demo
 * catalogus, and as PABC entity type in its domain, so the domain's users get their roles on it
 * (a beheerder can then make it usable, and a behandelaar of the domain can start one).
 */
export const nietIngerichtZaaktypeSeedStap: SeedStap = {
  naam: "demo-zaaktype-niet-ingericht",
  omschrijving: `Democatalogus: zaaktype "${DEMO_NIET_INGERICHT_ZAAKTYPE.omschrijving}" zonder zaakafhandelparameters (ook in PABC)`,
  uitvoeren: async (tx) => {
    const { omschrijving, domein } = DEMO_NIET_INGERICHT_ZAAKTYPE;
    await voegDemoZaaktypeToe(tx, domein, omschrijving);
    const [pabc] = await tx.select({ id: pabcDomein.id }).from(pabcDomein).where(eq(pabcDomein.naam, domein.naam)).limit(1);
    if (!pabc) return; // PABC holds another dataset: its beheerder decides who may use the zaaktype.
    const [bestaand] = await tx
      .select({ id: pabcEntiteitType.id })
      .from(pabcEntiteitType)
      .where(and(eq(pabcEntiteitType.type, "zaaktype"), eq(sql`lower(${pabcEntiteitType.entiteitTypeId})`, omschrijving.toLowerCase())));
    const id = bestaand?.id ?? naamUuid(`zaaktype:${omschrijving}`);
    if (!bestaand) await tx.insert(pabcEntiteitType).values({ id, entiteitTypeId: omschrijving, type: "zaaktype", naam: omschrijving });
    await tx.insert(pabcDomeinEntiteitType).values({ domeinId: pabc.id, entiteitTypeId: id }).onConflictDoNothing();
  },
};
