import { bigserial, index, integer, jsonb, pgTable, smallint, text, timestamp, uuid } from "drizzle-orm/pg-core";

/**
 * Audit trail of the Zaken, Documenten and Besluiten APIs (GUIDE 5.6): one row per write,
 * kept under the main object (zaak, enkelvoudiginformatieobject, besluit) and deleted with it.
 */
export const zgwAudittrail = pgTable(
  "zgw_audittrail",
  {
    uuid: uuid("uuid").primaryKey(),
    bron: text("bron").notNull(),
    hoofdObjectUuid: uuid("hoofd_object_uuid").notNull(),
    hoofdObject: text("hoofd_object").notNull(),
    applicatieId: text("applicatie_id").notNull(),
    applicatieWeergave: text("applicatie_weergave").notNull(),
    gebruikersId: text("gebruikers_id").notNull(),
    gebruikersWeergave: text("gebruikers_weergave").notNull(),
    actie: text("actie").notNull(),
    actieWeergave: text("actie_weergave").notNull(),
    resultaat: smallint("resultaat").notNull(),
    resource: text("resource").notNull(),
    resourceUrl: text("resource_url").notNull(),
    resourceWeergave: text("resource_weergave").notNull(),
    toelichting: text("toelichting").notNull(),
    aanmaakdatum: timestamp("aanmaakdatum", { withTimezone: true, mode: "date" }).notNull(),
    wijzigingen: jsonb("wijzigingen").$type<{ oud: unknown; nieuw: unknown }>().notNull(),
    /** Insertion order within one transaction (aanmaakdatum can tie). */
    volgorde: bigserial("volgorde", { mode: "number" }).notNull(),
  },
  (t) => [index("zgw_audittrail_hoofd_idx").on(t.hoofdObjectUuid, t.volgorde)],
);

/**
 * Outbox of notifications for the Notificaties API (GUIDE 6): written in the same transaction
 * as the change, delivered afterwards with retries (lib/zgw/notificaties), so a crash or an
 * unreachable NRC loses nothing.
 */
export const zgwNotificatieUitgaand = pgTable(
  "zgw_notificatie_uitgaand",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    kanaal: text("kanaal").notNull(),
    hoofdObject: text("hoofd_object").notNull(),
    bericht: jsonb("bericht").$type<Record<string, unknown>>().notNull(),
    /** wachtend | afgeleverd | mislukt */
    status: text("status").notNull().default("wachtend"),
    pogingen: integer("pogingen").notNull().default(0),
    volgendePogingOp: timestamp("volgende_poging_op", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    laatsteFout: text("laatste_fout"),
    aangemaaktOp: timestamp("aangemaakt_op", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    afgeleverdOp: timestamp("afgeleverd_op", { withTimezone: true, mode: "date" }),
  },
  (t) => [
    index("zgw_notificatie_uitgaand_wachtend_idx").on(t.status, t.volgendePogingOp, t.id),
    index("zgw_notificatie_uitgaand_hoofd_idx").on(t.hoofdObject, t.id),
  ],
);
