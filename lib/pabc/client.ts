import { z } from "zod";
import { getConfig } from "@/lib/config";
import { PABC_APPLICATIE } from "@/lib/demo/domeinen";
import { AppError } from "@/lib/errors";
import {
  DEMO_PABC_SLEUTEL,
  GetApplicationRolesResponse,
  GetGroupsByApplicationRoleAndEntityTypeResponse,
  PABC_PADEN,
} from "./contract";

/** Application roles of one user, from PABC. */
export interface PabcRollen {
  /** Zaaktype (entity type id = omschrijving) -> ZAC application roles for that zaaktype. */
  perZaaktype: Record<string, string[]>;
  /** Roles that hold for every zaaktype (PABC results without entityType). */
  alleZaaktypen: string[];
}

export interface PabcGroep {
  naam: string;
  omschrijving: string | null;
}

export interface PabcClient {
  /** Application roles of ZAC that these functional roles (Keycloak realm roles) grant. */
  applicatieRollen(functioneleRollen: readonly string[]): Promise<PabcRollen>;
  /** Groups whose functional roles grant `applicatieRol` on `zaaktype`. */
  groepen(vraag: { applicatieRol: string; zaaktype: string }): Promise<PabcGroep[]>;
}

export interface PabcClientOpties {
  /** Base URL including `/api/v1`. */
  baseUrl: string;
  apiKey: string;
  timeoutMs?: number;
  /** For tests; defaults to the global fetch. */
  fetch?: typeof fetch;
}

const ENTITEIT_TYPE_ZAAKTYPE = "zaaktype";

const NIET_BEREIKBAAR =
  "PABC (autorisatiebeheer) is niet bereikbaar, dus je rechten kunnen nu niet worden bepaald. Probeer het over een paar minuten opnieuw; blijft dit gebeuren, neem dan contact op met je beheerder.";
const SLEUTEL_GEWEIGERD =
  "De API-sleutel voor PABC wordt geweigerd, dus je rechten kunnen niet worden bepaald. Dit is een instellingsfout (PABC_API_KEY): neem contact op met je beheerder.";
const ONVERWACHT =
  "PABC (autorisatiebeheer) gaf een antwoord dat de app niet begrijpt, dus je rechten kunnen niet worden bepaald. Neem contact op met je beheerder.";

export function createPabcClient(opties: PabcClientOpties): PabcClient {
  const base = opties.baseUrl.replace(/\/+$/, "");
  const timeoutMs = opties.timeoutMs ?? 5_000;
  const doFetch = opties.fetch ?? fetch;

  async function vraag<T>(pad: string, init: RequestInit, schema: z.ZodType<T>): Promise<T> {
    const url = `${base}${pad}`;
    let response: Response;
    try {
      response = await doFetch(url, {
        ...init,
        headers: { Accept: "application/json", "X-API-KEY": opties.apiKey, ...(init.headers as Record<string, string>) },
        signal: AbortSignal.timeout(timeoutMs),
        cache: "no-store",
      });
    } catch (error) {
      const timeout = error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
      throw new AppError("service_unavailable", {
        detail: NIET_BEREIKBAAR,
        extensions: { oorzaak: timeout ? `geen antwoord binnen ${timeoutMs} ms` : "verbinding mislukt" },
        cause: error,
      });
    }
    if (response.status === 401 || response.status === 403) {
      await response.arrayBuffer().catch(() => undefined);
      throw new AppError("service_unavailable", { detail: SLEUTEL_GEWEIGERD, extensions: { oorzaak: `PABC antwoordde ${response.status}` } });
    }
    if (response.status >= 500) {
      await response.arrayBuffer().catch(() => undefined);
      throw new AppError("service_unavailable", { detail: NIET_BEREIKBAAR, extensions: { oorzaak: `PABC antwoordde ${response.status}` } });
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch (error) {
      throw new AppError("service_unavailable", { detail: ONVERWACHT, extensions: { oorzaak: "geen JSON" }, cause: error });
    }
    if (!response.ok) {
      // A 400 means this app asked something PABC does not accept: a bug or a version mismatch.
      throw new AppError("error", {
        detail: ONVERWACHT,
        extensions: { oorzaak: `PABC antwoordde ${response.status}`, pabc: body },
      });
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      throw new AppError("service_unavailable", {
        detail: ONVERWACHT,
        extensions: { oorzaak: "antwoord voldoet niet aan het PABC-contract" },
        cause: parsed.error,
      });
    }
    return parsed.data;
  }

  return {
    async applicatieRollen(functioneleRollen) {
      const antwoord = await vraag(
        PABC_PADEN.applicatieRollen,
        {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ functionalRoleNames: [...functioneleRollen] }),
        },
        GetApplicationRolesResponse,
      );
      return naarPabcRollen(antwoord);
    },

    async groepen({ applicatieRol, zaaktype }) {
      const query = new URLSearchParams({
        "application-name": PABC_APPLICATIE,
        "application-role-name": applicatieRol,
        "entity-type-id": zaaktype,
        "entity-type": ENTITEIT_TYPE_ZAAKTYPE,
      });
      const antwoord = await vraag(
        `${PABC_PADEN.groepen}?${query}`,
        { method: "GET" },
        GetGroupsByApplicationRoleAndEntityTypeResponse,
      );
      return antwoord.groups.map((g) => ({ naam: g.name, omschrijving: g.description ?? null }));
    },
  };
}

/**
 * PABC's answer -> ZAC's roles: only roles of application "zaakafhandelcomponent"
 * (case-insensitively), only entity types of type zaaktype; role names in lower case as the
 * policies use them.
 */
export function naarPabcRollen(antwoord: GetApplicationRolesResponse): PabcRollen {
  const perZaaktype = new Map<string, Set<string>>();
  const alle = new Set<string>();
  for (const result of antwoord.results) {
    const rollen = result.applicationRoles
      .filter((r) => r.application.toLowerCase() === PABC_APPLICATIE)
      .map((r) => r.name.toLowerCase());
    if (rollen.length === 0) continue;
    if (!result.entityType) {
      rollen.forEach((r) => alle.add(r));
    } else if (result.entityType.type.toLowerCase() === ENTITEIT_TYPE_ZAAKTYPE) {
      const set = perZaaktype.get(result.entityType.id) ?? new Set<string>();
      rollen.forEach((r) => set.add(r));
      perZaaktype.set(result.entityType.id, set);
    }
  }
  return {
    perZaaktype: Object.fromEntries([...perZaaktype].map(([k, v]) => [k, [...v].sort()])),
    alleZaaktypen: [...alle].sort(),
  };
}

/** Base URL and key from configuration: PABC_URL, or the built-in API of this app. */
export function pabcVerbinding(config = getConfig()): { baseUrl: string; apiKey: string; ingebouwd: boolean } {
  if (config.PABC_URL) {
    if (!config.PABC_API_KEY) {
      throw new AppError("service_unavailable", {
        detail: "PABC_URL is ingesteld maar PABC_API_KEY niet, dus je rechten kunnen niet worden bepaald. Neem contact op met je beheerder.",
      });
    }
    return { baseUrl: config.PABC_URL, apiKey: config.PABC_API_KEY, ingebouwd: false };
  }
  return { baseUrl: `${config.internalUrl}/pabc/api/v1`, apiKey: config.PABC_API_KEY ?? DEMO_PABC_SLEUTEL, ingebouwd: true };
}

/** The client for the configured PABC. */
export function getPabcClient(timeoutMs?: number): PabcClient {
  const { baseUrl, apiKey } = pabcVerbinding();
  return createPabcClient({ baseUrl, apiKey, ...(timeoutMs !== undefined ? { timeoutMs } : {}) });
}
