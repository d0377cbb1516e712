import { date, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/**
 * A running opschorting as the app started it: when, and for how many days the dates were
 * moved forward. Hervatten reads it to move the dates back by the days not used (the Zaken
 * API keeps only indicatie and reden). The zaak may live in an external Zaken API, so the
 * key is the zaak url, not a foreign key.
 */
export const zaakOpschorting = pgTable("zaak_opschorting", {
  zaakUrl: text("zaak_url").primaryKey(),
  zaakUuid: uuid("zaak_uuid").notNull(),
  opgeschortOp: date("opgeschort_op", { mode: "string" }).notNull(),
  duurDagen: integer("duur_dagen").notNull(),
  door: text("door").notNull(),
  aangemaakt: timestamp("aangemaakt", { withTimezone: true }).notNull().defaultNow(),
});
