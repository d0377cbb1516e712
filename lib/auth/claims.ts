/**
 * From token claims (Keycloak's names) to the user the session knows. Only the claims the
 * app uses are read; unknown claims are ignored, malformed ones rejected.
 */
import { z } from "zod";
import { AppError } from "@/lib/errors";

const rollenSchema = z.object({ roles: z.array(z.string()).default([]) });

const claimsSchema = z.object({
  preferred_username: z.string().min(1),
  name: z.string().optional(),
  given_name: z.string().optional(),
  family_name: z.string().optional(),
  email: z.string().optional(),
  group_membership: z.array(z.string()).optional(),
  realm_access: rollenSchema.optional(),
  resource_access: z.record(z.string(), rollenSchema).optional(),
});

/** The user as the session keeps it: no tokens, nothing secret. */
export interface SessieGebruiker {
  /** `preferred_username` (ZAC identifies users by their username). */
  id: string;
  naam: string;
  email: string | null;
  /** Group names (`group_membership`, without the leading path slash). */
  groepen: string[];
  /** Functional roles: Keycloak realm roles (`realm_access.roles`). */
  functioneleRollen: string[];
  /** Client roles of the app's client (`resource_access.<client>.roles`). */
  clientRollen: string[];
}

function groepNaam(pad: string): string {
  const delen = pad.split("/").filter(Boolean);
  return delen[delen.length - 1] ?? pad;
}

export function gebruikerUitClaims(claims: unknown, clientId: string): SessieGebruiker {
  const uitkomst = claimsSchema.safeParse(claims);
  if (!uitkomst.success) {
    throw new AppError("not_authenticated", {
      detail: "Het token van de inlogdienst mist gegevens (preferred_username) of is ongeldig.",
      cause: uitkomst.error,
    });
  }
  const c = uitkomst.data;
  const naam = c.name?.trim() || [c.given_name, c.family_name].filter(Boolean).join(" ").trim() || c.preferred_username;
  const uniek = (lijst: string[]) => [...new Set(lijst)].sort();
  return {
    id: c.preferred_username,
    naam,
    email: c.email ?? null,
    groepen: uniek((c.group_membership ?? []).map(groepNaam)),
    functioneleRollen: uniek(c.realm_access?.roles ?? []),
    clientRollen: uniek(c.resource_access?.[clientId]?.roles ?? []),
  };
}
