/**
 * Server-side gate helpers for pages and route handlers. The proxy (proxy.ts) applies the same
 * checks to every request first; these repeat them where the data is used (defence in depth)
 * and hand the caller the PolicyGebruiker for its own decisions.
 */
import type { Session } from "next-auth";
import { redirect } from "next/navigation";
import { getConfig } from "@/lib/config";
import { AppError } from "@/lib/errors";
import type { PolicyGebruiker } from "@/lib/policy";
import { auth } from "./auth";
import type { SessieGebruiker } from "./claims";
import { beoordeelToegang, type ToegangsUitkomst } from "./toegang";

export interface IngelogdeGebruiker {
  gebruiker: SessieGebruiker;
  policyGebruiker: PolicyGebruiker;
  beheerder: boolean;
  rollen: string[];
}

/** Only a local path may be a return address after login (no open redirect). */
export function veiligTerugpad(terug: string | null | undefined): string {
  if (!terug || !terug.startsWith("/") || terug.startsWith("//") || terug.startsWith("/\\")) return "/";
  return terug;
}

export function inlogUrl(terug: string): string {
  return `/inloggen?terug=${encodeURIComponent(veiligTerugpad(terug))}`;
}

/** The access decision for a session (null = not logged in). */
export function toegangVoorSessie(sessie: Session | null): ToegangsUitkomst | null {
  if (!sessie?.gebruiker) return null;
  return beoordeelToegang(sessie.gebruiker, {
    iamModus: getConfig().IAM_MODUS,
    pabc: sessie.pabc ?? null,
    pabcFout: sessie.pabcFout ?? null,
  });
}

/** The session, or null; never redirects. For the shell and public pages. */
export async function huidigeSessie(): Promise<Session | null> {
  const sessie = await auth();
  return sessie?.gebruiker ? sessie : null;
}

/**
 * For pages: the logged-in user with access. Not logged in -> the login; no access (no read
 * role for any zaaktype, missing system role, PABC down) -> the Dutch 403 page.
 */
export async function vereisGebruiker(opties: { terug?: string; beheer?: boolean } = {}): Promise<IngelogdeGebruiker> {
  const sessie = await huidigeSessie();
  const uitkomst = toegangVoorSessie(sessie);
  if (!sessie?.gebruiker || !uitkomst) redirect(inlogUrl(opties.terug ?? "/"));
  if (!uitkomst.toegang) redirect("/geen-toegang");
  if (opties.beheer && !uitkomst.beheerder) redirect("/geen-toegang?reden=beheer");
  return { gebruiker: sessie.gebruiker, policyGebruiker: uitkomst.policyGebruiker, beheerder: uitkomst.beheerder, rollen: sessie.rollen ?? [] };
}

/** For route handlers: as vereisGebruiker, but 401/403 as AppError (problem+json via route()). */
export async function vereisApiGebruiker(_request?: Request, opties: { beheer?: boolean } = {}): Promise<IngelogdeGebruiker> {
  const sessie = await huidigeSessie();
  const uitkomst = toegangVoorSessie(sessie);
  if (!sessie?.gebruiker || !uitkomst) {
    throw new AppError("not_authenticated", {
      detail: "Log in om deze gegevens te gebruiken.",
      headers: { "WWW-Authenticate": 'Bearer realm="zaakafhandelcomponent"' },
    });
  }
  if (!uitkomst.toegang) throw new AppError("permission_denied", { detail: uitkomst.uitleg, extensions: { reden: uitkomst.reden } });
  if (opties.beheer && !uitkomst.beheerder) {
    throw new AppError("permission_denied", { detail: "Alleen een beheerder mag dit.", extensions: { reden: "geen-beheerder" } });
  }
  return { gebruiker: sessie.gebruiker, policyGebruiker: uitkomst.policyGebruiker, beheerder: uitkomst.beheerder, rollen: sessie.rollen ?? [] };
}
