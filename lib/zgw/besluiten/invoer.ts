import { z } from "zod";

/**
 * Input schemas from components/schemas of besluiten-1.1.0.yaml. Read-only members (`url`,
 * `vervalredenWeergave`) and unknown members are ignored, as DRF does; optional members get
 * the value the API shows when they are absent.
 */

// A missing date keeps zod's own message, so it is reported as `required`.
const datum = z.iso.date({ error: (iss) => (iss.input === undefined ? undefined : "Verwacht een datum (JJJJ-MM-DD).") });
const url = (max: number) => z.url({ protocol: /^https?$/, error: "Verwacht een geldige URL." }).max(max);
const nullable = <T extends z.ZodType>(s: T) => s.nullable().optional().default(null);

/** RSIN: 9 digits passing the elfproef (as vng-api-common's validate_rsin). */
export function isGeldigRsin(waarde: string): boolean {
  if (!/^\d{9}$/.test(waarde)) return false;
  let som = 0;
  for (let i = 0; i < 8; i++) som += Number(waarde[i]) * (9 - i);
  som -= Number(waarde[8]);
  return som % 11 === 0;
}

export const VERVALREDENEN = ["tijdelijk", "ingetrokken_overheid", "ingetrokken_belanghebbende"] as const;

export const BesluitInvoer = z.object({
  identificatie: z.string().max(50).optional().default(""),
  verantwoordelijkeOrganisatie: z
    .string()
    .min(1)
    .max(9)
    .refine(isGeldigRsin, { error: "Ongeldig RSIN: verwacht 9 cijfers die aan de elfproef voldoen." }),
  besluittype: url(200),
  // "" and null both mean: no zaak.
  zaak: z
    .union([z.literal(""), url(200)])
    .nullable()
    .optional()
    .transform((v) => v || null),
  datum,
  toelichting: z.string().optional().default(""),
  bestuursorgaan: z.string().max(50).optional().default(""),
  ingangsdatum: datum,
  vervaldatum: nullable(datum),
  vervalreden: z
    .union([z.enum(VERVALREDENEN), z.literal("")])
    .nullable()
    .optional()
    .transform((v) => v ?? ""),
  publicatiedatum: nullable(datum),
  verzenddatum: nullable(datum),
  uiterlijkeReactiedatum: nullable(datum),
});
export type BesluitGegevens = z.output<typeof BesluitInvoer>;

export const BioInvoer = z.object({
  informatieobject: url(1000),
  besluit: url(1000),
});
export type BioGegevens = z.output<typeof BioInvoer>;
