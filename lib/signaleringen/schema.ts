import { sql } from "drizzle-orm";
import { boolean, index, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

/**
 * Signaleringen: short notices for one user ("zaak ZAAK-1 is aan je toegekend"). The unique
 * index on (type, sleutel, gebruiker) makes registering idempotent: the same event for the
 * same user is stored (and mailed) once.
 */
export const signalering = pgTable(
  "signalering",
  {
    id: uuid("id").primaryKey(),
    /** zaak_op_naam | taak_op_naam | zaak_document_toegevoegd | zaak_verlopend | taak_verlopend */
    type: text("type").notNull(),
    gebruikerId: text("gebruiker_id").notNull(),
    /** What makes the event unique for this type and user (zaak uuid, taak id, document uuid, + date). */
    sleutel: text("sleutel").notNull(),
    /** zaak | taak: what `objectId` and `link` point at. */
    objectType: text("object_type").notNull(),
    objectId: text("object_id").notNull(),
    /** Zaak identificatie or taak name, shown as the link text. */
    onderwerp: text("onderwerp").notNull(),
    tekst: text("tekst").notNull(),
    link: text("link").notNull(),
    /** Shown on the dashboard (the user's setting when it was registered). */
    dashboard: boolean("dashboard").notNull().default(true),
    aangemaakt: timestamp("aangemaakt", { withTimezone: true }).notNull().defaultNow(),
    gezien: timestamp("gezien", { withTimezone: true }),
    gemaild: timestamp("gemaild", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("signalering_uniek_idx").on(t.type, t.sleutel, t.gebruikerId),
    index("signalering_gebruiker_idx").on(t.gebruikerId, t.aangemaakt),
    index("signalering_ongezien_idx").on(t.gebruikerId).where(sql`${t.gezien} is null`),
    index("signalering_aangemaakt_idx").on(t.aangemaakt),
  ],
);

/** Per user and type: on the dashboard and/or by e-mail. No row = the defaults. */
export const signaleringInstelling = pgTable(
  "signalering_instelling",
  {
    gebruikerId: text("gebruiker_id").notNull(),
    type: text("type").notNull(),
    dashboard: boolean("dashboard").notNull(),
    mail: boolean("mail").notNull(),
    gewijzigd: timestamp("gewijzigd", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.gebruikerId, t.type] })],
);

/**
 * Where to mail a user: signaleringen are for other users than the one acting, so the address
 * is remembered from the user's own session (each dashboard or settings visit refreshes it).
 */
export const signaleringOntvanger = pgTable("signalering_ontvanger", {
  gebruikerId: text("gebruiker_id").primaryKey(),
  naam: text("naam").notNull(),
  email: text("email"),
  bijgewerkt: timestamp("bijgewerkt", { withTimezone: true }).notNull().defaultNow(),
});

/** The dashboard's cards per user, in order. No row = the default cards. */
export const dashboardIndeling = pgTable("dashboard_indeling", {
  gebruikerId: text("gebruiker_id").primaryKey(),
  kaarten: jsonb("kaarten").$type<string[]>().notNull().default(sql`'[]'::jsonb`),
  gewijzigd: timestamp("gewijzigd", { withTimezone: true }).notNull().defaultNow(),
});
