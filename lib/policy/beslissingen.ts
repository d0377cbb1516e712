/**
 * Typed decisions: one call per object returns all its rights, zod-checked against the
 * rights lists (which equal matrix.json's).
 */
import { AppError } from "@/lib/errors";
import type {
  DocumentInput,
  GebruikerInput,
  TaakInput,
  ZaakInput,
  ZaakKoppelenInput,
} from "./invoer";
import { type Entrypoint, geladenPolicy, KOPPELEN_ENTRYPOINT, RECHTEN_ENTRYPOINTS } from "./laden";
import {
  type DocumentRechten,
  documentRechtenSchema,
  type NotitieRechten,
  notitieRechtenSchema,
  type OverigeRechten,
  overigeRechtenSchema,
  type Resource,
  type TaakRechten,
  taakRechtenSchema,
  type WerklijstRechten,
  werklijstRechtenSchema,
  type ZaakKoppelen,
  zaakKoppelenSchema,
  RECHTEN_SCHEMAS,
  type ZaakRechten,
  zaakRechtenSchema,
} from "./rechten";

interface Schema<T> {
  safeParse(v: unknown): { success: true; data: T } | { success: false; error: unknown };
}

function geldig<T>(waarde: unknown, schema: Schema<T>, wat: string): T {
  const uitkomst = schema.safeParse(waarde);
  if (!uitkomst.success) {
    // The policy always answers with every right (each has a default); anything else means
    // the compiled policy and this code disagree.
    throw new AppError("error", {
      detail: `Het beleid gaf een onverwacht antwoord voor ${wat}.`,
      cause: uitkomst.error,
    });
  }
  return uitkomst.data;
}

function rechtenVan<T>(resource: Resource, input: unknown, schema: Schema<T>): T {
  return geldig(geladenPolicy().rechten(resource, input), schema, RECHTEN_ENTRYPOINTS[resource]);
}

export function zaakRechten(input: ZaakInput): ZaakRechten {
  return rechtenVan("zaak", input, zaakRechtenSchema);
}

export function taakRechten(input: TaakInput): TaakRechten {
  return rechtenVan("taak", input, taakRechtenSchema);
}

export function documentRechten(input: DocumentInput): DocumentRechten {
  return rechtenVan("document", input, documentRechtenSchema);
}

export function werklijstRechten(input: GebruikerInput): WerklijstRechten {
  return rechtenVan("werklijst", input, werklijstRechtenSchema);
}

export function notitieRechten(input: GebruikerInput): NotitieRechten {
  return rechtenVan("notitie", input, notitieRechtenSchema);
}

export function overigeRechten(input: GebruikerInput): OverigeRechten {
  return rechtenVan("overig", input, overigeRechtenSchema);
}

/**
 * Linking two zaken. Takes one input or the list from `zaakKoppelenInvoer` (PABC mode with
 * two zaaktypen gives two); allowed only when every decision allows it.
 */
export function zaakKoppelen(input: ZaakKoppelenInput | readonly ZaakKoppelenInput[]): ZaakKoppelen {
  const inputs = Array.isArray(input) ? (input as readonly ZaakKoppelenInput[]) : [input as ZaakKoppelenInput];
  if (inputs.length === 0) return { koppelen: false };
  for (const een of inputs) {
    const besluit = geldig(geladenPolicy().evalueer(KOPPELEN_ENTRYPOINT, een), zaakKoppelenSchema, KOPPELEN_ENTRYPOINT);
    if (!besluit.koppelen) return { koppelen: false };
  }
  return { koppelen: true };
}

const RESOURCE_NAAM = {
  zaak: "deze zaak",
  taak: "deze taak",
  document: "dit document",
  werklijst: "deze werklijst",
  notitie: "deze notitie",
  overig: "deze actie",
} as const;

type RechtenObject = Readonly<Record<string, boolean>>;

/**
 * Throws permission_denied unless `rechten[recht]` is true. `recht` is "<resource>.<right>",
 * e.g. "zaak.wijzigen"; `objectOmschrijving` names the object in the message (e.g. "zaak ZAAK-2024-1").
 */
export function assertRecht<R extends RechtenObject>(
  rechten: R,
  recht: `${keyof typeof RESOURCE_NAAM}.${Extract<keyof R, string>}`,
  objectOmschrijving?: string,
): void {
  const punt = recht.indexOf(".");
  const resource = recht.slice(0, punt) as keyof typeof RESOURCE_NAAM;
  const naam = recht.slice(punt + 1);
  if (rechten[naam] === true) return;
  const object = objectOmschrijving ?? RESOURCE_NAAM[resource] ?? "dit object";
  throw new AppError("permission_denied", {
    detail: `Je hebt niet het recht "${naam.replaceAll("_", " ")}" voor ${object}.`,
    extensions: { recht },
  });
}

export type PolicyStatus = { ok: true } | { ok: false; fout: string };

/**
 * For the readiness check: loads the policy if needed and asks every entrypoint one decision
 * (an empty input must give a complete object with every right false).
 */
export function controleerPolicy(): PolicyStatus {
  try {
    const policy = geladenPolicy();
    const besluiten: Entrypoint[] = [...Object.values(RECHTEN_ENTRYPOINTS), KOPPELEN_ENTRYPOINT];
    for (const entrypoint of besluiten) {
      const antwoord = policy.evalueer(entrypoint, {});
      const waarden = antwoord && typeof antwoord === "object" ? Object.values(antwoord) : [];
      if (waarden.length === 0 || waarden.some((w) => w !== false)) {
        return { ok: false, fout: `Entrypoint ${entrypoint} gaf een onverwacht antwoord op een lege invoer.` };
      }
    }
    for (const resource of Object.keys(RECHTEN_ENTRYPOINTS) as Resource[]) {
      geldig(policy.rechten(resource, {}), RECHTEN_SCHEMAS[resource] as Schema<unknown>, RECHTEN_ENTRYPOINTS[resource]);
    }
    return { ok: true };
  } catch (err) {
    return { ok: false, fout: err instanceof Error ? err.message : String(err) };
  }
}
