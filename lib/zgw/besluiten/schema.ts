import { date, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

/**
 * Tables of the Besluiten API 1.1.0 (BRC). A besluit has few attributes, so all are real
 * columns. References to objects of this app (besluittype, zaak, document) keep their uuid
 * (URLs follow ZAC_PUBLIC_URL); references elsewhere keep the URL. No foreign keys to other
 * APIs' tables: existence is checked in code, so the API owners stay independent.
 */

export const brcBesluit = pgTable(
  "brc_besluit",
  {
    uuid: uuid("uuid").primaryKey(),
    identificatie: text("identificatie").notNull(),
    verantwoordelijkeOrganisatie: text("verantwoordelijke_organisatie").notNull(),
    /** The besluittype URL as authorised (autorisaties name besluittypen by URL). */
    besluittypeUrl: text("besluittype_url").notNull(),
    /** Set when the besluittype is one of this app's Catalogi. */
    besluittypeUuid: uuid("besluittype_uuid"),
    /** A zaak of this app's Zaken API (its besluiten list is derived from this column, brc-006). */
    zaakUuid: uuid("zaak_uuid"),
    /** A zaak in another Zaken API. */
    zaakUrl: text("zaak_url"),
    /** The ZaakBesluit created at that external Zaken API (brc-006), deleted with the besluit. */
    zaakbesluitUrl: text("zaakbesluit_url"),
    datum: date("datum", { mode: "string" }).notNull(),
    toelichting: text("toelichting").notNull().default(""),
    bestuursorgaan: text("bestuursorgaan").notNull().default(""),
    ingangsdatum: date("ingangsdatum", { mode: "string" }).notNull(),
    vervaldatum: date("vervaldatum", { mode: "string" }),
    vervalreden: text("vervalreden").notNull().default(""),
    publicatiedatum: date("publicatiedatum", { mode: "string" }),
    verzenddatum: date("verzenddatum", { mode: "string" }),
    uiterlijkeReactiedatum: date("uiterlijke_reactiedatum", { mode: "string" }),
    aangemaaktOp: timestamp("aangemaakt_op", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // brc-002; also serves the verantwoordelijkeOrganisatie filter.
    uniqueIndex("brc_besluit_identificatie_uniek").on(t.verantwoordelijkeOrganisatie, t.identificatie),
    index("brc_besluit_identificatie_idx").on(t.identificatie),
    // Filter/authorisation by besluittype with the list order (uuid).
    index("brc_besluit_besluittype_idx").on(t.besluittypeUrl, t.uuid),
    index("brc_besluit_zaak_uuid_idx").on(t.zaakUuid),
    index("brc_besluit_zaak_url_idx").on(t.zaakUrl),
  ],
);

export const brcBesluitinformatieobject = pgTable(
  "brc_besluitinformatieobject",
  {
    uuid: uuid("uuid").primaryKey(),
    besluitUuid: uuid("besluit_uuid")
      .notNull()
      .references(() => brcBesluit.uuid, { onDelete: "cascade" }),
    /** The document URL as given (for a local document, its URL at the time). */
    informatieobjectUrl: text("informatieobject_url").notNull(),
    /** Set when the document is in this app's Documenten API (which derives its OIO from this row, brc-005). */
    informatieobjectUuid: uuid("informatieobject_uuid"),
    /** The ObjectInformatieObject created at an external Documenten API (brc-005), deleted with this row. */
    oioUrl: text("oio_url"),
    aangemaaktOp: timestamp("aangemaakt_op", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("brc_bio_uniek").on(t.besluitUuid, t.informatieobjectUrl),
    index("brc_bio_informatieobject_uuid_idx").on(t.informatieobjectUuid),
    index("brc_bio_informatieobject_url_idx").on(t.informatieobjectUrl),
  ],
);

/** Last generated identificatie number per verantwoordelijke organisatie and year (brc-002). */
export const brcIdentificatieTeller = pgTable(
  "brc_identificatie_teller",
  {
    verantwoordelijkeOrganisatie: text("verantwoordelijke_organisatie").notNull(),
    jaar: integer("jaar").notNull(),
    laatste: integer("laatste").notNull(),
  },
  (t) => [primaryKey({ columns: [t.verantwoordelijkeOrganisatie, t.jaar] })],
);
