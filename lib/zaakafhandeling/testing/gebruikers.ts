/**
 * Test users in PABC mode, shaped like the demo users (domain A = Omgevingsvergunning,
 * domain B = Bijzondere bijstand), and the IngelogdeGebruiker the session gate would give.
 * Used with vi.mock("@/lib/auth") so route handlers run without a browser login.
 */
import type { IngelogdeGebruiker } from "@/lib/auth/poort";
import type { SessieGebruiker } from "@/lib/auth/claims";
import { beoordeelToegang } from "@/lib/auth/toegang";

export const DOMEIN_A = "Omgevingsvergunning";
export const DOMEIN_B = "Bijzondere bijstand";

const ROLLEN: Record<string, Record<string, string[]>> = {
  behandelaar1: { [DOMEIN_A]: ["behandelaar"] },
  behandelaar2: { [DOMEIN_B]: ["behandelaar"] },
  raadpleger1: { [DOMEIN_A]: ["raadpleger"], [DOMEIN_B]: ["raadpleger"] },
  coordinator1: { [DOMEIN_A]: ["coordinator"] },
  recordmanager1: { [DOMEIN_A]: ["recordmanager"], [DOMEIN_B]: ["recordmanager"] },
};

export type TestGebruiker = keyof typeof ROLLEN;

export function ingelogd(naam: TestGebruiker): IngelogdeGebruiker {
  const gebruiker: SessieGebruiker = {
    id: naam,
    naam: `Test ${naam}`,
    email: null,
    groepen: ["groep-a"],
    functioneleRollen: [],
    clientRollen: [],
  };
  const uitkomst = beoordeelToegang(gebruiker, { iamModus: "pabc", pabc: { perZaaktype: ROLLEN[naam] ?? {}, alleZaaktypen: [] } });
  if (!uitkomst.toegang) throw new Error(`testgebruiker ${naam} heeft geen toegang: ${uitkomst.uitleg}`);
  return { gebruiker, policyGebruiker: uitkomst.policyGebruiker, beheerder: uitkomst.beheerder, rollen: [] };
}
