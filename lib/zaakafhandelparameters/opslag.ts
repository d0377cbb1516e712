/** Storage of the zaakafhandelparameters (own table); values are parsed with ./model on the way in and out. */
import { eq } from "drizzle-orm";
import type { Database, Transaction } from "@/lib/db";
import { TAAKTYPEN, type Taaktype } from "@/lib/zaakafhandeling/contract";
import { ZaakafhandelparametersInvoer, ZaakafhandelparametersUit, type ZaakafhandelparametersUit as Parameters } from "./model";
import { zaakafhandelparameters } from "./schema";

export interface OpgeslagenParameters {
  zaaktype: string;
  parameters: Parameters;
  gewijzigd: Date;
  gewijzigdDoor: string;
}

type Rij = typeof zaakafhandelparameters.$inferSelect;

function uitRij(rij: Rij): OpgeslagenParameters {
  const gegevens = (rij.gegevens ?? {}) as Record<string, unknown>;
  // Columns win over the document (they are what the app filters on); defaults fill settings added later.
  const parameters = ZaakafhandelparametersUit.parse({
    ...ZaakafhandelparametersInvoer.parse({}),
    ...gegevens,
    taaktypen: { ...ZaakafhandelparametersInvoer.parse({}).taaktypen, ...((gegevens.taaktypen as object | undefined) ?? {}) },
    inGebruik: rij.inGebruik,
    domein: rij.domein,
    standaardGroep: rij.standaardGroep,
  });
  return { zaaktype: rij.zaaktype, parameters, gewijzigd: rij.gewijzigd, gewijzigdDoor: rij.gewijzigdDoor };
}

export async function leesParameters(db: Database | Transaction, zaaktype: string): Promise<OpgeslagenParameters | null> {
  const [rij] = await db.select().from(zaakafhandelparameters).where(eq(zaakafhandelparameters.zaaktype, zaaktype));
  return rij ? uitRij(rij) : null;
}

export async function alleParameters(db: Database | Transaction): Promise<Map<string, OpgeslagenParameters>> {
  const rijen = await db.select().from(zaakafhandelparameters);
  return new Map(rijen.map((r) => [r.zaaktype, uitRij(r)]));
}

/** Stores (insert or replace) the settings of one zaaktype. The input is parsed again: nothing unchecked is stored. */
export async function bewaarParameters(db: Database | Transaction, zaaktype: string, invoer: unknown, door: string): Promise<OpgeslagenParameters> {
  const p = ZaakafhandelparametersInvoer.parse(invoer);
  const waarden = {
    zaaktype,
    inGebruik: p.inGebruik,
    domein: p.domein,
    standaardGroep: p.standaardGroep,
    gegevens: p,
    gewijzigd: new Date(),
    gewijzigdDoor: door,
  };
  const [rij] = await db
    .insert(zaakafhandelparameters)
    .values(waarden)
    .onConflictDoUpdate({ target: zaakafhandelparameters.zaaktype, set: { ...waarden, zaaktype: undefined } })
    .returning();
  if (!rij) throw new Error("Opslaan van zaakafhandelparameters gaf geen rij terug.");
  return uitRij(rij);
}

// --- use in case handling -----------------------------------------------------------------------

/**
 * Whether a zaaktype may be offered for zaak starten.
 * - parameters present: only when "in gebruik";
 * - no parameters for this zaaktype while others have them: not offered (a new zaaktype waits for its beheerder);
 * - no parameters at all (an installation that does not use them yet): offered, with the #7 defaults.
 */
export function magGestartWorden(zaaktype: string, alle: ReadonlyMap<string, OpgeslagenParameters>): boolean {
  const eigen = alle.get(zaaktype);
  if (eigen) return eigen.parameters.inGebruik;
  return alle.size === 0;
}

/** The task types offered for a zaaktype with their default groep and doorlooptijd (all five without parameters). */
export function takenVoorZaaktype(p: Parameters | null): { taaktype: Taaktype; groep: string | null; doorlooptijdDagen: number | null }[] {
  if (!p) return TAAKTYPEN.map((taaktype) => ({ taaktype, groep: null, doorlooptijdDagen: null }));
  return TAAKTYPEN.filter((t) => p.taaktypen[t].actief).map((taaktype) => ({
    taaktype,
    groep: p.taaktypen[taaktype].groep,
    doorlooptijdDagen: p.taaktypen[taaktype].doorlooptijdDagen,
  }));
}
