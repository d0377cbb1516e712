import { sql } from "drizzle-orm";
import { boolean, check, index, pgTable, primaryKey, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";

/**
 * Tables of the built-in PABC-compatible API. They mirror the entities of PABC itself
 * (application, application role, functional role, entity type, domain, mapping), so a
 * dataset file in PABC's own format loads one-to-one. Names are unique case-insensitively
 * because the API matches them case-insensitively.
 */

export const pabcApplicatie = pgTable(
  "pabc_applicatie",
  {
    id: uuid("id").primaryKey(),
    naam: text("naam").notNull(),
  },
  (t) => [uniqueIndex("pabc_applicatie_naam_uq").on(sql`lower(${t.naam})`)],
);

export const pabcApplicatieRol = pgTable(
  "pabc_applicatie_rol",
  {
    id: uuid("id").primaryKey(),
    applicatieId: uuid("applicatie_id")
      .notNull()
      .references(() => pabcApplicatie.id, { onDelete: "cascade" }),
    naam: text("naam").notNull(),
  },
  (t) => [uniqueIndex("pabc_applicatie_rol_naam_uq").on(t.applicatieId, sql`lower(${t.naam})`)],
);

export const pabcFunctioneleRol = pgTable(
  "pabc_functionele_rol",
  {
    id: uuid("id").primaryKey(),
    naam: text("naam").notNull(),
  },
  (t) => [uniqueIndex("pabc_functionele_rol_naam_uq").on(sql`lower(${t.naam})`)],
);

export const pabcEntiteitType = pgTable(
  "pabc_entiteit_type",
  {
    id: uuid("id").primaryKey(),
    /** The id clients know (for a zaaktype: its omschrijving). */
    entiteitTypeId: text("entiteit_type_id").notNull(),
    /** The kind of entity, e.g. `zaaktype`. */
    type: text("type").notNull(),
    naam: text("naam").notNull(),
    omschrijving: text("omschrijving"),
    uri: text("uri"),
  },
  (t) => [uniqueIndex("pabc_entiteit_type_uq").on(sql`lower(${t.type})`, sql`lower(${t.entiteitTypeId})`)],
);

export const pabcDomein = pgTable("pabc_domein", {
  id: uuid("id").primaryKey(),
  naam: text("naam").notNull(),
  omschrijving: text("omschrijving").notNull(),
});

export const pabcDomeinEntiteitType = pgTable(
  "pabc_domein_entiteit_type",
  {
    domeinId: uuid("domein_id")
      .notNull()
      .references(() => pabcDomein.id, { onDelete: "cascade" }),
    entiteitTypeId: uuid("entiteit_type_id")
      .notNull()
      .references(() => pabcEntiteitType.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.domeinId, t.entiteitTypeId] })],
);

/**
 * Functional role -> application role, for the entity types of one domain, for all entity
 * types (`alleEntiteitTypen`), or for none (no domain: the role is not about entity types).
 */
export const pabcMapping = pgTable(
  "pabc_mapping",
  {
    id: uuid("id").primaryKey(),
    functioneleRolId: uuid("functionele_rol_id")
      .notNull()
      .references(() => pabcFunctioneleRol.id, { onDelete: "cascade" }),
    applicatieRolId: uuid("applicatie_rol_id")
      .notNull()
      .references(() => pabcApplicatieRol.id, { onDelete: "cascade" }),
    domeinId: uuid("domein_id").references(() => pabcDomein.id, { onDelete: "cascade" }),
    alleEntiteitTypen: boolean("alle_entiteit_typen").notNull().default(false),
  },
  (t) => [
    index("pabc_mapping_functionele_rol_idx").on(t.functioneleRolId),
    check("pabc_mapping_alle_zonder_domein", sql`not (${t.alleEntiteitTypen} and ${t.domeinId} is not null)`),
  ],
);
