import { sql } from "drizzle-orm";
import { boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";

/** Per user and list: page size and visible columns. */
export const werklijstInstelling = pgTable(
  "werklijst_instelling",
  {
    gebruikerId: text("gebruiker_id").notNull(),
    lijst: text("lijst").notNull(),
    paginagrootte: integer("paginagrootte").notNull(),
    kolommen: jsonb("kolommen").$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    gewijzigd: timestamp("gewijzigd", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.gebruikerId, t.lijst] })],
);

/** Saved searches (zoekopdrachten) per user and list. */
export const zoekopdracht = pgTable(
  "zoekopdracht",
  {
    id: uuid("id").primaryKey(),
    gebruikerId: text("gebruiker_id").notNull(),
    lijst: text("lijst").notNull(),
    naam: text("naam").notNull(),
    query: text("query").notNull(),
    aangemaakt: timestamp("aangemaakt", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("zoekopdracht_gebruiker_lijst_idx").on(t.gebruikerId, t.lijst)],
);

/**
 * Documents waiting in the inbox (not linked to a zaak yet) and documents that were detached
 * from a zaak (ontkoppeld). The Documenten API cannot list "documents without a zaak", so
 * the app keeps these lists itself.
 */
export const werklijstDocument = pgTable(
  "werklijst_document",
  {
    id: uuid("id").primaryKey(),
    /** inbox | ontkoppeld */
    soort: text("soort").notNull(),
    documentUrl: text("document_url").notNull(),
    documentUuid: uuid("document_uuid").notNull(),
    identificatie: text("identificatie").notNull(),
    titel: text("titel").notNull(),
    informatieobjecttype: text("informatieobjecttype"),
    zaakIdentificatie: text("zaak_identificatie"),
    zaaktype: text("zaaktype"),
    doorId: text("door_id"),
    door: text("door"),
    reden: text("reden"),
    datum: timestamp("datum", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("werklijst_document_soort_datum_idx").on(t.soort, t.datum), index("werklijst_document_document_idx").on(t.documentUuid)],
);

/**
 * The lock the Documenten API gave when a user locked a document (needed for updates and the
 * unlock), and who holds it: the policy's `vergrendeldDoor`.
 */
export const documentVergrendeling = pgTable("document_vergrendeling", {
  documentUuid: uuid("document_uuid").primaryKey(),
  documentUrl: text("document_url").notNull(),
  slot: text("slot").notNull(),
  gebruikerId: text("gebruiker_id").notNull(),
  gebruiker: text("gebruiker").notNull(),
  /** true while an upload in parts is running (the proxy holds the lock, not the user). */
  upload: boolean("upload").notNull().default(false),
  sinds: timestamp("sinds", { withTimezone: true }).notNull().defaultNow(),
});
