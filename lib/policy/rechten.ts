import { z } from "zod";

/**
 * The rights per resource, in the order of shared/policy/matrix.json. Kept as literal lists so
 * the result types are exact; `rechten.test.ts` proves they equal the keys of matrix.json.
 */
export const RECHTEN = {
  zaak: [
    "lezen",
    "wijzigen",
    "toekennen",
    "behandelen",
    "afbreken",
    "heropenen",
    "bekijken_zaakdata",
    "wijzigen_doorlooptijd",
    "verlengen",
    "opschorten",
    "hervatten",
    "creeren_document",
    "toevoegen_document",
    "koppelen",
    "versturen_email",
    "versturen_ontvangstbevestiging",
    "toevoegen_initiator_persoon",
    "toevoegen_initiator_bedrijf",
    "verwijderen_initiator",
    "toevoegen_betrokkene_persoon",
    "toevoegen_betrokkene_bedrijf",
    "verwijderen_betrokkene",
    "toevoegen_bag_object",
    "starten_taak",
    "vastleggen_besluit",
    "verlengen_doorlooptijd",
    "wijzigen_locatie",
    "brondatum_zetten",
    "bekijken_bsn",
  ],
  taak: ["lezen", "wijzigen", "toekennen", "creeren_document", "toevoegen_document"],
  document: [
    "lezen",
    "wijzigen",
    "verwijderen",
    "vergrendelen",
    "ontgrendelen",
    "ondertekenen",
    "toevoegen_nieuwe_versie",
    "verplaatsen",
    "ontkoppelen",
    "downloaden",
    "converteren",
  ],
  werklijst: [
    "inbox",
    "ontkoppelde_documenten_verwijderen",
    "inbox_productaanvragen_verwijderen",
    "zaken_taken",
    "zaken_taken_verdelen",
    "zaken_taken_exporteren",
  ],
  notitie: ["lezen", "wijzigen"],
  overig: ["starten_zaak", "beheren", "zoeken"],
} as const;

export type Resource = keyof typeof RECHTEN;
export type RechtVan<R extends Resource> = (typeof RECHTEN)[R][number];

/** The application roles the policies know (shared/policy/README.md). */
export const ROLLEN = ["raadpleger", "behandelaar", "coordinator", "recordmanager", "beheerder"] as const;
export type Rol = (typeof ROLLEN)[number];

function rechtenSchema<const K extends readonly string[]>(rechten: K) {
  const shape = Object.fromEntries(rechten.map((recht) => [recht, z.boolean()])) as {
    [P in K[number]]: z.ZodBoolean;
  };
  // strict: an extra key in the policy output means the Rego and matrix.json drifted apart.
  return z.strictObject(shape);
}

export const zaakRechtenSchema = rechtenSchema(RECHTEN.zaak);
export const taakRechtenSchema = rechtenSchema(RECHTEN.taak);
export const documentRechtenSchema = rechtenSchema(RECHTEN.document);
export const werklijstRechtenSchema = rechtenSchema(RECHTEN.werklijst);
export const notitieRechtenSchema = rechtenSchema(RECHTEN.notitie);
export const overigeRechtenSchema = rechtenSchema(RECHTEN.overig);
export const zaakKoppelenSchema = z.strictObject({ koppelen: z.boolean() });

export type ZaakRechten = z.infer<typeof zaakRechtenSchema>;
export type TaakRechten = z.infer<typeof taakRechtenSchema>;
export type DocumentRechten = z.infer<typeof documentRechtenSchema>;
export type WerklijstRechten = z.infer<typeof werklijstRechtenSchema>;
export type NotitieRechten = z.infer<typeof notitieRechtenSchema>;
export type OverigeRechten = z.infer<typeof overigeRechtenSchema>;
export type ZaakKoppelen = z.infer<typeof zaakKoppelenSchema>;

export const RECHTEN_SCHEMAS = {
  zaak: zaakRechtenSchema,
  taak: taakRechtenSchema,
  document: documentRechtenSchema,
  werklijst: werklijstRechtenSchema,
  notitie: notitieRechtenSchema,
  overig: overigeRechtenSchema,
} as const;
