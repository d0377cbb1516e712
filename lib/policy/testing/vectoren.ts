/**
 * Test vectors from shared/policy/matrix.json (copied to lib/policy/matrix.json): every
 * resource x right x role set x object state x zaaktype case, with the expected answer
 * computed from the matrix's condition strings. Used by vectors.test.ts and the stale check of
 * the compiled policy; not part of the app's runtime.
 */
import matrixJson from "../matrix.json" with { type: "json" };
import type { DocumentFeiten, PolicyUser, TaakFeiten, ZaakFeiten } from "../invoer";
import type { Resource } from "../rechten";

export type Matrix = Record<string, Record<string, Record<string, string>>>;
export const MATRIX = matrixJson as Matrix;

/** The object facts a condition string talks about. */
export interface Feiten {
  zaakOpen: boolean;
  /** For linking two zaken; a single zaak is linked "with itself" (same state). */
  doelzaakOpen: boolean;
  taakOpen: boolean;
  heropend: boolean;
  opgeschort: boolean;
  verlengd: boolean;
  intake: boolean;
  besloten: boolean;
  brondatumBepaald: boolean;
  definitief: boolean;
  vergrendeld: boolean;
  vergrendeldDoorMij: boolean;
}

type Predikaat = (f: Feiten) => boolean;

const ontgrendeldOfDoorMij: Predikaat = (f) => !f.vergrendeld || f.vergrendeldDoorMij;

/** Every condition string of matrix.json, as a predicate. */
export const VOORWAARDEN: Readonly<Record<string, Predikaat>> = {
  always: () => true,
  never: () => false,
  "zaak open": (f) => f.zaakOpen,
  "zaak open AND not heropend AND not opgeschort AND not already verlengd": (f) =>
    f.zaakOpen && !f.heropend && !f.opgeschort && !f.verlengd,
  "zaak open AND not heropend AND not opgeschort": (f) => f.zaakOpen && !f.heropend && !f.opgeschort,
  "both zaken open": (f) => f.zaakOpen && f.doelzaakOpen,
  "both zaken open, or both zaken afgehandeld": (f) =>
    (f.zaakOpen && f.doelzaakOpen) || (!f.zaakOpen && !f.doelzaakOpen),
  "zaak open AND not intake AND zaaktype has besluittypen": (f) => f.zaakOpen && !f.intake && f.besloten,
  "zaak not open AND brondatum not yet set": (f) => !f.zaakOpen && !f.brondatumBepaald,
  "zaak open AND taak open": (f) => f.zaakOpen && f.taakOpen,
  "zaak open AND document not definitief AND (document unlocked OR locked by this user)": (f) =>
    f.zaakOpen && !f.definitief && ontgrendeldOfDoorMij(f),
  "zaak open AND document not definitief AND document unlocked": (f) =>
    f.zaakOpen && !f.definitief && !f.vergrendeld,
  "document unlocked": (f) => !f.vergrendeld,
  "document locked by this user": (f) => f.vergrendeldDoorMij,
  "zaak open AND (document unlocked OR locked by this user)": (f) => f.zaakOpen && ontgrendeldOfDoorMij(f),
  "document definitief": (f) => f.definitief,
};

/** The predicate for a condition string; throws on one we do not know (never skip silently). */
export function voorwaarde(tekst: string): Predikaat {
  const p = VOORWAARDEN[tekst];
  if (!p) throw new Error(`Onbekende voorwaarde in matrix.json: "${tekst}"`);
  return p;
}

/** Expected value of one right: some held role's condition holds (unknown roles grant nothing). */
export function verwacht(resource: string, recht: string, rollen: readonly string[], f: Feiten): boolean {
  const regels = MATRIX[resource]?.[recht];
  if (!regels) throw new Error(`Onbekend recht ${resource}.${recht}`);
  return rollen.some((rol) => {
    const tekst = regels[rol];
    return tekst !== undefined && voorwaarde(tekst)(f);
  });
}

export const ROLLEN_MATRIX = ["raadpleger", "behandelaar", "coordinator", "recordmanager", "beheerder"] as const;

/** No roles, an unknown role, each role alone, every pair, and all five. */
export function rolSets(): string[][] {
  const sets: string[][] = [[], ["onbekende_rol"]];
  for (const rol of ROLLEN_MATRIX) sets.push([rol]);
  for (let i = 0; i < ROLLEN_MATRIX.length; i++) {
    for (let j = i + 1; j < ROLLEN_MATRIX.length; j++) sets.push([ROLLEN_MATRIX[i]!, ROLLEN_MATRIX[j]!]);
  }
  sets.push([...ROLLEN_MATRIX]);
  return sets;
}

/** How the object's zaaktype relates to user.zaaktypen. */
export type ZaaktypeGeval = "toegestaan" | "niet_toegestaan" | "null";
export const ZAAKTYPE_GEVALLEN: readonly ZaaktypeGeval[] = ["toegestaan", "niet_toegestaan", "null"];

export const ZAAKTYPE = "Melding openbare ruimte";
export const ANDER_ZAAKTYPE = "Omgevingsvergunning";
export const GEBRUIKER_ID = "gebruiker-1";

export function zaaktypenVoor(geval: ZaaktypeGeval, zaaktype = ZAAKTYPE): string[] | null {
  switch (geval) {
    case "toegestaan":
      return [ANDER_ZAAKTYPE, zaaktype];
    case "niet_toegestaan":
      return [ANDER_ZAAKTYPE];
    case "null":
      return null;
  }
}

function* booleans<K extends string>(namen: readonly K[]): Generator<Record<K, boolean>> {
  for (let bits = 0; bits < 1 << namen.length; bits++) {
    const r = {} as Record<K, boolean>;
    namen.forEach((naam, i) => (r[naam] = (bits & (1 << i)) !== 0));
    yield r;
  }
}

const LEEG: Feiten = {
  zaakOpen: false,
  doelzaakOpen: false,
  taakOpen: false,
  heropend: false,
  opgeschort: false,
  verlengd: false,
  intake: false,
  besloten: false,
  brondatumBepaald: false,
  definitief: false,
  vergrendeld: false,
  vergrendeldDoorMij: false,
};

/** One object state of a resource: the facts, and the object as the policy input holds it. */
export interface Toestand {
  feiten: Feiten;
  /** `zaak`/`taak`/`document` input object (absent for werklijst/notitie/overig). */
  object?: ZaakFeiten | TaakFeiten | DocumentFeiten;
  /** Whether the object has a zaaktype at all (documents may not). */
  heeftZaaktype: boolean;
}

/** Every combination of the state fields that some condition reads, for each resource. */
export function toestanden(resource: Resource): Toestand[] {
  const uit: Toestand[] = [];
  switch (resource) {
    case "zaak":
      for (const b of booleans(["open", "opgeschort", "verlengd", "intake", "besloten", "heropend", "brondatumBepaald"] as const)) {
        const zaak: ZaakFeiten = { ...b, zaaktype: ZAAKTYPE, vertrouwelijkheidaanduiding: "openbaar" };
        uit.push({
          feiten: { ...LEEG, ...b, zaakOpen: b.open, doelzaakOpen: b.open },
          object: zaak,
          heeftZaaktype: true,
        });
      }
      break;
    case "taak":
      for (const b of booleans(["open", "zaakOpen"] as const)) {
        uit.push({
          feiten: { ...LEEG, zaakOpen: b.zaakOpen, taakOpen: b.open },
          object: { ...b, zaaktype: ZAAKTYPE } satisfies TaakFeiten,
          heeftZaaktype: true,
        });
      }
      break;
    case "document":
      for (const b of booleans(["definitief", "zaakOpen", "ondertekend", "zonderZaaktype"] as const)) {
        for (const slot of ["ontgrendeld", "door_mij", "door_ander"] as const) {
          const document: DocumentFeiten = {
            definitief: b.definitief,
            zaakOpen: b.zaakOpen,
            ondertekend: b.ondertekend,
            zaaktype: b.zonderZaaktype ? null : ZAAKTYPE,
            vergrendeld: slot !== "ontgrendeld",
            vergrendeldDoor: slot === "door_mij" ? GEBRUIKER_ID : slot === "door_ander" ? "iemand-anders" : null,
          };
          uit.push({
            feiten: {
              ...LEEG,
              zaakOpen: b.zaakOpen,
              definitief: b.definitief,
              vergrendeld: slot !== "ontgrendeld",
              vergrendeldDoorMij: slot === "door_mij",
            },
            object: document,
            heeftZaaktype: !b.zonderZaaktype,
          });
        }
      }
      break;
    case "werklijst":
    case "notitie":
    case "overig":
      uit.push({ feiten: LEEG, heeftZaaktype: false });
      break;
  }
  return uit;
}

/** Resources whose rights concern one object and so need its zaaktype allowed. */
export const OBJECT_RESOURCES: ReadonlySet<string> = new Set(["zaak", "taak", "document"]);

/**
 * Expected rights object for a resource. `zaaktypeToegestaan` is whether the object's zaaktype
 * is in the user's zaaktypen (or they are null); a document without a zaaktype may still be
 * read and downloaded.
 */
export function verwachteRechten(
  resource: Resource,
  rechten: readonly string[],
  rollen: readonly string[],
  toestand: Toestand,
  zaaktypeToegestaan: boolean,
): Record<string, boolean> {
  const r: Record<string, boolean> = {};
  for (const recht of rechten) {
    let mag = verwacht(resource, recht, rollen, toestand.feiten);
    if (OBJECT_RESOURCES.has(resource)) {
      const uitzondering = resource === "document" && !toestand.heeftZaaktype && (recht === "lezen" || recht === "downloaden");
      const zaaktypeOk = toestand.heeftZaaktype && zaaktypeToegestaan;
      if (!zaaktypeOk && !uitzondering) mag = false;
    }
    r[recht] = mag;
  }
  return r;
}

/** Policy input for a resource state with a given user. */
export function invoerVoor(resource: Resource, user: PolicyUser, toestand: Toestand): object {
  switch (resource) {
    case "zaak":
      return { user, zaak: toestand.object };
    case "taak":
      return { user, taak: toestand.object };
    case "document":
      return { user, document: toestand.object };
    default:
      return { user };
  }
}
