/**
 * Loopback HTTP vs in-process: what one ZGW call of the case-handling proxy costs each way.
 *
 * The proxy calls the ZGW APIs through one client (lib/zgw-client) over HTTP; with the default
 * roots that is loopback to this same process. This script measures the per-call latency of
 * the same ZGW route handler (Catalogi `zaaktype_list`, and `zaaktype_read`) called
 * (a) in-process: the handler function with a Request object, and
 * (b) over loopback HTTP: a node:http server on 127.0.0.1 that hands the request to the same
 *     handler, fetched with the proxy's client (JWT signing included in both).
 * The difference is the loopback overhead (TCP, HTTP parsing, body copy); Next.js's own
 * routing in front of a real server adds a little more.
 *
 *   npx tsx bench/zaakafhandeling/loopback.ts [aantal=300]
 *
 * Embedded PGlite in a temp dir with the demo catalogus; prints p50/p95/mean per call.
 */
import { mkdtemp, rm } from "node:fs/promises";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { Readable } from "node:stream";

const aantal = Number(process.argv[2] ?? 300);

function statistiek(tijden: number[]) {
  const s = [...tijden].sort((a, b) => a - b);
  const p = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
  return { p50: p(0.5), p95: p(0.95), gemiddeld: s.reduce((a, b) => a + b, 0) / s.length };
}

async function main() {
  const dir = await mkdtemp(path.join(os.tmpdir(), "zac-loopback-"));
  process.env.ZAC_DATA_DIR = dir;
  process.env.LOG_LEVEL = "silent";
  process.env.ZGW_EIGEN_CLIENT_SECRET = "bench-secret-van-genoeg-tekens";
  const { getDatabase, closeDatabase, migrateDatabase, runSeeds, demoSeedStappen } = await import("@/lib/db");
  const { zorgVoorEigenZgwClient } = await import("@/lib/zgw/autorisaties");
  const handle = await getDatabase();
  await migrateDatabase(handle);
  await runSeeds(handle.db, demoSeedStappen);
  await zorgVoorEigenZgwClient(handle.db);
  const lijst = await import("@/app/catalogi/api/v1/zaaktypen/route");
  const detail = await import("@/app/catalogi/api/v1/zaaktypen/[uuid]/route");
  const { maakZgwJwt } = await import("@/lib/zgw/auth/jwt");

  const token = async () => maakZgwJwt("zac-intern", "bench-secret-van-genoeg-tekens", { userId: "behandelaar1", userRepresentation: "Bench" });
  const headers = async () => ({ Authorization: `Bearer ${await token()}`, Accept: "application/json" });

  // A node:http front for the same handlers (what loopback adds).
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const request = new Request(url, { method: req.method, headers: req.headers as Record<string, string> });
    const m = /^\/catalogi\/api\/v1\/zaaktypen(?:\/([0-9a-f-]{36}))?$/.exec(url.pathname);
    const response = m?.[1]
      ? await detail.GET(request, { params: Promise.resolve({ uuid: m[1] }) })
      : await lijst.GET(request, { params: Promise.resolve({}) });
    res.writeHead(response.status, Object.fromEntries(response.headers));
    if (response.body) Readable.fromWeb(response.body as never).pipe(res);
    else res.end();
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as { port: number }).port;

  const eerste = (await (await lijst.GET(new Request("http://localhost/catalogi/api/v1/zaaktypen", { headers: await headers() }), { params: Promise.resolve({}) })).json()) as {
    results: { url: string }[];
  };
  const uuid = eerste.results[0]?.url.split("/").pop() ?? "";

  const scenarios: { naam: string; inProces: () => Promise<Response>; loopback: () => Promise<Response> }[] = [
    {
      naam: "GET /zaaktypen (lijst)",
      inProces: async () => lijst.GET(new Request("http://localhost/catalogi/api/v1/zaaktypen", { headers: await headers() }), { params: Promise.resolve({}) }),
      loopback: async () => fetch(`http://127.0.0.1:${port}/catalogi/api/v1/zaaktypen`, { headers: await headers() }),
    },
    {
      naam: "GET /zaaktypen/{uuid}",
      inProces: async () => detail.GET(new Request(`http://localhost/catalogi/api/v1/zaaktypen/${uuid}`, { headers: await headers() }), { params: Promise.resolve({ uuid }) }),
      loopback: async () => fetch(`http://127.0.0.1:${port}/catalogi/api/v1/zaaktypen/${uuid}`, { headers: await headers() }),
    },
  ];

  console.log(`Per-call latency (ms), ${aantal} calls each, after 30 warm-up calls; PGlite, demo catalogus.`);
  console.log("| call | in-process p50 | p95 | loopback HTTP p50 | p95 | overhead p50 |");
  console.log("|---|---|---|---|---|---|");
  for (const s of scenarios) {
    const meet = async (f: () => Promise<Response>) => {
      for (let i = 0; i < 30; i++) await (await f()).arrayBuffer();
      const tijden: number[] = [];
      for (let i = 0; i < aantal; i++) {
        const t0 = performance.now();
        const r = await f();
        await r.arrayBuffer();
        if (r.status !== 200) throw new Error(`${s.naam}: HTTP ${r.status}`);
        tijden.push(performance.now() - t0);
      }
      return statistiek(tijden);
    };
    const a = await meet(s.inProces);
    const b = await meet(s.loopback);
    const f = (n: number) => n.toFixed(2);
    console.log(`| ${s.naam} | ${f(a.p50)} | ${f(a.p95)} | ${f(b.p50)} | ${f(b.p95)} | ${f(b.p50 - a.p50)} |`);
  }
  server.close();
  await closeDatabase();
  await rm(dir, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
