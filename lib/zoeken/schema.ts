import { customType, date, index, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";

const tsvector = customType<{ data: string }>({
  dataType() {
    return "tsvector";
  },
});

/**
 * The full-text search index over zaken, taken and documenten: one row per object, kept in
 * sync by triggers on the source tables (zrc_zaak, zrc_rol, zrc_status, drc_informatieobject,
 * drc_informatieobject_versie, zrc_zaakinformatieobject, taak) IN THE SAME TRANSACTION as the
 * change (migration `zoeken`). Read rights come from the zaak (`zaak_uuid` -> zrc_zaak.zaaktype_url).
 */
export const zoekIndex = pgTable(
  "zoek_index",
  {
    /** zaak | taak | document */
    soort: text("soort").notNull(),
    /** zaak uuid, taak id or document uuid. */
    sleutel: uuid("sleutel").notNull(),
    /** The zaak that decides who may read the row (null: a document without a local zaak). */
    zaakUuid: uuid("zaak_uuid"),
    identificatie: text("identificatie").notNull().default(""),
    titel: text("titel").notNull().default(""),
    omschrijving: text("omschrijving").notNull().default(""),
    /** Facet values: zaak = statustype URL, taak = taak status, document = document status. */
    status: text("status"),
    groep: text("groep"),
    behandelaar: text("behandelaar"),
    /** zaak startdatum, taak aangemaakt, document creatiedatum. */
    datum: date("datum", { mode: "string" }),
    tekst: tsvector("tekst").notNull(),
    bijgewerkt: timestamp("bijgewerkt", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.soort, t.sleutel] }),
    index("zoek_index_tekst_idx").using("gin", t.tekst),
    index("zoek_index_zaak_idx").on(t.zaakUuid),
    index("zoek_index_soort_datum_idx").on(t.soort, t.datum),
  ],
);
