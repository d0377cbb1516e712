import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";

/**
 * Bulk verdelen/vrijgeven by coordinators: one row per opdracht (job) and one per item. The
 * worker claims items with FOR UPDATE SKIP LOCKED and a lease (`geclaimd_tot`); an item that
 * reached a final status (gelukt / overgeslagen / mislukt) is never processed again, so a
 * restart resumes exactly the unfinished items.
 */
export const verdeelOpdracht = pgTable(
  "verdeel_opdracht",
  {
    id: uuid("id").primaryKey(),
    /** zaken | taken */
    soort: text("soort").notNull(),
    /** verdelen | vrijgeven */
    actie: text("actie").notNull(),
    groep: text("groep"),
    behandelaarId: text("behandelaar_id"),
    reden: text("reden").notNull(),
    /** wachtend | bezig | klaar */
    status: text("status").notNull().default("wachtend"),
    gebruikerId: text("gebruiker_id").notNull(),
    /**
     * Who started it, as the policy saw them at the start (name, groups, PolicyGebruiker):
     * the worker acts for this user without a session. Each item's zaak/taak is still read fresh.
     */
    gebruiker: jsonb("gebruiker").notNull(),
    totaal: integer("totaal").notNull(),
    aangemaakt: timestamp("aangemaakt", { withTimezone: true }).notNull().defaultNow(),
    klaar: timestamp("klaar", { withTimezone: true }),
    verborgen: timestamp("verborgen", { withTimezone: true }),
  },
  (t) => [
    index("verdeel_opdracht_gebruiker_idx").on(t.gebruikerId, t.aangemaakt),
    index("verdeel_opdracht_open_idx").on(t.aangemaakt).where(sql`${t.status} <> 'klaar'`),
  ],
);

export const verdeelItem = pgTable(
  "verdeel_item",
  {
    opdrachtId: uuid("opdracht_id")
      .notNull()
      .references(() => verdeelOpdracht.id, { onDelete: "cascade" }),
    volgnummer: integer("volgnummer").notNull(),
    /** Zaak uuid or taak id. */
    sleutel: text("sleutel").notNull(),
    /** What the user sees (zaak identificatie, taak name); filled in by the worker when unknown at the start. */
    label: text("label"),
    /** wachtend | gelukt | overgeslagen | mislukt */
    status: text("status").notNull().default("wachtend"),
    reden: text("reden"),
    pogingen: integer("pogingen").notNull().default(0),
    geclaimdTot: timestamp("geclaimd_tot", { withTimezone: true }),
    bijgewerkt: timestamp("bijgewerkt", { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.opdrachtId, t.sleutel] }),
    index("verdeel_item_wachtend_idx").on(t.opdrachtId, t.volgnummer).where(sql`${t.status} = 'wachtend'`),
  ],
);
