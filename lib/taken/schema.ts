import { sql } from "drizzle-orm";
import { index, jsonb, pgTable, text, timestamp, date, uuid } from "drizzle-orm/pg-core";

/**
 * Taken: the app's own data (not in the ZGW APIs). Each row keeps a copy of what lists,
 * filters and authorisation need (zaak uuid/identificatie, zaaktype omschrijving, zaak open)
 * so the werklijsten filter and sort in SQL.
 */
export const taak = pgTable(
  "taak",
  {
    id: uuid("id").primaryKey(),
    taaktype: text("taaktype").notNull(),
    zaakUuid: uuid("zaak_uuid").notNull(),
    zaakUrl: text("zaak_url").notNull(),
    zaakIdentificatie: text("zaak_identificatie").notNull(),
    /** Zaaktype omschrijving: the policy's zaaktype and the list filter. */
    zaaktype: text("zaaktype").notNull(),
    /** niet_toegekend | toegekend | afgerond */
    status: text("status").notNull(),
    groep: text("groep"),
    behandelaarId: text("behandelaar_id"),
    behandelaarNaam: text("behandelaar_naam"),
    streefdatum: date("streefdatum", { mode: "string" }),
    fataledatum: date("fataledatum", { mode: "string" }),
    toelichting: text("toelichting").notNull().default(""),
    gegevens: jsonb("gegevens").notNull(),
    afronding: jsonb("afronding"),
    aangemaaktDoor: text("aangemaakt_door").notNull(),
    aangemaakt: timestamp("aangemaakt", { withTimezone: true }).notNull().defaultNow(),
    afgerond: timestamp("afgerond", { withTimezone: true }),
  },
  (t) => [
    index("taak_zaak_idx").on(t.zaakUuid),
    index("taak_zaaktype_aangemaakt_idx").on(t.zaaktype, t.aangemaakt),
    index("taak_behandelaar_idx").on(t.behandelaarId, t.aangemaakt).where(sql`${t.status} <> 'afgerond'`),
    index("taak_open_idx").on(t.aangemaakt).where(sql`${t.status} <> 'afgerond'`),
  ],
);

export const taakHistorie = pgTable(
  "taak_historie",
  {
    id: uuid("id").primaryKey(),
    taakId: uuid("taak_id")
      .notNull()
      .references(() => taak.id, { onDelete: "cascade" }),
    tijdstip: timestamp("tijdstip", { withTimezone: true }).notNull().defaultNow(),
    gebruikerId: text("gebruiker_id").notNull(),
    gebruiker: text("gebruiker").notNull(),
    actie: text("actie").notNull(),
    toelichting: text("toelichting").notNull().default(""),
  },
  (t) => [index("taak_historie_taak_idx").on(t.taakId, t.tijdstip)],
);
