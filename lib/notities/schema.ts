import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/** Notities on a zaak: the app's own data. */
export const notitie = pgTable(
  "notitie",
  {
    id: uuid("id").primaryKey(),
    zaakUuid: uuid("zaak_uuid").notNull(),
    tekst: text("tekst").notNull(),
    auteurId: text("auteur_id").notNull(),
    auteur: text("auteur").notNull(),
    aangemaakt: timestamp("aangemaakt", { withTimezone: true }).notNull().defaultNow(),
    gewijzigd: timestamp("gewijzigd", { withTimezone: true }),
  },
  (t) => [index("notitie_zaak_idx").on(t.zaakUuid, t.aangemaakt)],
);
