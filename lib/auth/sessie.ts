/**
 * The session's user -> the PolicyGebruiker the policies get (lib/policy/invoer.ts), for both
 * IAM modes. Pure functions, so both modes are unit-tested without a login.
 */
import type { Config } from "@/lib/config";
import { domeinenUitRollen, type PolicyGebruiker } from "@/lib/policy";
import type { SessieGebruiker } from "./claims";

export type IamModus = Config["IAM_MODUS"];

/** The system role a user needs to log in at all in domain-role mode. */
export const SYSTEEMROL = "zaakafhandelcomponent_user";

/** Application roles from PABC, kept with the session (PABC mode). */
export interface SessiePabcRollen {
  perZaaktype: Record<string, string[]>;
  alleZaaktypen: string[];
}

/**
 * null when the user cannot be mapped: PABC mode without the PABC answer (PABC failed at
 * login). Domain-role mode: rollen = the app's client roles except `domein_*`; domeinen =
 * the `domein_*` roles among client and realm roles.
 */
export function policyGebruikerUitSessie(
  gebruiker: SessieGebruiker,
  iamModus: IamModus,
  pabc: SessiePabcRollen | null | undefined,
): PolicyGebruiker | null {
  if (iamModus === "pabc") {
    if (!pabc) return null;
    return { id: gebruiker.id, iamModus: "pabc", pabc: { perZaaktype: pabc.perZaaktype, alleZaaktypen: pabc.alleZaaktypen } };
  }
  return {
    id: gebruiker.id,
    iamModus: "domein",
    rollen: gebruiker.clientRollen.filter((rol) => !rol.startsWith("domein_")),
    domeinen: [...new Set(domeinenUitRollen([...gebruiker.clientRollen, ...gebruiker.functioneleRollen]))].sort(),
  };
}

export function heeftSysteemrol(gebruiker: SessieGebruiker): boolean {
  return gebruiker.functioneleRollen.includes(SYSTEEMROL) || gebruiker.clientRollen.includes(SYSTEEMROL);
}

/** The application roles a user has anywhere (for display, not for decisions). */
export function applicatieRollenSamenvatting(
  gebruiker: SessieGebruiker,
  iamModus: IamModus,
  pabc: SessiePabcRollen | null | undefined,
): string[] {
  const set = new Set<string>();
  if (iamModus === "pabc") {
    for (const rol of pabc?.alleZaaktypen ?? []) set.add(rol);
    for (const rollen of Object.values(pabc?.perZaaktype ?? {})) for (const rol of rollen) set.add(rol);
  } else {
    for (const rol of gebruiker.clientRollen) if (!rol.startsWith("domein_") && rol !== SYSTEEMROL) set.add(rol);
  }
  return [...set].sort();
}
