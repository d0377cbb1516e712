import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

/** Test data for the Documenten API tests. */

export function eioBody(informatieobjecttype: string, extra: Record<string, unknown> = {}) {
  return {
    bronorganisatie: "002220647",
    creatiedatum: "2025-03-01",
    titel: "Aanvraag omgevingsvergunning",
    auteur: "Alex de Vries",
    taal: "dut",
    informatieobjecttype,
    ...extra,
  };
}

export function base64(tekst: string | Buffer): string {
  return Buffer.from(tekst).toString("base64");
}

/** A fresh, empty blob store directory (DOCUMENTEN_OPSLAG) for one test file. */
export async function tijdelijkeOpslag(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), "zac-documenten-"));
}
