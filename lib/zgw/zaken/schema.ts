import { sql } from "drizzle-orm";
import { type AnyPgColumn, bigint, date, doublePrecision, index, jsonb, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

/**
 * Tables of the Zaken API 1.5.1 core (zaak, status, resultaat). Columns that filters,
 * ordering, authorisation and relations use are real (indexed) columns; the remaining
 * attributes are kept in `gegevens` (jsonb) because the API reads and writes them as a whole.
 * The relation tables (rol, zaakobject, ...) live in `relaties/schema.ts`.
 */

export const zrcZaak = pgTable(
  "zrc_zaak",
  {
    uuid: uuid("uuid").primaryKey(),
    /** Full URL of the zaaktype (what autorisaties name). */
    zaaktypeUrl: text("zaaktype_url").notNull(),
    /** Set when the zaaktype is one of this app's Catalogi API. */
    zaaktypeUuid: uuid("zaaktype_uuid"),
    identificatie: text("identificatie").notNull(),
    bronorganisatie: text("bronorganisatie").notNull(),
    /** The aanduiding as text (list filters compare names) and its rank (maximaleVertrouwelijkheidaanduiding). */
    vertrouwelijkheidaanduiding: text("vertrouwelijkheidaanduiding").notNull(),
    vertrouwelijkheid: smallint("vertrouwelijkheid").notNull(),
    registratiedatum: date("registratiedatum", { mode: "string" }).notNull(),
    startdatum: date("startdatum", { mode: "string" }).notNull(),
    einddatum: date("einddatum", { mode: "string" }),
    einddatumGepland: date("einddatum_gepland", { mode: "string" }),
    uiterlijkeEinddatumAfdoening: date("uiterlijke_einddatum_afdoening", { mode: "string" }),
    publicatiedatum: date("publicatiedatum", { mode: "string" }),
    archiefnominatie: text("archiefnominatie"),
    archiefactiedatum: date("archiefactiedatum", { mode: "string" }),
    archiefstatus: text("archiefstatus").notNull().default("nog_te_archiveren"),
    /** Local hoofdzaak; deelzaken go with it (zrc-023). */
    hoofdzaakUuid: uuid("hoofdzaak_uuid").references((): AnyPgColumn => zrcZaak.uuid, { onDelete: "cascade" }),
    /** The last set status (indicatieLaatstGezetteStatus, Zaak.status) - no FK: statussen reference the zaak. */
    statusUuid: uuid("status_uuid"),
    /** GeoJSON geometry (EPSG:4326) and its bounding box: candidates for `within` without PostGIS. */
    zaakgeometrie: jsonb("zaakgeometrie").$type<Record<string, unknown>>(),
    geoMinX: doublePrecision("geo_min_x"),
    geoMinY: doublePrecision("geo_min_y"),
    geoMaxX: doublePrecision("geo_max_x"),
    geoMaxY: doublePrecision("geo_max_y"),
    gegevens: jsonb("gegevens").$type<Record<string, unknown>>().notNull(),
    aangemaaktOp: timestamp("aangemaakt_op", { withTimezone: true }).notNull().defaultNow(),
    /** Insertion order: the stable default ordering and the tie-breaker of every ordering. */
    volgorde: bigint("volgorde", { mode: "number" }).generatedAlwaysAsIdentity(),
  },
  (t) => [
    uniqueIndex("zrc_zaak_bron_identificatie_uq").on(t.bronorganisatie, t.identificatie),
    index("zrc_zaak_identificatie_idx").on(t.identificatie, t.volgorde),
    index("zrc_zaak_zaaktype_idx").on(t.zaaktypeUrl, t.vertrouwelijkheidaanduiding, t.volgorde),
    index("zrc_zaak_volgorde_idx").on(t.volgorde),
    index("zrc_zaak_startdatum_idx").on(t.startdatum, t.volgorde),
    index("zrc_zaak_einddatum_idx").on(t.einddatum, t.volgorde),
    index("zrc_zaak_registratiedatum_idx").on(t.registratiedatum, t.volgorde),
    index("zrc_zaak_publicatiedatum_idx").on(t.publicatiedatum, t.volgorde),
    index("zrc_zaak_archiefactiedatum_idx").on(t.archiefactiedatum, t.volgorde),
    index("zrc_zaak_einddatum_gepland_idx").on(t.einddatumGepland),
    index("zrc_zaak_uiterlijke_einddatum_idx").on(t.uiterlijkeEinddatumAfdoening),
    index("zrc_zaak_archief_idx").on(t.archiefnominatie, t.archiefstatus),
    index("zrc_zaak_archiefstatus_idx").on(t.archiefstatus),
    index("zrc_zaak_vertrouwelijkheid_idx").on(t.vertrouwelijkheid),
    index("zrc_zaak_hoofdzaak_idx").on(t.hoofdzaakUuid),
    index("zrc_zaak_geo_idx").on(t.geoMinX, t.geoMaxX, t.geoMinY, t.geoMaxY).where(sql`${t.geoMinX} is not null`),
  ],
);

/** Identificatie counter per bronorganisatie and year (zrc-002). */
export const zrcZaakNummer = pgTable(
  "zrc_zaak_nummer",
  {
    bronorganisatie: text("bronorganisatie").notNull(),
    jaar: smallint("jaar").notNull(),
    laatste: bigint("laatste", { mode: "number" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.bronorganisatie, t.jaar] })],
);

export const zrcStatus = pgTable(
  "zrc_status",
  {
    uuid: uuid("uuid").primaryKey(),
    zaakUuid: uuid("zaak_uuid")
      .notNull()
      .references(() => zrcZaak.uuid, { onDelete: "cascade" }),
    statustypeUrl: text("statustype_url").notNull(),
    datumStatusGezet: timestamp("datum_status_gezet", { withTimezone: true, mode: "date" }).notNull(),
    gegevens: jsonb("gegevens").$type<Record<string, unknown>>().notNull(),
    aangemaaktOp: timestamp("aangemaakt_op", { withTimezone: true }).notNull().defaultNow(),
    volgorde: bigint("volgorde", { mode: "number" }).generatedAlwaysAsIdentity(),
  },
  (t) => [
    index("zrc_status_zaak_idx").on(t.zaakUuid, t.datumStatusGezet),
    index("zrc_status_statustype_idx").on(t.statustypeUrl),
    index("zrc_status_volgorde_idx").on(t.volgorde),
  ],
);

export const zrcResultaat = pgTable(
  "zrc_resultaat",
  {
    uuid: uuid("uuid").primaryKey(),
    /** One resultaat per zaak (Zaak.resultaat is a single URL). */
    zaakUuid: uuid("zaak_uuid")
      .notNull()
      .references(() => zrcZaak.uuid, { onDelete: "cascade" }),
    resultaattypeUrl: text("resultaattype_url").notNull(),
    toelichting: text("toelichting").notNull().default(""),
    aangemaaktOp: timestamp("aangemaakt_op", { withTimezone: true }).notNull().defaultNow(),
    volgorde: bigint("volgorde", { mode: "number" }).generatedAlwaysAsIdentity(),
  },
  (t) => [
    uniqueIndex("zrc_resultaat_zaak_uq").on(t.zaakUuid),
    index("zrc_resultaat_resultaattype_idx").on(t.resultaattypeUrl),
    index("zrc_resultaat_volgorde_idx").on(t.volgorde),
  ],
);
