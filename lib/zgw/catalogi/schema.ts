import { sql } from "drizzle-orm";
import { boolean, check, date, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/**
 * Tables of the Catalogi API 1.3.1 (ZTC). The columns that lists filter on, that rules
 * check and that relations join on are real columns; the remaining attributes of a type are
 * kept as the validated write representation in `gegevens` (jsonb), because the API reads
 * and writes them only as a whole.
 */

export const ztcCatalogus = pgTable(
  "ztc_catalogus",
  {
    uuid: uuid("uuid").primaryKey(),
    domein: text("domein").notNull(),
    rsin: text("rsin").notNull(),
    gegevens: jsonb("gegevens").$type<Record<string, unknown>>().notNull(),
    aangemaaktOp: timestamp("aangemaakt_op", { withTimezone: true }).notNull().defaultNow(),
    /**
     * A fresh random token whenever the catalogus or anything in it changes (set by triggers
     * on ztc_type and ztc_onderdeel, migration 0005), so a snapshot cached in the process can
     * be checked with a one-row read. Random, not a counter: a rolled-back change must never
     * produce a token that a later committed change reuses.
     */
    versie: uuid("versie").notNull().defaultRandom(),
  },
  (t) => [index("ztc_catalogus_domein_idx").on(t.domein)],
);

/**
 * The versioned, publishable types: zaaktype, informatieobjecttype and besluittype. A type
 * is identified across versions by `identificatie` (zaaktype) or `omschrijving` (the other
 * two) within its catalogus; versions of one type may not overlap in validity.
 */
export const ztcType = pgTable(
  "ztc_type",
  {
    uuid: uuid("uuid").primaryKey(),
    soort: text("soort").notNull(),
    catalogusUuid: uuid("catalogus_uuid")
      .notNull()
      .references(() => ztcCatalogus.uuid, { onDelete: "restrict" }),
    /** Version-independent key: identificatie (zaaktype) or omschrijving. */
    sleutel: text("sleutel").notNull(),
    omschrijving: text("omschrijving").notNull(),
    concept: boolean("concept").notNull().default(true),
    beginGeldigheid: date("begin_geldigheid", { mode: "string" }).notNull(),
    eindeGeldigheid: date("einde_geldigheid", { mode: "string" }),
    gegevens: jsonb("gegevens").$type<Record<string, unknown>>().notNull(),
    aangemaaktOp: timestamp("aangemaakt_op", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("ztc_type_catalogus_idx").on(t.catalogusUuid, t.soort, t.sleutel),
    check("ztc_type_soort", sql`${t.soort} in ('zaaktype', 'informatieobjecttype', 'besluittype')`),
  ],
);

/**
 * The members of a zaaktype's group (ztc-011a): statustypen, roltypen, resultaattypen,
 * eigenschappen, zaakobjecttypen and zaaktype-informatieobjecttypen. They live and die with
 * their zaaktype version.
 */
export const ztcOnderdeel = pgTable(
  "ztc_onderdeel",
  {
    uuid: uuid("uuid").primaryKey(),
    soort: text("soort").notNull(),
    zaaktypeUuid: uuid("zaaktype_uuid")
      .notNull()
      .references(() => ztcType.uuid, { onDelete: "cascade" }),
    gegevens: jsonb("gegevens").$type<Record<string, unknown>>().notNull(),
    aangemaaktOp: timestamp("aangemaakt_op", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("ztc_onderdeel_zaaktype_idx").on(t.zaaktypeUuid, t.soort),
    check(
      "ztc_onderdeel_soort",
      sql`${t.soort} in ('statustype', 'roltype', 'resultaattype', 'eigenschap', 'zaakobjecttype', 'zaaktype-informatieobjecttype')`,
    ),
  ],
);
