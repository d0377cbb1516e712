/**
 * Keycloak admin REST client (groups and their members, for the assignment pickers), with a
 * client-credentials token of the service-account client. Works against Keycloak and against
 * the built-in provider, which answers the same paths.
 */
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { authInstellingen, type AuthInstellingen } from "./instellingen";
import { dienstToken } from "./oidc";

const groepSchema = z.object({ id: z.string(), name: z.string(), path: z.string().optional() });
const gebruikerSchema = z.object({
  id: z.string(),
  username: z.string(),
  firstName: z.string().optional(),
  lastName: z.string().optional(),
  email: z.string().optional(),
  enabled: z.boolean().optional(),
});

export interface KeycloakGroep {
  id: string;
  naam: string;
}
export interface KeycloakGebruiker {
  id: string;
  gebruikersnaam: string;
  naam: string;
  email: string | null;
}

export interface KeycloakAdminClient {
  groepen(zoek?: string): Promise<KeycloakGroep[]>;
  groepLeden(groepId: string): Promise<KeycloakGebruiker[]>;
  groepenMetRol(realmRol: string): Promise<KeycloakGroep[]>;
}

export function createKeycloakAdminClient(
  instellingen: AuthInstellingen,
  opties: { fetch?: typeof fetch; token?: () => Promise<string> } = {},
): KeycloakAdminClient {
  const doeFetch = opties.fetch ?? fetch;
  const token = opties.token ?? (() => dienstToken(instellingen));

  async function haal<T>(pad: string, schema: z.ZodType<T>): Promise<T> {
    let antwoord: Response;
    try {
      antwoord = await doeFetch(`${instellingen.adminUrl}${pad}`, {
        headers: { Authorization: `Bearer ${await token()}`, Accept: "application/json" },
        signal: AbortSignal.timeout(10_000),
      });
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw new AppError("service_unavailable", { detail: "De inlogdienst (Keycloak) is niet bereikbaar.", cause: error });
    }
    if (antwoord.status === 404) throw new AppError("not_found", { detail: "Deze groep bestaat niet (meer) in Keycloak." });
    if (!antwoord.ok) {
      throw new AppError("service_unavailable", {
        detail: `De inlogdienst (Keycloak) weigerde het opvragen van groepen (HTTP ${antwoord.status}).`,
      });
    }
    const uitkomst = schema.safeParse(await antwoord.json());
    if (!uitkomst.success) {
      throw new AppError("service_unavailable", { detail: "De inlogdienst (Keycloak) gaf een onverwacht antwoord.", cause: uitkomst.error });
    }
    return uitkomst.data;
  }

  const naarGroep = (g: z.infer<typeof groepSchema>): KeycloakGroep => ({ id: g.id, naam: g.name });
  return {
    async groepen(zoek) {
      const query = new URLSearchParams({ briefRepresentation: "true", max: "500", ...(zoek ? { search: zoek } : {}) });
      return (await haal(`/groups?${query}`, z.array(groepSchema))).map(naarGroep);
    },
    async groepLeden(groepId) {
      const leden = await haal(`/groups/${encodeURIComponent(groepId)}/members?max=500`, z.array(gebruikerSchema));
      return leden.map((u) => ({
        id: u.id,
        gebruikersnaam: u.username,
        naam: [u.firstName, u.lastName].filter(Boolean).join(" ") || u.username,
        email: u.email ?? null,
      }));
    },
    async groepenMetRol(realmRol) {
      return (await haal(`/roles/${encodeURIComponent(realmRol)}/groups?max=500`, z.array(groepSchema))).map(naarGroep);
    },
  };
}

export function getKeycloakAdminClient(): KeycloakAdminClient {
  return createKeycloakAdminClient(authInstellingen());
}
