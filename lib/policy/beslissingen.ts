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
import { type Entrypoint, ENTRYPOINTS, geladenPolicy } from "./laden";
import {
  type DocumentRechten,
  documentRechtenSchema,
  type NotitieRechten,
  notitieRechtenSchema,
  type OverigeRechten,
  overigeRechtenSchema,
  type TaakRechten,
  taakRechtenSchema,
  type WerklijstRechten,
  werklijstRechtenSchema,
  type ZaakKoppelen,
  zaakKoppelenSchema,
  type ZaakRechten,
  zaakRechtenSchema,
} from "./rechten";

function beslis<T>(entrypoint: Entrypoint, input: unknown, schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: unknown } }): T {
  const uitkomst = schema.safeParse(geladenPolicy().evalueer(entrypoint, input));
  if (!uitkomst.success) {
    // The policy always answers with a full object (every right has a default); anything
    // else means the compiled policy and this code disagree.
    throw new AppError("error", {
      detail: `Het beleid gaf een onverwacht antwoord voor ${entrypoint}.`,
      cause: uitkomst.error,
    });
  }
  return uitkomst.data;
}

export function zaakRechten(input: ZaakInput): ZaakRechten {
  return beslis("zac/zaak/zaak_rechten", input, zaakRechtenSchema);
}

export function taakRechten(input: TaakInput): TaakRechten {
  return beslis("zac/taak/taak_rechten", input, taakRechtenSchema);
}

export function documentRechten(input: DocumentInput): DocumentRechten {
  return beslis("zac/document/document_rechten", input, documentRechtenSchema);
}

export function werklijstRechten(input: GebruikerInput): WerklijstRechten {
  return beslis("zac/werklijst/werklijst_rechten", input, werklijstRechtenSchema);
}

export function notitieRechten(input: GebruikerInput): NotitieRechten {
  return beslis("zac/notitie/notitie_rechten", input, notitieRechtenSchema);
}

export function overigeRechten(input: GebruikerInput): OverigeRechten {
  return beslis("zac/overig/overige_rechten", input, overigeRechtenSchema);
}

/**
 * Linking two zaken. Takes one input or the list from `zaakKoppelenInvoer` (PABC mode with
 * two zaaktypen gives two); allowed only when every decision allows it.
 */
export function zaakKoppelen(input: ZaakKoppelenInput | readonly ZaakKoppelenInput[]): ZaakKoppelen {
  const inputs = Array.isArray(input) ? (input as readonly ZaakKoppelenInput[]) : [input as ZaakKoppelenInput];
  if (inputs.length === 0) return { koppelen: false };
  for (const een of inputs) {
    if (!beslis("zac/zaak/zaak_koppelen", een, zaakKoppelenSchema).koppelen) return { koppelen: false };
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
    for (const entrypoint of ENTRYPOINTS) {
      const antwoord = policy.evalueer(entrypoint, {});
      const waarden = antwoord && typeof antwoord === "object" ? Object.values(antwoord) : [];
      if (waarden.length === 0 || waarden.some((w) => w !== false)) {
        return { ok: false, fout: `Entrypoint ${entrypoint} gaf een onverwacht antwoord op een lege invoer.` };
      }
    }
    return { ok: true };
  } catch (err) {
    return { ok: false, fout: err instanceof Error ? err.message : String(err) };
  }
}
