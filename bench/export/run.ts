/**
 * `npm run bench:export [-- --lijsten zaken-werkvoorraad,afgehandelde-zaken] [--max 0] [--api 20000]`
 *
 * CSV export of the 1M-zaken data set of bench/zgw (PostgreSQL cluster in .cache/bench/pg; the
 * data set must exist - run `npm run bench:zgw` once; it is never rebuilt here) through the
 * export code path: `werklijstExport` (rights, the werklijst's query, keyset pages over
 * zrc_zaak, catalogus look-ups, the streaming CSV writer) as the route handler calls it, for a
 * beheerder who may read all 100 zaaktypen. The response body is read to the end like a
 * download; rows/s, MB/s, total time and the peak RSS (sampled every 50 ms) are printed.
 *
 * The catalogus requests of the ZGW client are answered in-process by the Catalogi API's route
 * handlers (no HTTP server; the bench measures the export, not loopback). `--api N` also
 * exports the first N rows the way an external Zaken API is used (`_zoek` page by page, the
 * Zaken API handler in-process) to compare with OFFSET paging.
 */
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import pg from "pg";
import { startBenchCluster } from "../zgw/cluster";

const ROOT = path.resolve(import.meta.dirname, "../..");
const CACHE = path.join(ROOT, ".cache/bench");
const PUBLIC_URL = "http://zac-bench.localhost";
const CLIENT_ID = "zac-bench";
const CLIENT_SECRET = "bench-alleen-lokaal-geheim-0123456789abcdef";
// Must match bench/zgw/run.ts: the data set's URLs and the encrypted client secrets depend on them.
const ENV: Record<string, string> = {
  NODE_ENV: "production",
  BUILTIN_IDP_IN_PRODUCTION: "true",
  PABC_API_KEY: "zac-demo-pabc-sleutel",
  ZGW_ENCRYPTION_KEY: "bench-alleen-voor-metingen-versleutelsleutel-0123456789",
  AUTH_SECRET: "bench-alleen-voor-metingen-sessiegeheim-0123456789abcdef",
  ZAC_PUBLIC_URL: PUBLIC_URL,
  ZAC_DEMO_SEED: "false",
  DOCUMENTEN_OPSLAG: path.join(CACHE, "documenten"),
  LOG_LEVEL: "warn",
  DATABASE_POOL_MAX: "5",
};

const { values } = parseArgs({
  options: {
    lijsten: { type: "string", default: "zaken-werkvoorraad,afgehandelde-zaken" },
    api: { type: "string", default: "0" },
  },
});
const log = (s: string) => process.stdout.write(`${s}\n`);

interface Meting {
  naam: string;
  rijen: number;
  bytes: number;
  seconden: number;
  eersteByteMs: number;
  piekRssMb: number;
  startRssMb: number;
}

/** Reads a download to the end, counting rows and bytes, sampling RSS meanwhile. */
async function leesAf(naam: string, maak: () => Promise<Response>, maxRijen = Infinity): Promise<Meting> {
  global.gc?.();
  const startRss = process.memoryUsage().rss;
  let piek = startRss;
  const monster = setInterval(() => {
    piek = Math.max(piek, process.memoryUsage().rss);
  }, 50);
  const t0 = performance.now();
  const response = await maak();
  if (response.status !== 200) throw new Error(`${naam}: HTTP ${response.status} ${await response.text()}`);
  const reader = response.body!.getReader();
  let bytes = 0;
  let regels = 0;
  let eersteByteMs = -1;
  let laatsteVoortgang = t0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (eersteByteMs < 0) eersteByteMs = performance.now() - t0;
    bytes += value.byteLength;
    for (let i = 0; i < value.length; i++) if (value[i] === 10) regels++;
    piek = Math.max(piek, process.memoryUsage().rss);
    if (performance.now() - laatsteVoortgang > 10_000) {
      laatsteVoortgang = performance.now();
      log(`  ${naam}: ${(regels - 1).toLocaleString("nl-NL")} rijen, ${((laatsteVoortgang - t0) / 1000).toFixed(0)} s, RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`);
    }
    if (regels - 1 >= maxRijen) {
      await reader.cancel();
      break;
    }
  }
  clearInterval(monster);
  const seconden = (performance.now() - t0) / 1000;
  return { naam, rijen: regels - 1, bytes, seconden, eersteByteMs, piekRssMb: piek / 2 ** 20, startRssMb: startRss / 2 ** 20 };
}

async function main(): Promise<void> {
  await fs.mkdir(CACHE, { recursive: true });
  if (!existsSync(path.join(CACHE, "pg/data/PG_VERSION"))) {
    log("Er is geen benchmarkcluster in .cache/bench/pg. Bouw de dataset eerst: npm run bench:zgw -- --alleen zaak-detail --duur 1 --verbindingen 1");
    process.exitCode = 1;
    return;
  }
  const cluster = await startBenchCluster(path.join(CACHE, "pg"), log);
  try {
    const client = new pg.Client({ connectionString: cluster.url });
    await client.connect();
    let zaken = 0;
    try {
      const r = await client.query("select zaken from bench_zgw_dataset where id = 1").catch(() => ({ rows: [] as { zaken: number }[] }));
      zaken = Number(r.rows[0]?.zaken ?? 0);
      const open = await client.query("select count(*) filter (where einddatum is null) as open, count(*) as alle from zrc_zaak");
      log(`Dataset: ${zaken.toLocaleString("nl-NL")} zaken volgens de marker; zrc_zaak: ${Number(open.rows[0].alle).toLocaleString("nl-NL")} rijen, ${Number(open.rows[0].open).toLocaleString("nl-NL")} open.`);
    } finally {
      await client.end();
    }
    if (zaken === 0) throw new Error("de dataset ontbreekt (geen bench_zgw_dataset): draai eerst npm run bench:zgw");

    Object.assign(process.env, ENV, { DATABASE_URL: cluster.url });
    const { getDatabase, closeDatabase, migrateDatabase } = await import("@/lib/db");
    const { registreerApplicatie } = await import("@/lib/zgw/autorisaties/registratie");
    const { maakZgwJwt } = await import("@/lib/zgw/auth/jwt");
    const { zgwClient } = await import("@/lib/zgw-client");
    const { werklijstExport } = await import("@/lib/export");
    const { parseWerklijstQuery } = await import("@/lib/zaakafhandeling/contract");
    const zaaktypen = await import("@/app/catalogi/api/v1/zaaktypen/route");
    const statustypen = await import("@/app/catalogi/api/v1/statustypen/route");
    // app/zaken/api/v1/zaken/%5Fzoek/route.ts (not importable by that name from ESM): the same wrapper.
    const { zgwRoute } = await import("@/lib/zgw");
    const { zaakZoek } = await import("@/lib/zgw/zaken");
    const zoek = { POST: zgwRoute("zaken", "zaak__zoek", zaakZoek) };
    const handle = await getDatabase();
    const { db } = handle;
    // The data set may predate newer migrations (the app applies them at start). Only the
    // COMMITTED ones (git HEAD), never a migration still being written in the working tree.
    const migraties = path.join(CACHE, "migraties-head");
    await fs.rm(migraties, { recursive: true, force: true });
    await fs.mkdir(migraties, { recursive: true });
    execSync(`git archive HEAD lib/db/migrations | tar -x -C "${migraties}"`, { cwd: ROOT });
    const map = path.join(migraties, "lib/db/migrations");
    const journaalPad = path.join(map, "meta/_journal.json");
    const journaal = JSON.parse(await fs.readFile(journaalPad, "utf8")) as { entries: { tag: string }[] };
    journaal.entries = journaal.entries.filter((e) => existsSync(path.join(map, `${e.tag}.sql`)));
    await fs.writeFile(journaalPad, JSON.stringify(journaal));
    await migrateDatabase(handle, map);
    await registreerApplicatie(db, { clientId: CLIENT_ID, secret: CLIENT_SECRET, label: "Benchmark", alleAutorisaties: true });
    const token = await maakZgwJwt(CLIENT_ID, CLIENT_SECRET, { userId: "beheerder1", userRepresentation: "Beheerder (bench)" });

    // In-process answers for the client's requests (the handlers the loopback HTTP would reach).
    const handlers: [RegExp, (r: Request, s: { params: Promise<Record<string, string>> }) => Promise<Response>][] = [
      [/\/catalogi\/api\/v1\/zaaktypen$/, zaaktypen.GET as never],
      [/\/catalogi\/api\/v1\/statustypen$/, statustypen.GET as never],
      [/\/zaken\/api\/v1\/zaken\/_zoek$/, zoek.POST as never],
    ];
    const inProces: typeof fetch = async (invoer, init) => {
      const url = new URL(invoer instanceof Request ? invoer.url : String(invoer));
      const h = handlers.find(([re]) => re.test(url.pathname));
      if (!h) throw new Error(`bench: geen handler voor ${url.pathname}`);
      // Public URL: the handlers build resource URLs from ZAC_PUBLIC_URL either way.
      // No timeout signal: an in-process call cannot hang on a socket.
      const rest: RequestInit = { ...init, signal: null };
      return h[1](new Request(`${PUBLIC_URL}${url.pathname}${url.search}`, rest), { params: Promise.resolve({}) });
    };

    const ctx = {
      id: "beheerder1",
      naam: "Beheerder (bench)",
      groepen: [],
      // Domain-role mode: beheerder for every zaaktype (the PERF zaaktypen have no domein).
      policy: { id: "beheerder1", iamModus: "domein", rollen: ["beheerder"], domeinen: ["domein_elk_zaaktype"] },
      opties: { zaaktypeDomeinen: {} },
      zgw: zgwClient({ id: "beheerder1", weergave: "Beheerder (bench)" }, { token: async () => token, fetch: inProces, timeoutMs: 600_000 }),
      db,
    } as const;

    const metingen: Meting[] = [];
    for (const lijst of values.lijsten.split(",")) {
      const q = parseWerklijstQuery(new URLSearchParams());
      if (!q.success) throw q.error;
      log(`Export ${lijst} (lokaal pad: keyset over zrc_zaak) ...`);
      const m = await leesAf(lijst, () => werklijstExport(ctx as never, lijst as never, q.data, { lokaal: true }));
      metingen.push(m);
      log(`  ${m.rijen.toLocaleString("nl-NL")} rijen in ${m.seconden.toFixed(1)} s`);
    }
    const viaApi = Number(values.api);
    if (viaApi > 0) {
      const q = parseWerklijstQuery(new URLSearchParams());
      if (!q.success) throw q.error;
      log(`Export zaken-werkvoorraad, eerste ${viaApi} rijen via _zoek (pad voor een externe Zaken API, OFFSET-pagina's) ...`);
      metingen.push(await leesAf(`zaken-werkvoorraad via _zoek (eerste ${viaApi})`, () => werklijstExport(ctx as never, "zaken-werkvoorraad", q.data, { lokaal: false }), viaApi));
    }

    const totaalRijen = metingen.filter((m) => !m.naam.includes("_zoek")).reduce((a, m) => a + m.rijen, 0);
    const totaalSec = metingen.filter((m) => !m.naam.includes("_zoek")).reduce((a, m) => a + m.seconden, 0);
    const regels = [
      `| Export | rijen | tijd s | rijen/s | MB | MB/s | eerste byte ms | RSS start MB | piek-RSS MB |`,
      `|---|---:|---:|---:|---:|---:|---:|---:|---:|`,
      ...metingen.map(
        (m) =>
          `| ${m.naam} | ${m.rijen.toLocaleString("nl-NL")} | ${m.seconden.toFixed(1)} | ${Math.round(m.rijen / m.seconden).toLocaleString("nl-NL")} | ${(m.bytes / 1e6).toFixed(1)} | ${(m.bytes / 1e6 / m.seconden).toFixed(1)} | ${m.eersteByteMs.toFixed(0)} | ${m.startRssMb.toFixed(0)} | ${m.piekRssMb.toFixed(0)} |`,
      ),
      "",
      `Totaal lokaal pad: ${totaalRijen.toLocaleString("nl-NL")} rijen in ${totaalSec.toFixed(1)} s = ${Math.round(totaalRijen / totaalSec).toLocaleString("nl-NL")} rijen/s; piek-RSS ${Math.max(...metingen.map((m) => m.piekRssMb)).toFixed(0)} MB.`,
    ];
    log(`\n${regels.join("\n")}`);
    await fs.writeFile(path.join(CACHE, "export-resultaten.md"), `${regels.join("\n")}\n`);
    await closeDatabase();
  } finally {
    await cluster.stop().catch((e: unknown) => log(`PostgreSQL stoppen mislukt: ${String(e)}`));
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:export mislukt: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
