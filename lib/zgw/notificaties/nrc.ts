import { maakZgwJwt } from "../auth/jwt";
import type { NotificatiesInstellingen } from "./env";

/** How long one call to the NRC may take; a hanging NRC must not hold a worker forever. */
export const NRC_TIMEOUT_MS = 10_000;

/**
 * A failed call to the NRC (`status` null: no answer). Every failure is retried: even a 400
 * ("kanaal bestaat niet") can pass later, once the kanaal is registered.
 */
export class NrcFout extends Error {
  constructor(
    message: string,
    readonly status: number | null,
  ) {
    super(message);
    this.name = "NrcFout";
  }
}

export interface Kanaal {
  naam: string;
  documentatieLink: string;
  filters: string[];
}

/**
 * The few calls this app makes to a Notificaties API (NRC 1.0): kanalen and publishing.
 * Authenticates with an HS256 JWT (`client_id` + `iat`), as every ZGW API.
 */
export class NrcClient {
  constructor(
    private readonly instellingen: Pick<NotificatiesInstellingen, "apiUrl" | "clientId" | "secret">,
    private readonly timeoutMs = NRC_TIMEOUT_MS,
  ) {}

  private async verzoek(method: string, pad: string, body?: unknown): Promise<Response> {
    const token = await maakZgwJwt(this.instellingen.clientId, this.instellingen.secret);
    const headers: Record<string, string> = { Authorization: `Bearer ${token}`, Accept: "application/json" };
    if (body !== undefined) headers["Content-Type"] = "application/json";
    let antwoord: Response;
    try {
      antwoord = await fetch(`${this.instellingen.apiUrl}${pad}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      // undici's "fetch failed" hides the reason (ECONNREFUSED, ENOTFOUND, certificate) in its cause.
      const oorzaak = (error as { cause?: { code?: string; message?: string } }).cause;
      const reden =
        error instanceof Error && error.name === "TimeoutError"
          ? `geen antwoord binnen ${this.timeoutMs} ms`
          : `${error instanceof Error ? error.message : String(error)}${oorzaak ? ` (${oorzaak.code ?? oorzaak.message})` : ""}`;
      throw new NrcFout(`${method} ${pad}: ${reden}`, null);
    }
    if (!antwoord.ok) {
      // The NRC's problem detail says why (unknown kanaal, missing scope); keep it short for the log and status.
      const tekst = (await antwoord.text().catch(() => "")).replace(/\s+/g, " ").slice(0, 500);
      throw new NrcFout(`${method} ${pad}: HTTP ${antwoord.status}${tekst ? ` ${tekst}` : ""}`, antwoord.status);
    }
    return antwoord;
  }

  /** GET /kanaal?naam=: the kanalen with this name (NRC 1.0 answers a plain array). */
  async zoekKanaal(naam: string): Promise<Kanaal[]> {
    const antwoord = await this.verzoek("GET", `/kanaal?naam=${encodeURIComponent(naam)}`);
    const body = (await antwoord.json()) as unknown;
    // Some NRCs paginate every list; accept both shapes.
    const lijst = Array.isArray(body) ? body : Array.isArray((body as { results?: unknown })?.results) ? (body as { results: unknown[] }).results : [];
    return lijst.filter((k): k is Kanaal => typeof k === "object" && k !== null && (k as Kanaal).naam === naam);
  }

  async maakKanaal(kanaal: Kanaal): Promise<void> {
    await this.verzoek("POST", "/kanaal", kanaal);
  }

  /** POST /notificaties with one message. */
  async publiceer(bericht: Record<string, unknown>): Promise<void> {
    await this.verzoek("POST", "/notificaties", bericht);
  }
}
