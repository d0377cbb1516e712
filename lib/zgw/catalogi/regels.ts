import type { InvalidParam } from "@/lib/errors";
import type { BrondatumArchiefprocedure } from "./invoer";

/**
 * Pure business rules of the Catalogi API (GUIDE §4.3) on brondatumArchiefprocedure:
 * ztc-004..008. ztc-003 needs the Selectielijst's `procestermijn` and is checked with it
 * (see externe-lijsten.ts).
 */

const PAD = "brondatumArchiefprocedure";

function verplichtOfLeeg(fouten: InvalidParam[], veld: string, gevuld: boolean, verplicht: boolean, afleidingswijze: string): void {
  if (verplicht && !gevuld) {
    fouten.push({ name: `${PAD}.${veld}`, code: "required", reason: `${veld} is verplicht bij afleidingswijze ${afleidingswijze}.` });
  } else if (!verplicht && gevuld) {
    fouten.push({ name: `${PAD}.${veld}`, code: "must-be-empty", reason: `${veld} moet leeg zijn bij afleidingswijze ${afleidingswijze}.` });
  }
}

export function controleerBrondatum(b: BrondatumArchiefprocedure | null): InvalidParam[] {
  if (!b) return [];
  const fouten: InvalidParam[] = [];
  const a = b.afleidingswijze;
  // ztc-004
  verplichtOfLeeg(fouten, "datumkenmerk", b.datumkenmerk !== "", ["eigenschap", "zaakobject", "ander_datumkenmerk"].includes(a), a);
  // ztc-005: only forbidden (not required) for afgehandeld/termijn.
  if (["afgehandeld", "termijn"].includes(a) && b.einddatumBekend) {
    fouten.push({ name: `${PAD}.einddatumBekend`, code: "must-be-empty", reason: `einddatumBekend moet leeg zijn bij afleidingswijze ${a}.` });
  }
  // ztc-006
  verplichtOfLeeg(fouten, "objecttype", b.objecttype !== "", ["zaakobject", "ander_datumkenmerk"].includes(a), a);
  // ztc-007
  verplichtOfLeeg(fouten, "registratie", b.registratie !== "", a === "ander_datumkenmerk", a);
  // ztc-008
  verplichtOfLeeg(fouten, "procestermijn", b.procestermijn !== null, a === "termijn", a);
  return fouten;
}

/**
 * ztc-003: the afleidingswijze that the Selectielijst's procestermijn of the
 * selectielijstklasse demands (`nihil` -> afgehandeld, `ingeschatte_bestaansduur_procesobject`
 * -> termijn; an empty procestermijn allows every value).
 */
export function controleerAfleidingswijze(afleidingswijze: string | undefined, procestermijn: string | null | undefined): InvalidParam[] {
  if (!afleidingswijze || !procestermijn) return [];
  const vereist = procestermijn === "nihil" ? "afgehandeld" : procestermijn === "ingeschatte_bestaansduur_procesobject" ? "termijn" : null;
  if (vereist && afleidingswijze !== vereist) {
    return [
      {
        name: `${PAD}.afleidingswijze`,
        code: "invalid-afleidingswijze-for-procestermijn",
        reason: `Bij procestermijn ${procestermijn} moet de afleidingswijze ${vereist} zijn.`,
      },
    ];
  }
  return [];
}

/** Whether two validity periods [begin, einde] (einde inclusive, null = open) overlap. */
export function overlapt(a: { begin: string; einde: string | null }, b: { begin: string; einde: string | null }): boolean {
  const eindA = a.einde ?? "9999-12-31";
  const eindB = b.einde ?? "9999-12-31";
  return a.begin <= eindB && b.begin <= eindA;
}
