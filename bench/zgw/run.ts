/**
 * `npm run bench:zgw [-- --zaken 1000000] [--opnieuw] [--duur 10] [--verbindingen 1,10,50] [--alleen zaak-detail,...]`
 *
 * Load test of the ZGW APIs as Open Zaak measures them (1 catalogus with 100 zaaktypen and a
 * million zaken, documenten and besluiten): a persistent PostgreSQL cluster in
 * .cache/bench/pg, the data set built once (a marker row records N; `--opnieuw` or another N
 * rebuilds), the production build served by `tsx server.ts`, and autocannon on loopback per
 * endpoint and concurrency. Prints requests/s, p50/p95/p99, errors and non-2xx, and a markdown
 * table for the README. Not a test: the targets are reported, not asserted.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import pg from "pg";
import { findFreePort } from "@/lib/db/testing/pg-cluster";
import { startBenchCluster } from "./cluster";
import { BenchContextLaden, EINDPUNTEN, type BenchContext, type Eindpunt } from "./eindpunten";
import { markdownTabel, percentiel, type Meting } from "./rapport";

const ROOT = path.resolve(import.meta.dirname, "../..");
const CACHE = path.join(ROOT, ".cache/bench");
/** URLs in bodies are built on this; requests go to loopback (the host is never resolved). */
const PUBLIC_URL = "http://zac-bench.localhost";
const CLIENT_ID = "zac-bench";
const CLIENT_SECRET = "bench-alleen-lokaal-geheim-0123456789abcdef";
const ENV_PRODUCTIE: Record<string, string> = {
  NODE_ENV: "production",
  BUILTIN_IDP_IN_PRODUCTION: "true",
  PABC_API_KEY: "zac-demo-pabc-sleutel",
  ZGW_ENCRYPTION_KEY: "bench-alleen-voor-metingen-versleutelsleutel-0123456789",
  AUTH_SECRET: "bench-alleen-voor-metingen-sessiegeheim-0123456789abcdef",
  ZAC_PUBLIC_URL: PUBLIC_URL,
  ZAC_DEMO_SEED: "false",
  DOCUMENTEN_OPSLAG: path.join(CACHE, "documenten"),
  LOG_LEVEL: "warn",
};

const { values } = parseArgs({
  options: {
    zaken: { type: "string", default: "1000000" },
    opnieuw: { type: "boolean", default: false },
    duur: { type: "string", default: "10" },
    verbindingen: { type: "string", default: "1,10,50" },
    alleen: { type: "string" },
    pool: { type: "string", default: "20" },
    kopie: { type: "boolean", default: false },
    "kopie-hergebruiken": { type: "boolean", default: false },
  },
});
const N = Number(values.zaken.replace(/[_.]/g, ""));
const DUUR = Number(values.duur);
const VERBINDINGEN = values.verbindingen.split(",").map(Number);
const log = (s: string) => process.stdout.write(`${s}\n`);

/** The directory the app (and the data set CLI) run from: the project, or with --kopie a built snapshot. */
let APP = ROOT;

function voerUit(cmd: string, args: string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const p = spawn(cmd, args, { cwd, stdio: "inherit" });
    p.on("exit", (c) => (c === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(" ")} stopte met code ${c}`))));
  });
}

/**
 * --kopie: a snapshot of the sources in .cache/bench/app with its own production build, so a
 * benchmark neither waits for nor disturbs the project's .next (other work may be building
 * or serving it). node_modules is hard-linked (same file system, seconds).
 */
async function maakKopie(): Promise<string> {
  const doel = path.join(CACHE, "app");
  await fs.mkdir(doel, { recursive: true });
  if (values["kopie-hergebruiken"] && existsSync(path.join(doel, ".next/BUILD_ID"))) {
    log(`Bestaande kopie met build in ${doel} hergebruikt (bronnen en build van de vorige --kopie).`);
    return doel;
  }
  const overslaan = new Set(["node_modules", ".next", ".cache", ".data", "test-results", ".git"]);
  for (const naam of await fs.readdir(doel)) if (!overslaan.has(naam)) await fs.rm(path.join(doel, naam), { recursive: true, force: true });
  for (const naam of await fs.readdir(ROOT)) {
    if (overslaan.has(naam)) continue;
    await voerUit("cp", ["-a", path.join(ROOT, naam), path.join(doel, naam)], ROOT);
  }
  if (!existsSync(path.join(doel, "node_modules"))) await voerUit("cp", ["-al", path.join(ROOT, "node_modules"), path.join(doel, "node_modules")], ROOT);

  log(`Productiebuild van de kopie in ${doel} ...`);
  const t0 = Date.now();
  await voerUit("npx", ["next", "build"], doel);
  log(`Build klaar in ${((Date.now() - t0) / 1000).toFixed(0)} s.`);
  return doel;
}

function wacht(ms: number) {
  return new Promise((r) => setTimeout(r, ms));
}

async function bouwDataset(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let marker: { zaken: number; seconden: number } | null = null;
  try {
    const { rows } = await client.query("select to_regclass('bench_zgw_dataset')::text as t");
    if (rows[0]?.t) {
      const r = await client.query("select zaken, seconden from bench_zgw_dataset where id = 1");
      if (r.rows[0]) marker = { zaken: Number(r.rows[0].zaken), seconden: Number(r.rows[0].seconden) };
    }
  } finally {
    await client.end();
  }
  if (marker && marker.zaken === N && !values.opnieuw) {
    log(`Dataset met ${N.toLocaleString("nl-NL")} zaken staat er al (gebouwd in ${marker.seconden.toFixed(1)} s).`);
    return marker.seconden;
  }
  log(`Dataset bouwen: ${N.toLocaleString("nl-NL")} zaken ...`);
  const args = ["tsx", "lib/zgw/dataset/cli.ts", "--zaken", String(N), ...(marker ? ["--opnieuw"] : [])];
  const code = await new Promise<number>((resolve) => {
    const p = spawn("npx", args, { cwd: APP, env: { ...process.env, ...ENV_PRODUCTIE, DATABASE_URL: url } as NodeJS.ProcessEnv, stdio: "inherit" });
    p.on("exit", (c) => resolve(c ?? 1));
  });
  if (code !== 0) throw new Error("zgw:dataset mislukt");
  const client2 = new pg.Client({ connectionString: url });
  await client2.connect();
  try {
    const r = await client2.query("select seconden from bench_zgw_dataset where id = 1");
    return Number(r.rows[0]?.seconden ?? 0);
  } finally {
    await client2.end();
  }
}

async function startApp(dbUrl: string, port: number): Promise<ChildProcess> {
  const app = spawn("npx", ["tsx", "server.ts"], {
    cwd: APP,
    env: { ...process.env, ...ENV_PRODUCTIE, DATABASE_URL: dbUrl, DATABASE_POOL_MAX: values.pool, PORT: String(port), HOST: "127.0.0.1" } as NodeJS.ProcessEnv,
    stdio: ["ignore", "inherit", "inherit"],
    detached: true,
  });
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (app.exitCode !== null) throw new Error(`de app stopte tijdens het starten (code ${app.exitCode})`);
    try {
      const r = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (r.ok) return app;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error("de app startte niet binnen 180 s");
    await wacht(500);
  }
}

function stopApp(app: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (app.exitCode !== null || app.pid === undefined) return resolve();
    app.once("exit", () => resolve());
    try {
      process.kill(-app.pid, "SIGTERM");
    } catch {
      resolve();
    }
    setTimeout(() => {
      try {
        if (app.pid !== undefined) process.kill(-app.pid, "SIGKILL");
      } catch {
        // Already gone.
      }
    }, 10_000).unref();
  });
}

/** Registers the bench client with all autorisaties, in the app's own tables (same encryption key). */
async function registreerClient(dbUrl: string): Promise<string> {
  Object.assign(process.env, ENV_PRODUCTIE, { DATABASE_URL: dbUrl });
  const { getDatabase, closeDatabase } = await import("@/lib/db");
  const { registreerApplicatie } = await import("@/lib/zgw/autorisaties/registratie");
  const { maakZgwJwt } = await import("@/lib/zgw/auth/jwt");
  const { db } = await getDatabase();
  await registreerApplicatie(db, { clientId: CLIENT_ID, secret: CLIENT_SECRET, label: "Benchmark", alleAutorisaties: true });
  await closeDatabase();
  return maakZgwJwt(CLIENT_ID, CLIENT_SECRET, { userId: "bench", userRepresentation: "Benchmark" });
}

async function meet(basis: string, ep: Eindpunt, ctx: BenchContext, verbindingen: number, duur: number): Promise<Meting> {
  const latenties: number[] = [];
  let eersteFout: string | undefined;
  let klaar!: (r: autocannon.Result) => void;
  let mislukt!: (e: unknown) => void;
  const resultaat = new Promise<autocannon.Result>((resolve, reject) => {
    klaar = resolve;
    mislukt = reject;
  });
  const opties: autocannon.Options = {
    url: basis,
    connections: verbindingen,
    duration: duur,
    pipelining: 1,
    timeout: 30,
    requests: [
      {
        setupRequest: (req: autocannon.Request) => {
          const v = ep.verzoek(ctx);
          return {
            ...req,
            method: v.method,
            path: v.pad,
            headers: { Authorization: `Bearer ${ctx.token}`, Accept: "application/json", ...(v.body ? { "Content-Type": "application/json" } : {}), ...v.headers },
            body: v.body,
          };
        },
        onResponse: (status: number, body: string) => {
          if (status >= 300 && eersteFout === undefined) eersteFout = `${status} ${String(body).slice(0, 300)}`;
        },
      },
    ],
  };
  const instantie = autocannon(opties, (err, r) => (err ? mislukt(err) : klaar(r)));
  instantie.on("response", (_client: unknown, _status: number, _bytes: number, ms: number) => latenties.push(ms));
  const r = await resultaat;
  latenties.sort((a, b) => a - b);
  return {
    eindpunt: ep.naam,
    verbindingen,
    perSeconde: r.requests.total / duur,
    totaal: r.requests.total,
    p50: percentiel(latenties, 50),
    p95: percentiel(latenties, 95),
    p99: percentiel(latenties, 99),
    fouten: r.errors + r.timeouts,
    niet2xx: r.non2xx,
    ...(eersteFout ? { eersteFout } : {}),
  };
}

async function main(): Promise<void> {
  if (values.kopie || values["kopie-hergebruiken"]) APP = await maakKopie();
  if (!existsSync(path.join(APP, ".next/BUILD_ID"))) {
    log("Er is geen productiebuild (.next/BUILD_ID ontbreekt). Bouw eerst: npx next build");
    process.exitCode = 1;
    return;
  }
  if (!Number.isInteger(N) || N < 100) throw new Error("--zaken moet een geheel getal >= 100 zijn");
  await fs.mkdir(CACHE, { recursive: true });
  const cluster = await startBenchCluster(path.join(CACHE, "pg"), log);
  log(`PostgreSQL: ${cluster.url}${cluster.nieuw ? " (nieuw cluster)" : ""}`);
  let app: ChildProcess | undefined;
  try {
    const bouwtijd = await bouwDataset(cluster.url);
    const token = await registreerClient(cluster.url);
    const port = await findFreePort();
    log(`App starten op 127.0.0.1:${port} (productiebuild) ...`);
    app = await startApp(cluster.url, port);
    const basis = `http://127.0.0.1:${port}`;

    const client = new pg.Client({ connectionString: cluster.url });
    await client.connect();
    let ctx: BenchContext;
    try {
      ctx = await BenchContextLaden(client, token);
    } finally {
      await client.end();
    }
    const gekozen = values.alleen ? EINDPUNTEN.filter((e) => values.alleen!.split(",").includes(e.naam)) : EINDPUNTEN;
    const metingen: Meting[] = [];
    for (const ep of gekozen) {
      // Warm-up: JIT of the route bundle, connection pool, plan caches.
      await meet(basis, ep, ctx, 4, 2);
      for (const v of VERBINDINGEN) {
        const m = await meet(basis, ep, ctx, v, DUUR);
        metingen.push(m);
        log(
          `${ep.naam.padEnd(22)} c=${String(v).padStart(2)}  ${m.perSeconde.toFixed(1).padStart(7)} req/s  p50 ${m.p50.toFixed(1)} ms  p95 ${m.p95.toFixed(1)} ms  p99 ${m.p99.toFixed(1)} ms  fouten ${m.fouten}  niet-2xx ${m.niet2xx}`,
        );
        if (m.eersteFout) log(`  eerste niet-2xx: ${m.eersteFout}`);
      }
    }
    const tabel = markdownTabel(metingen, { zaken: N, bouwtijd });
    log(`\nDataset: ${N.toLocaleString("nl-NL")} zaken/documenten/besluiten, bouwtijd ${bouwtijd.toFixed(1)} s\n`);
    log(tabel);
    await fs.writeFile(path.join(CACHE, "zgw-resultaten.json"), JSON.stringify({ zaken: N, bouwtijd, metingen }, null, 2));
    await fs.writeFile(path.join(CACHE, "zgw-resultaten.md"), tabel);
  } finally {
    if (app) await stopApp(app);
    await cluster.stop().catch((e: unknown) => log(`PostgreSQL stoppen mislukt: ${String(e)}`));
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:zgw mislukt: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
