import { boolean, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Zaakafhandelparameters per zaaktype omschrijving (stable across versions of a zaaktype).
 * The columns the app filters on are columns; the rest of the settings is one jsonb document
 * parsed with ./model on read.
 */
export const zaakafhandelparameters = pgTable("zaakafhandelparameters", {
  zaaktype: text("zaaktype").primaryKey(),
  inGebruik: boolean("in_gebruik").notNull().default(false),
  domein: text("domein"),
  standaardGroep: text("standaard_groep"),
  gegevens: jsonb("gegevens").notNull(),
  gewijzigd: timestamp("gewijzigd", { withTimezone: true }).notNull().defaultNow(),
  gewijzigdDoor: text("gewijzigd_door").notNull(),
});
