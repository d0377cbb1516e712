import { pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * The database schema: one file that re-exports every table, so drizzle-kit generates one
 * migration set for both PGlite and a PostgreSQL server. Domains keep their tables in
 * `lib/<domain>/schema.ts` and are re-exported here.
 */

/** Seed steps that have been applied, so each runs once per database. */
export const seedStap = pgTable("seed_stap", {
  naam: text("naam").primaryKey(),
  toegepastOp: timestamp("toegepast_op", { withTimezone: true }).notNull().defaultNow(),
});
export * from "@/lib/pabc/schema";
export * from "@/lib/zgw/autorisaties/schema";
export * from "@/lib/zgw/catalogi/schema";
export * from "@/lib/zgw/gebeurtenissen/schema";
export * from "@/lib/zgw/zaken/schema";
export * from "@/lib/zgw/besluiten/schema";
export * from "@/lib/zgw/zaken/relaties/schema";
export * from "@/lib/zgw/documenten/schema";
export * from "@/lib/taken/schema";
export * from "@/lib/notities/schema";
export * from "@/lib/werklijst/schema";
export * from "@/lib/zaakafhandeling/schema";
export * from "@/lib/signaleringen/schema";
export * from "@/lib/verdelen/schema";
export * from "@/lib/zaakafhandelparameters/schema";
export * from "@/lib/zoeken/schema";
