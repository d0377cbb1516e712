import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import type { Database, Transaction } from "@/lib/db";
import { toProblem } from "@/lib/errors";
import { getLogger } from "@/lib/log";
import { ZGW_APIS, type ZgwApi } from "@/lib/zgw/apis";
import { oasOperatie } from "@/lib/zgw/oas";
import { apiRoot, type ZgwContext } from "@/lib/zgw/route";
import { Autorisatiecontext, type Consumer } from "@/lib/zgw/scopes";

/**
 * Calls the ZGW APIs' own handlers in-process, inside the caller's transaction, as an
 * applicatie with all autorisaties: everything a request would do (validation, rules, derived
 * fields, audit trail, notification outbox) happens, only the JWT and the HTTP hop are
 * skipped. The handlers' own transactions become savepoints of `tx`, so a seed step stays
 * one transaction.
 */

type Handler<P> = (request: Request, ctx: ZgwContext<P>) => Promise<Response>;

export interface Gebruiker {
  id: string;
  weergave: string;
}

export class SeedAanroepFout extends Error {}

export function seedAanroeper(tx: Database | Transaction, applicatie: { clientId: string; label: string }) {
  let gebruiker: Gebruiker = { id: "", weergave: "" };
  const consumer = (): Consumer => ({
    clientId: applicatie.clientId,
    applicatie: { uuid: "00000000-0000-4000-8000-000000000000", label: applicatie.label, heeftAlleAutorisaties: true },
    autorisaties: [],
    gebruiker,
  });

  const tijden = new Map<string, { n: number; ms: number }>();
  // The handlers log every creation at info; a seed of hundreds of objects only warns.
  const log = getLogger().child({ seed: applicatie.clientId }, { level: "warn" });
  return {
    /** Calls and milliseconds per operation so far (to see where a seed spends its time). */
    tijden,
    /** The user the following calls act for (audit trail gebruikersId/-Weergave). */
    alsGebruiker(g: Gebruiker) {
      gebruiker = g;
    },
    async roep<P>(
      api: ZgwApi,
      operationId: string,
      handler: Handler<P>,
      method: string,
      pad: string,
      opties: { body?: unknown; params?: P; headers?: Record<string, string> } = {},
    ): Promise<Record<string, unknown>> {
      const root = apiRoot(api);
      const headers: Record<string, string> = { Accept: "application/json", ...opties.headers };
      if (opties.body !== undefined) headers["Content-Type"] = "application/json";
      const request = new Request(`${root}${pad}`, { method, headers, body: opties.body === undefined ? undefined : JSON.stringify(opties.body) });
      const ctx: ZgwContext<P> = {
        requestId: randomUUID(),
        log,
        params: (opties.params ?? {}) as P,
        api,
        // A Transaction is a Database for everything the handlers do (nested transactions
        // become savepoints).
        db: tx as Database,
        auth: new Autorisatiecontext(consumer(), ZGW_APIS[api].component),
        operatie: oasOperatie(api, operationId),
        apiRoot: root,
        verzoekUrl: new URL(request.url),
      };
      let response: Response;
      const t0 = performance.now();
      try {
        response = await handler(request, ctx);
        const t = tijden.get(operationId) ?? { n: 0, ms: 0 };
        tijden.set(operationId, { n: t.n + 1, ms: t.ms + performance.now() - t0 });
      } catch (error) {
        const p = toProblem(error);
        throw new SeedAanroepFout(`${method} ${pad} (${operationId}): ${p.status} ${JSON.stringify(p.body)}`, { cause: error });
      }
      const tekst = await response.text();
      if (!response.ok) throw new SeedAanroepFout(`${method} ${pad} (${operationId}): ${response.status} ${tekst}`);
      return tekst === "" ? {} : (JSON.parse(tekst) as Record<string, unknown>);
    },
  };
}

export type SeedAanroeper = ReturnType<typeof seedAanroeper>;
