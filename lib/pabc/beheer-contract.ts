/**
 * Beheer of the built-in PABC: the zod schemas shared by the forms (components/beheer/pabc),
 * the route handlers (app/api/beheer/pabc) and the tests. Client-safe: imports only zod.
 */
import { z } from "zod";

const naam = (max: number, wat: string) =>
  z
    .string({ error: `Vul ${wat} in.` })
    .trim()
    .min(1, { error: `Vul ${wat} in.` })
    .max(max, { error: `${wat[0]!.toUpperCase()}${wat.slice(1)} mag hoogstens ${max} tekens hebben.` });

const optioneleTekst = (max: number) =>
  z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    z.string().trim().max(max, { error: `Hoogstens ${max} tekens.` }).optional(),
  );

const id = (wat: string) => z.uuid({ error: `Kies ${wat}.` });

export const DomeinInvoer = z.strictObject({
  naam: naam(200, "een naam"),
  omschrijving: optioneleTekst(1000),
  /** Ids (our GUIDs) of the entity types in the domain. */
  entiteitTypen: z.array(z.uuid({ error: "Onbekend zaaktype." })).max(1000).default([]),
});
export type DomeinInvoer = z.input<typeof DomeinInvoer>;

export const EntiteitTypeInvoer = z.strictObject({
  /** What PABC clients know the type by; for a zaaktype its omschrijving. */
  entiteitTypeId: naam(256, "de zaaktype-omschrijving"),
  type: naam(100, "het soort entiteit").default("zaaktype"),
  naam: naam(256, "een naam"),
  omschrijving: optioneleTekst(1000),
  uri: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    z.url({ protocol: /^https?$/, error: "Vul een geldige URL in (https://…)." }).max(2000).optional(),
  ),
});
export type EntiteitTypeInvoer = z.input<typeof EntiteitTypeInvoer>;

export const FunctioneleRolInvoer = z.strictObject({
  // A Keycloak realm role name: no spaces, so it can be typed into Keycloak as it is.
  naam: naam(256, "een naam").regex(/^\S*$/, { error: "Een functionele rol heeft geen spaties (zoals in Keycloak)." }),
});
export type FunctioneleRolInvoer = z.input<typeof FunctioneleRolInvoer>;

export const BEREIKEN = ["domein", "alle", "geen"] as const;
export type Bereik = (typeof BEREIKEN)[number];
export const BEREIK_LABEL: Record<Bereik, string> = {
  domein: "Zaaktypen van één domein",
  alle: "Alle zaaktypen",
  geen: "Niet aan zaaktypen gebonden",
};

export const MappingInvoer = z
  .strictObject({
    functioneleRolId: id("een functionele rol"),
    applicatieRolId: id("een applicatierol"),
    bereik: z.enum(BEREIKEN, { error: "Kies waarvoor de mapping geldt." }),
    domeinId: z.preprocess((v) => (v === "" || v === null ? undefined : v), id("een domein").optional()),
  })
  .superRefine((m, ctx) => {
    if (m.bereik === "domein" && !m.domeinId) ctx.addIssue({ code: "custom", path: ["domeinId"], message: "Kies een domein." });
    if (m.bereik !== "domein" && m.domeinId) {
      ctx.addIssue({ code: "custom", path: ["domeinId"], message: "Een domein past alleen bij 'Zaaktypen van één domein'." });
    }
  });
export type MappingInvoer = z.input<typeof MappingInvoer>;

const Ref = z.object({ id: z.uuid(), naam: z.string() });

export const PabcOverzicht = z.object({
  /** PABC_URL is set: an external PABC holds the data; nothing here can be edited. */
  extern: z.boolean(),
  applicaties: z.array(Ref.extend({ rollen: z.array(Ref), vast: z.boolean() })),
  functioneleRollen: z.array(Ref.extend({ mappings: z.number().int() })),
  entiteitTypen: z.array(
    Ref.extend({
      entiteitTypeId: z.string(),
      type: z.string(),
      omschrijving: z.string().nullable(),
      uri: z.string().nullable(),
      domeinen: z.array(Ref),
    }),
  ),
  domeinen: z.array(Ref.extend({ omschrijving: z.string(), entiteitTypen: z.array(Ref), mappings: z.number().int() })),
  mappings: z.array(
    z.object({
      id: z.uuid(),
      functioneleRol: Ref,
      applicatieRol: Ref.extend({ applicatie: z.string() }),
      bereik: z.enum(BEREIKEN),
      domein: Ref.nullable(),
    }),
  ),
});
export type PabcOverzicht = z.infer<typeof PabcOverzicht>;

export const Aangemaakt = z.object({ id: z.uuid() });

/** The app's own endpoints for this beheer (browser -> app). */
export const PABC_BEHEER_PADEN = {
  overzicht: "/api/beheer/pabc",
  domeinen: "/api/beheer/pabc/domeinen",
  entiteittypen: "/api/beheer/pabc/entiteittypen",
  functioneleRollen: "/api/beheer/pabc/functionele-rollen",
  mappings: "/api/beheer/pabc/mappings",
} as const;
export type PabcBeheerSoort = Exclude<keyof typeof PABC_BEHEER_PADEN, "overzicht">;

export const pabcBeheerQueryKey = ["beheer", "pabc"] as const;

/** Shown on every page: PABC roles are read at login. */
export const WERKT_BIJ_VOLGENDE_LOGIN =
  "Wijzigingen gelden voor een gebruiker pas bij de volgende keer inloggen: de rollen uit PABC worden bij het inloggen opgehaald.";
