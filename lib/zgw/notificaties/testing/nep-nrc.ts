import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { decodeJwt, jwtVerify } from "jose";
import { Writable } from "node:stream";
import { createLogger } from "@/lib/log";

export const NRC = "https://nrc.test.example/api/v1";
export const NRC_CLIENT = { clientId: "zac-test", secret: "nrc-geheim-voor-tests-1234" };

/**
 * A fake Notificaties API (msw): kanalen in memory, every published message recorded. Only
 * requests with a valid HS256 JWT of NRC_CLIENT are accepted (403 otherwise), as a real NRC.
 * `storing` makes POST /notificaties answer that status; "netwerk" drops the connection of every call.
 */
export function nepNrc() {
  const kanalen: { naam: string; documentatieLink: string; filters: string[] }[] = [];
  const berichten: Record<string, unknown>[] = [];
  const verzoeken: string[] = [];
  let storing: number | "netwerk" | null = null;
  let vertraging = () => 0;

  async function geldig(request: Request): Promise<boolean> {
    const token = /^Bearer (.+)$/.exec(request.headers.get("authorization") ?? "")?.[1];
    if (!token) return false;
    try {
      await jwtVerify(token, new TextEncoder().encode(NRC_CLIENT.secret), { algorithms: ["HS256"] });
      return decodeJwt(token).client_id === NRC_CLIENT.clientId;
    } catch {
      return false;
    }
  }

  const server = setupServer(
    http.get(`${NRC}/kanaal`, async ({ request }) => {
      verzoeken.push(`GET ${new URL(request.url).pathname}${new URL(request.url).search}`);
      if (!(await geldig(request))) return HttpResponse.json({ detail: "geen toegang" }, { status: 403 });
      if (storing === "netwerk") return HttpResponse.error();
      const naam = new URL(request.url).searchParams.get("naam");
      return HttpResponse.json(kanalen.filter((k) => naam === null || k.naam === naam).map((k) => ({ url: `${NRC}/kanaal/${k.naam}`, ...k })));
    }),
    http.post(`${NRC}/kanaal`, async ({ request }) => {
      verzoeken.push("POST /kanaal");
      if (!(await geldig(request))) return HttpResponse.json({ detail: "geen toegang" }, { status: 403 });
      if (storing === "netwerk") return HttpResponse.error();
      const body = (await request.json()) as (typeof kanalen)[number];
      if (kanalen.some((k) => k.naam === body.naam)) return HttpResponse.json({ naam: ["bestaat al"] }, { status: 400 });
      kanalen.push(body);
      return HttpResponse.json({ url: `${NRC}/kanaal/${body.naam}`, ...body }, { status: 201 });
    }),
    http.post(`${NRC}/notificaties`, async ({ request }) => {
      verzoeken.push("POST /notificaties");
      const wacht = vertraging();
      if (wacht > 0) await new Promise((r) => setTimeout(r, wacht));
      if (!(await geldig(request))) return HttpResponse.json({ detail: "geen toegang" }, { status: 403 });
      if (storing === "netwerk") return HttpResponse.error();
      if (storing !== null) return HttpResponse.json({ detail: "storing" }, { status: storing });
      const bericht = (await request.json()) as Record<string, unknown>;
      berichten.push(bericht);
      return HttpResponse.json(bericht, { status: 201 });
    }),
  );
  return {
    kanalen,
    berichten,
    verzoeken,
    storing(status: number | "netwerk" | null) {
      storing = status;
    },
    vertraag(fn: () => number) {
      vertraging = fn;
    },
    start: () => server.listen({ onUnhandledRequest: "error" }),
    herstel() {
      kanalen.length = 0;
      berichten.length = 0;
      verzoeken.length = 0;
      storing = null;
      vertraging = () => 0;
    },
    stop: () => server.close(),
  };
}

/** A pino logger whose lines a test can read. */
export function testLogger() {
  const regels: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk, _enc, klaar) {
      for (const r of String(chunk).split("\n").filter(Boolean)) regels.push(JSON.parse(r) as Record<string, unknown>);
      klaar();
    },
  });
  return { regels, log: createLogger({ level: "debug", destination }) };
}
