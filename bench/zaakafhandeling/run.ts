/**
 * `npm run bench:zaakafhandeling [-- --duur 15] [--verbindingen 1,10] [--zaaktypen 10] [--alleen werkvoorraad,...]`
 *
 * Issue #7: server time of the Zaken-werkvoorraad and the zaak detail page at 10 concurrent
 * users on the 1M-zaken data set (bench/zgw: PostgreSQL cluster in .cache/bench/pg, data set
 * built by `npm run bench:zgw` and NOT rebuilt here). The production build in .next is served
 * by `tsx server.ts` on a free port against that database; the bench holds a SHARED lock on
 * .cache/build.lock meanwhile, so nobody rebuilds .next under the running app (builds take it
 * exclusively). A next-auth session cookie is minted with AUTH_SECRET (bench/zaakafhandeling/
 * sessie.ts): a behandelaar for N of the 100 PERF zaaktypen (PABC mode), and one for all
 * zaaktypen (PABC `alleZaaktypen`). autocannon per scenario and concurrency; prints
 * p50/p95/p99, req/s, errors, the targets, and the load average at start (the machine has 2
 * cores shared with other work). Results also in .cache/bench/zaakafhandeling-resultaten.{json,md}.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import pg from "pg";
import { findFreePort } from "@/lib/db/testing/pg-cluster";
import { startBenchCluster } from "../zgw/cluster";
import { haaltDoel, markdownTabel, percentiel, type Meting } from "./rapport";
import { benchToken, sessieCookie } from "./sessie";

const ROOT = path.resolve(import.meta.dirname, "../..");
const CACHE = path.join(ROOT, ".cache/bench");
const BUILD_LOCK = path.join(ROOT, ".cache/build.lock");
// The same values as bench/zgw/run.ts: the data set's URLs are built on this public URL and
// the database holds secrets encrypted with this key.
const ENV_PRODUCTIE: Record<string, string> = {
  NODE_ENV: "production",
  BUILTIN_IDP_IN_PRODUCTION: "true",
  PABC_API_KEY: "zac-demo-pabc-sleutel",
  ZGW_ENCRYPTION_KEY: "bench-alleen-voor-metingen-versleutelsleutel-0123456789",
  AUTH_SECRET: "bench-alleen-voor-metingen-sessiegeheim-0123456789abcdef",
  ZAC_PUBLIC_URL: "http://zac-bench.localhost",
  ZAC_DEMO_SEED: "false",
  DOCUMENTEN_OPSLAG: path.join(CACHE, "documenten"),
  LOG_LEVEL: "warn",
};

const { values } = parseArgs({
  options: {
    duur: { type: "string", default: "15" },
    verbindingen: { type: "string", default: "1,10" },
    zaaktypen: { type: "string", default: "10" },
    alleen: { type: "string" },
    pool: { type: "string", default: "20" },
    "zonder-lock": { type: "boolean", default: false },
    /** Profiling: start everything, print the cookie, serve for N seconds instead of measuring. */
    serveer: { type: "string" },
    "log-level": { type: "string", default: "warn" },
  },
});
// info logs every request with its time, the proxy's ZGW loopback calls included.
ENV_PRODUCTIE.LOG_LEVEL = values["log-level"];
const DUUR = Number(values.duur);
const VERBINDINGEN = values.verbindingen.split(",").map(Number);
const AANTAL_ZAAKTYPEN = Number(values.zaaktypen);
const log = (s: string) => process.stdout.write(`${s}\n`);
const wacht = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Holds `flock -s` on the build lock until released (or this process ends: the pipe closes). */
async function gedeeldeBuildLock(): Promise<() => void> {
  await fs.mkdir(path.dirname(BUILD_LOCK), { recursive: true });
  const p = spawn("flock", ["-s", BUILD_LOCK, "sh", "-c", "echo vast; exec cat >/dev/null"], { stdio: ["pipe", "pipe", "inherit"] });
  const t0 = Date.now();
  const melding = setTimeout(() => log("Wachten op .cache/build.lock (er draait een build) ..."), 1000);
  await new Promise<void>((resolve, reject) => {
    p.stdout.on("data", (d: Buffer) => (d.toString().includes("vast") ? resolve() : undefined));
    p.on("exit", (c) => reject(new Error(`flock stopte met code ${c}`)));
  });
  clearTimeout(melding);
  if (Date.now() - t0 > 1000) log(`Build-lock na ${((Date.now() - t0) / 1000).toFixed(0)} s.`);
  // Held, but it must not keep this process alive: when it ends, the pipe closes and the lock goes.
  for (const h of [p, p.stdin, p.stdout] as unknown as { unref?: () => void }[]) h.unref?.();
  return () => p.stdin.end();
}

/**
 * Statements of migrations that rebuild something over EVERY row. On the 1M-zaken set they run
 * for most of an hour on this shared machine, inside the migration transaction, so the bench
 * database gets the migration without them (the schema, functions and triggers are applied; the
 * journal marks the migration as done). The table they fill stays empty here; rebuild it by hand
 * if a benchmark needs it: `select zoek_herbouwen();`.
 */
export const OVERGESLAGEN_HERBOUW = [/^SELECT zoek_herbouwen\(\);\s*$/gm];

/**
 * Migrates the bench database before the app starts (the app would otherwise migrate at start-up,
 * within its start-up timeout), from a copy of the migrations without OVERGESLAGEN_HERBOUW.
 */
async function migreer(dbUrl: string): Promise<void> {
  Object.assign(process.env, ENV_PRODUCTIE, { DATABASE_URL: dbUrl });
  const { getDatabase, closeDatabase, migrateDatabase, migrationStatus, MIGRATIONS_FOLDER } = await import("@/lib/db");
  const handle = await getDatabase();
  const kopie = await fs.mkdtemp(path.join(os.tmpdir(), "zac-bench-migraties-"));
  try {
    const voor = await migrationStatus(handle);
    if (voor.actueel) return;
    await fs.cp(MIGRATIONS_FOLDER, kopie, { recursive: true });
    for (const naam of await fs.readdir(kopie)) {
      if (!naam.endsWith(".sql")) continue;
      const bestand = path.join(kopie, naam);
      const sqlTekst = await fs.readFile(bestand, "utf8");
      let zonder = sqlTekst;
      for (const patroon of OVERGESLAGEN_HERBOUW) zonder = zonder.replace(patroon, "-- (bench: overgeslagen)");
      if (zonder !== sqlTekst) {
        await fs.writeFile(bestand, zonder);
        log(`Migratie ${naam}: volledige herbouw overgeslagen op de bench-database (zie OVERGESLAGEN_HERBOUW).`);
      }
    }
    log(`Migraties ${voor.toegepast} -> ${voor.verwacht} op de bench-database ...`);
    const t0 = Date.now();
    await migrateDatabase(handle, kopie);
    log(`Migraties klaar in ${((Date.now() - t0) / 1000).toFixed(0)} s.`);
  } finally {
    await closeDatabase();
    await fs.rm(kopie, { recursive: true, force: true });
  }
}

async function startApp(dbUrl: string, port: number): Promise<ChildProcess> {
  const app = spawn("npx", ["tsx", "server.ts"], {
    cwd: ROOT,
    env: { ...process.env, ...ENV_PRODUCTIE, DATABASE_URL: dbUrl, DATABASE_POOL_MAX: values.pool, PORT: String(port), HOST: "127.0.0.1" } as NodeJS.ProcessEnv,
    stdio: ["ignore", "inherit", "inherit"],
    detached: true,
  });
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (app.exitCode !== null) throw new Error(`de app stopte tijdens het starten (code ${app.exitCode})`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return app;
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

interface Context {
  basis: string;
  /** Cookie of the behandelaar for the chosen zaaktypen / for all zaaktypen. */
  cookie: string;
  cookieAlle: string;
  zaken: string[];
  teller: number;
}

function volgendeZaak(ctx: Context): string {
  ctx.teller = (ctx.teller + 1) % 1_000_000_007;
  return ctx.zaken[ctx.teller % ctx.zaken.length]!;
}

/** What the UI sends for the first page of the werkvoorraad (components/werklijst: default sort startdatum desc, no page/pageSize). */
const WERKVOORRAAD = "/api/werklijsten/zaken-werkvoorraad?sort=startdatum&order=desc";

interface Scenario {
  naam: string;
  verzoek(ctx: Context): { pad: string; cookie: string; accept: string };
}

const JSON_ACCEPT = "application/json";
const HTML_ACCEPT = "text/html";
const SCENARIOS: Scenario[] = [
  { naam: "werkvoorraad", verzoek: (c) => ({ pad: WERKVOORRAAD, cookie: c.cookie, accept: JSON_ACCEPT }) },
  { naam: "werkvoorraad-alle-zaaktypen", verzoek: (c) => ({ pad: WERKVOORRAAD, cookie: c.cookieAlle, accept: JSON_ACCEPT }) },
  { naam: "werkvoorraad-pagina", verzoek: (c) => ({ pad: "/zaken", cookie: c.cookie, accept: HTML_ACCEPT }) },
  { naam: "zaak-detail-pagina", verzoek: (c) => ({ pad: `/zaken/${volgendeZaak(c)}`, cookie: c.cookie, accept: HTML_ACCEPT }) },
  { naam: "zaak-detail-api", verzoek: (c) => ({ pad: `/api/zaken/${volgendeZaak(c)}`, cookie: c.cookie, accept: JSON_ACCEPT }) },
  { naam: "zaak-opties-api", verzoek: (c) => ({ pad: `/api/zaken/${volgendeZaak(c)}/opties`, cookie: c.cookie, accept: JSON_ACCEPT }) },
];

async function meet(ctx: Context, sc: Scenario, verbindingen: number, duur: number): Promise<Meting> {
  const latenties: number[] = [];
  let eersteFout: string | undefined;
  const r = await new Promise<autocannon.Result>((resolve, reject) => {
    const instantie = autocannon(
      {
        url: ctx.basis,
        connections: verbindingen,
        duration: duur,
        pipelining: 1,
        timeout: 30,
        requests: [
          {
            setupRequest: (req: autocannon.Request) => {
              const v = sc.verzoek(ctx);
              return { ...req, method: "GET", path: v.pad, headers: { Cookie: v.cookie, Accept: v.accept } };
            },
            onResponse: (status: number, body: string) => {
              if (status >= 300 && eersteFout === undefined) eersteFout = `${status} ${String(body).slice(0, 300)}`;
            },
          },
        ],
      },
      (err, res) => (err ? reject(err) : resolve(res)),
    );
    instantie.on("response", (_c: unknown, _s: number, _b: number, ms: number) => latenties.push(ms));
  });
  latenties.sort((a, b) => a - b);
  return {
    scenario: sc.naam,
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

/**
 * A whole zaak detail view as the browser loads it: the server-rendered page, then (after
 * hydration) GET /api/zaken/{uuid}, then - because the actions need the zaak's rights first -
 * GET /api/zaken/{uuid}/opties. `verbindingen` users each loop over views; the time is per view.
 */
async function meetWeergave(ctx: Context, verbindingen: number, duur: number): Promise<Meting> {
  const tijden: number[] = [];
  let fouten = 0;
  let niet2xx = 0;
  let eersteFout: string | undefined;
  const einde = performance.now() + duur * 1000;
  const haal = async (pad: string, accept: string) => {
    try {
      const r = await fetch(`${ctx.basis}${pad}`, { headers: { Cookie: ctx.cookie, Accept: accept }, redirect: "manual" });
      const tekst = await r.text();
      if (r.status >= 300) {
        niet2xx++;
        eersteFout ??= `${r.status} ${pad} ${tekst.slice(0, 300)}`;
      }
    } catch (error) {
      fouten++;
      eersteFout ??= `${pad}: ${String(error)}`;
    }
  };
  await Promise.all(
    Array.from({ length: verbindingen }, async () => {
      while (performance.now() < einde) {
        const uuid = volgendeZaak(ctx);
        const t0 = performance.now();
        await haal(`/zaken/${uuid}`, HTML_ACCEPT);
        await haal(`/api/zaken/${uuid}`, JSON_ACCEPT);
        await haal(`/api/zaken/${uuid}/opties`, JSON_ACCEPT);
        tijden.push(performance.now() - t0);
      }
    }),
  );
  tijden.sort((a, b) => a - b);
  return {
    scenario: "zaak-detail-weergave (3 verzoeken)",
    verbindingen,
    perSeconde: tijden.length / duur,
    totaal: tijden.length,
    p50: percentiel(tijden, 50),
    p95: percentiel(tijden, 95),
    p99: percentiel(tijden, 99),
    fouten,
    niet2xx,
    ...(eersteFout ? { eersteFout } : {}),
  };
}

function regel(m: Meting): string {
  const doel = haaltDoel(m);
  return `${m.scenario.padEnd(36)} c=${String(m.verbindingen).padStart(2)}  ${m.perSeconde.toFixed(1).padStart(6)} req/s  p50 ${m.p50.toFixed(1)} ms  p95 ${m.p95.toFixed(1)} ms  p99 ${m.p99.toFixed(1)} ms  fouten ${m.fouten}  niet-2xx ${m.niet2xx}${doel === undefined ? "" : doel ? "  DOEL GEHAALD" : "  DOEL GEMIST"}`;
}

async function main(): Promise<void> {
  const belastingStart = os.loadavg();
  log(`Load average bij start: ${belastingStart.map((l) => l.toFixed(2)).join(", ")} (1/5/15 min) op ${os.cpus().length} cores; andere processen kunnen meedraaien.`);
  if (!Number.isInteger(AANTAL_ZAAKTYPEN) || AANTAL_ZAAKTYPEN < 1 || AANTAL_ZAAKTYPEN > 100) throw new Error("--zaaktypen moet 1..100 zijn");
  const laatLos = values["zonder-lock"] ? () => undefined : await gedeeldeBuildLock();
  let app: ChildProcess | undefined;
  let cluster: Awaited<ReturnType<typeof startBenchCluster>> | undefined;
  try {
    if (!existsSync(path.join(ROOT, ".next/BUILD_ID"))) {
      throw new Error("Er is geen productiebuild (.next/BUILD_ID). Bouw eerst: flock .cache/build.lock npx next build");
    }
    log(`Productiebuild ${(await fs.readFile(path.join(ROOT, ".next/BUILD_ID"), "utf8")).trim()} van ${(await fs.stat(path.join(ROOT, ".next/BUILD_ID"))).mtime.toISOString()}.`);
    cluster = await startBenchCluster(path.join(CACHE, "pg"), log);
    const db = new pg.Client({ connectionString: cluster.url });
    await db.connect();
    let zaaktypen: { uuid: string; omschrijving: string }[];
    let zaken: string[];
    let aantalZaken: number;
    try {
      const marker = await db.query("select to_regclass('bench_zgw_dataset')::text as t");
      if (!marker.rows[0]?.t) throw new Error("Geen dataset in .cache/bench/pg: bouw hem eerst met npm run bench:zgw -- --zaken 1000000 (dit script bouwt hem niet).");
      aantalZaken = Number((await db.query("select zaken from bench_zgw_dataset where id = 1")).rows[0]?.zaken ?? 0);
      zaaktypen = (
        await db.query(
          `select t.uuid, t.omschrijving from ztc_type t join ztc_catalogus c on c.uuid = t.catalogus_uuid
           where c.domein = 'PERF' and t.soort = 'zaaktype' order by t.sleutel limit $1`,
          [AANTAL_ZAAKTYPEN],
        )
      ).rows;
      if (zaaktypen.length === 0) throw new Error("Geen PERF-zaaktypen in de dataset.");
      // A random sample of zaken of the user's zaaktypen (open and closed) for the detail requests.
      zaken = (
        await db.query("select uuid from zrc_zaak tablesample system (5) where zaaktype_uuid = any($1::uuid[]) order by random() limit 3000", [zaaktypen.map((z) => z.uuid)])
      ).rows.map((r: { uuid: string }) => r.uuid);
    } finally {
      await db.end();
    }
    log(`Dataset: ${aantalZaken.toLocaleString("nl-NL")} zaken; behandelaar voor ${zaaktypen.length} PERF-zaaktypen (${zaaktypen[0]?.omschrijving} ... ${zaaktypen.at(-1)?.omschrijving}); ${zaken.length} zaken in de steekproef.`);

    await migreer(cluster.url);
    const port = await findFreePort();
    log(`App starten op 127.0.0.1:${port} (productiebuild, DATABASE_URL = bench-cluster, pool ${values.pool}) ...`);
    app = await startApp(cluster.url, port);
    const secret = ENV_PRODUCTIE.AUTH_SECRET!;
    const ctx: Context = {
      basis: `http://127.0.0.1:${port}`,
      cookie: await sessieCookie(benchToken(zaaktypen.map((z) => z.omschrijving)), secret),
      cookieAlle: await sessieCookie({ ...benchToken([]), pabc: { perZaaktype: {}, alleZaaktypen: ["behandelaar"] } }, secret),
      zaken,
      teller: 0,
    };

    // One check before measuring: the werkvoorraad answers 200 with rows for this session.
    const t0 = performance.now();
    const proef = await fetch(`${ctx.basis}${WERKVOORRAAD}`, { headers: { Cookie: ctx.cookie, Accept: JSON_ACCEPT } });
    const proefTekst = await proef.text();
    if (proef.status !== 200) throw new Error(`werkvoorraad gaf ${proef.status}: ${proefTekst.slice(0, 500)}`);
    const proefJson = JSON.parse(proefTekst) as { count: number; pageSize: number; rijen: { identificatie: string }[] };
    if (proefJson.rijen.length === 0) throw new Error("werkvoorraad is leeg: de sessie ziet geen zaken");
    log(`Controle: werkvoorraad 200, count ${proefJson.count}, ${proefJson.rijen.length} rijen (pageSize ${proefJson.pageSize}), eerste ${proefJson.rijen[0]?.identificatie}, ${(performance.now() - t0).toFixed(0)} ms (koud).`);

    if (values.serveer) {
      await fs.writeFile(path.join(CACHE, "zaakafhandeling-sessie.txt"), `${ctx.basis}\n${ctx.cookie}\n${ctx.cookieAlle}\n${zaken.slice(0, 50).join("\n")}\n`);
      log(`Serveren ${values.serveer} s: basis, cookies en zaken in .cache/bench/zaakafhandeling-sessie.txt`);
      await wacht(Number(values.serveer) * 1000);
      return;
    }
    const gekozen = values.alleen ? values.alleen.split(",") : [...SCENARIOS.map((s) => s.naam), "zaak-detail-weergave"];
    const metingen: Meting[] = [];
    for (const sc of SCENARIOS.filter((s) => gekozen.includes(s.naam))) {
      await meet(ctx, sc, 4, 3); // warm-up: route bundles, pool, catalogus cache, plan caches
      for (const v of VERBINDINGEN) {
        const m = await meet(ctx, sc, v, DUUR);
        metingen.push(m);
        log(regel(m));
        if (m.eersteFout) log(`  eerste niet-2xx: ${m.eersteFout}`);
      }
    }
    if (gekozen.includes("zaak-detail-weergave")) {
      for (const v of VERBINDINGEN) {
        const m = await meetWeergave(ctx, v, DUUR);
        metingen.push(m);
        log(regel(m));
        if (m.eersteFout) log(`  eerste fout: ${m.eersteFout}`);
      }
    }
    const belastingEinde = os.loadavg();
    const kop = [
      `Run ${new Date().toISOString()}: ${aantalZaken.toLocaleString("en-US")} zaken, behandelaar for ${zaaktypen.length} of 100 PERF zaaktypen (\`werkvoorraad-alle-zaaktypen\`: all), ${DUUR} s per row, pool ${values.pool}.`,
      `Load average at start ${belastingStart.map((l) => l.toFixed(2)).join(" / ")}, at end ${belastingEinde.map((l) => l.toFixed(2)).join(" / ")} (1/5/15 min, ${os.cpus().length} cores shared with other work).`,
      "",
    ].join("\n");
    const tabel = kop + markdownTabel(metingen);
    log(`\n${tabel}`);
    await fs.writeFile(path.join(CACHE, "zaakafhandeling-resultaten.json"), JSON.stringify({ belastingStart, belastingEinde, zaken: aantalZaken, zaaktypen: zaaktypen.length, metingen }, null, 2));
    await fs.writeFile(path.join(CACHE, "zaakafhandeling-resultaten.md"), tabel);
  } finally {
    if (app) await stopApp(app);
    await cluster?.stop().catch((e: unknown) => log(`PostgreSQL stoppen mislukt: ${String(e)}`));
    laatLos();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:zaakafhandeling mislukt: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
