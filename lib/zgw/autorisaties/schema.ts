import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/**
 * Tables of the Autorisaties API (AC 1.0.0). The AC is the source of truth for which ZGW
 * client may do what in every ZGW API of this app; the other APIs read it per request.
 */

export const zgwApplicatie = pgTable("zgw_applicatie", {
  uuid: uuid("uuid").primaryKey(),
  label: text("label").notNull(),
  heeftAlleAutorisaties: boolean("heeft_alle_autorisaties").notNull().default(false),
  aangemaaktOp: timestamp("aangemaakt_op", { withTimezone: true }).notNull().defaultNow(),
  gewijzigdOp: timestamp("gewijzigd_op", { withTimezone: true }).notNull().defaultNow(),
});

/** ac-001: a client id belongs to exactly one applicatie (primary key). */
export const zgwApplicatieClientId = pgTable(
  "zgw_applicatie_client_id",
  {
    clientId: text("client_id").primaryKey(),
    applicatieUuid: uuid("applicatie_uuid")
      .notNull()
      .references(() => zgwApplicatie.uuid, { onDelete: "cascade" }),
    /** Keeps `clientIds` in the order the client sent them. */
    volgorde: integer("volgorde").notNull(),
  },
  (t) => [index("zgw_applicatie_client_id_applicatie_idx").on(t.applicatieUuid)],
);

export const zgwAutorisatie = pgTable(
  "zgw_autorisatie",
  {
    id: uuid("id").primaryKey(),
    applicatieUuid: uuid("applicatie_uuid")
      .notNull()
      .references(() => zgwApplicatie.uuid, { onDelete: "cascade" }),
    volgorde: integer("volgorde").notNull(),
    /** ac, nrc, zrc, ztc, drc or brc. */
    component: text("component").notNull(),
    scopes: text("scopes").array().notNull(),
    zaaktype: text("zaaktype"),
    informatieobjecttype: text("informatieobjecttype"),
    besluittype: text("besluittype"),
    maxVertrouwelijkheidaanduiding: text("max_vertrouwelijkheidaanduiding"),
  },
  (t) => [
    index("zgw_autorisatie_applicatie_idx").on(t.applicatieUuid),
    check("zgw_autorisatie_component", sql`${t.component} in ('ac', 'nrc', 'zrc', 'ztc', 'drc', 'brc')`),
  ],
);

/**
 * Client secrets, registered out of band (never via the API). Independent of applicaties,
 * as in Open Zaak: a secret authenticates a client id; what it may do comes from the
 * applicatie that lists that client id. HS256 needs the secret itself, so it is stored
 * encrypted (AES-256-GCM, see ../auth/geheim.ts), not hashed.
 */
export const zgwClientSecret = pgTable("zgw_client_secret", {
  clientId: text("client_id").primaryKey(),
  versleuteld: text("versleuteld").notNull(),
  gewijzigdOp: timestamp("gewijzigd_op", { withTimezone: true }).notNull().defaultNow(),
});
