import { sql } from "drizzle-orm";
import { bigint, bigserial, boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

/**
 * Tables of the Documenten API 1.4.2 (DRC). A document (`drc_informatieobject`) keeps the
 * columns that lists filter, order and authorise on for its LATEST version; every version is
 * a row of `drc_informatieobject_versie` (the API representation's own fields in `gegevens`,
 * its content as a key in the blob store).
 */

export const drcInformatieobject = pgTable(
  "drc_informatieobject",
  {
    uuid: uuid("uuid").primaryKey(),
    /** Stable insertion order for the list (offset paging over an index). */
    volgorde: bigserial("volgorde", { mode: "number" }).notNull(),
    identificatie: text("identificatie").notNull(),
    bronorganisatie: text("bronorganisatie").notNull(),
    /** URL of the informatieobjecttype as given (compared with the autorisaties' URLs). */
    informatieobjecttype: text("informatieobjecttype").notNull(),
    vertrouwelijkheidaanduiding: text("vertrouwelijkheidaanduiding").notNull(),
    status: text("status").notNull().default(""),
    trefwoorden: text("trefwoorden").array().notNull().default(sql`'{}'::text[]`),
    /** drc-006: null = unknown, set true by a gebruiksrecht, null again when the last goes. */
    indicatieGebruiksrecht: boolean("indicatie_gebruiksrecht"),
    /** The latest version number. */
    versie: integer("versie").notNull(),
    /** Lock id (drc-009); empty = not locked. */
    lock: text("lock").notNull().default(""),
    aangemaaktOp: timestamp("aangemaakt_op", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [
    index("drc_informatieobject_volgorde_idx").on(t.volgorde),
    index("drc_informatieobject_identificatie_idx").on(t.identificatie),
    index("drc_informatieobject_bronorganisatie_idx").on(t.bronorganisatie, t.identificatie),
    index("drc_informatieobject_type_idx").on(t.informatieobjecttype, t.vertrouwelijkheidaanduiding, t.volgorde),
    index("drc_informatieobject_trefwoorden_idx").using("gin", t.trefwoorden),
  ],
);

export const drcInformatieobjectVersie = pgTable(
  "drc_informatieobject_versie",
  {
    informatieobjectUuid: uuid("informatieobject_uuid")
      .notNull()
      .references(() => drcInformatieobject.uuid, { onDelete: "cascade" }),
    versie: integer("versie").notNull(),
    beginRegistratie: timestamp("begin_registratie", { withTimezone: true, mode: "date" }).notNull(),
    /** The write representation of this version (without url, inhoud, versie, lock, ...). */
    gegevens: jsonb("gegevens").$type<Record<string, unknown>>().notNull(),
    /** Key of the content in the blob store; null = no content (yet). */
    blob: text("blob"),
    bestandsomvang: bigint("bestandsomvang", { mode: "number" }),
  },
  (t) => [
    primaryKey({ columns: [t.informatieobjectUuid, t.versie] }),
    index("drc_informatieobject_versie_registratie_idx").on(t.informatieobjectUuid, t.beginRegistratie),
    index("drc_informatieobject_versie_blob_idx").on(t.blob),
  ],
);

/** The parts of a chunked upload of the latest version (GUIDE 2.2 "Large files"). */
export const drcBestandsdeel = pgTable(
  "drc_bestandsdeel",
  {
    uuid: uuid("uuid").primaryKey(),
    informatieobjectUuid: uuid("informatieobject_uuid")
      .notNull()
      .references(() => drcInformatieobject.uuid, { onDelete: "cascade" }),
    volgnummer: integer("volgnummer").notNull(),
    omvang: bigint("omvang", { mode: "number" }).notNull(),
    /** Key of the uploaded part in the blob store; null = not uploaded yet. */
    blob: text("blob"),
  },
  (t) => [uniqueIndex("drc_bestandsdeel_io_idx").on(t.informatieobjectUuid, t.volgnummer), index("drc_bestandsdeel_blob_idx").on(t.blob)],
);

export const drcGebruiksrecht = pgTable(
  "drc_gebruiksrecht",
  {
    uuid: uuid("uuid").primaryKey(),
    informatieobjectUuid: uuid("informatieobject_uuid")
      .notNull()
      .references(() => drcInformatieobject.uuid, { onDelete: "cascade" }),
    startdatum: timestamp("startdatum", { withTimezone: true, mode: "date" }).notNull(),
    einddatum: timestamp("einddatum", { withTimezone: true, mode: "date" }),
    omschrijvingVoorwaarden: text("omschrijving_voorwaarden").notNull(),
    aangemaaktOp: timestamp("aangemaakt_op", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [index("drc_gebruiksrecht_io_idx").on(t.informatieobjectUuid, t.aangemaaktOp)],
);

/**
 * Relations of a document with an EXTERNAL object (zaak/besluit of another API, or a
 * verzoek). Relations with local zaken/besluiten are the rows of zrc_zaakinformatieobject /
 * brc_besluitinformatieobject (see common tables), so they cannot drift apart.
 */
export const drcObjectinformatieobject = pgTable(
  "drc_objectinformatieobject",
  {
    uuid: uuid("uuid").primaryKey(),
    informatieobjectUuid: uuid("informatieobject_uuid")
      .notNull()
      .references(() => drcInformatieobject.uuid, { onDelete: "restrict" }),
    object: text("object").notNull(),
    objectType: text("object_type").notNull(),
    aangemaaktOp: timestamp("aangemaakt_op", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("drc_objectinformatieobject_uniek_idx").on(t.informatieobjectUuid, t.object), index("drc_objectinformatieobject_object_idx").on(t.object)],
);

export const drcVerzending = pgTable(
  "drc_verzending",
  {
    uuid: uuid("uuid").primaryKey(),
    informatieobjectUuid: uuid("informatieobject_uuid")
      .notNull()
      .references(() => drcInformatieobject.uuid, { onDelete: "cascade" }),
    betrokkene: text("betrokkene").notNull(),
    aardRelatie: text("aard_relatie").notNull(),
    gegevens: jsonb("gegevens").$type<Record<string, unknown>>().notNull(),
    volgorde: bigserial("volgorde", { mode: "number" }).notNull(),
  },
  (t) => [
    index("drc_verzending_io_idx").on(t.informatieobjectUuid, t.volgorde),
    index("drc_verzending_betrokkene_idx").on(t.betrokkene),
    index("drc_verzending_volgorde_idx").on(t.volgorde),
  ],
);
