/**
 * A persistent PostgreSQL server for the ZGW benchmark: the cluster lives in .cache/bench/pg
 * (initdb once, data kept between runs so the million-row data set is built only once), is
 * started on a free loopback port for the run and stopped afterwards. Unlike the test
 * clusters it keeps fsync ON (the figures should resemble a real server) and gets
 * shared_buffers = 2GB. Reuses the test harness's helpers for finding binaries and ports.
 */
import { execFile, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { commandAs, findFreePort, findPgBinDir } from "@/lib/db/testing/pg-cluster";

const execFileAsync = promisify(execFile);
const SERVER_USER = "postgres";
export const BENCH_DATABASE = "zac_bench";

export interface BenchCluster {
  url: string;
  port: number;
  /** True when initdb ran in this call. */
  nieuw: boolean;
  stop(): Promise<void>;
}

/** Settings for a 2-core / 24 GiB machine; fsync stays on. */
export function clusterInstellingen(port: number, socketDir: string): string {
  return [
    "# zac benchmark cluster (written by bench/zgw/cluster.ts at every start)",
    "listen_addresses = '127.0.0.1'",
    `port = ${port}`,
    `unix_socket_directories = '${socketDir}'`,
    "fsync = on",
    "synchronous_commit = on",
    "shared_buffers = '2GB'",
    "effective_cache_size = '12GB'",
    "work_mem = '32MB'",
    "maintenance_work_mem = '1GB'",
    "max_wal_size = '8GB'",
    "checkpoint_timeout = '15min'",
    "random_page_cost = 1.1",
    "max_connections = 100",
    // JIT compiles plans of "expensive" queries (count(*) over a million rows) at 50-100 ms a
    // time: a loss for OLTP requests. Most managed PostgreSQL offerings also switch it off.
    "jit = off",
    "",
  ].join("\n");
}

/**
 * One benchmark at a time per cluster: an exclusive flock on `<dir>.lock`, held by a child
 * process until released (or until this process dies and the pipe closes). Without it a second
 * benchmark's start stops the first one's server mid-run (see "A server left running" below).
 */
async function clusterLock(dir: string, log: (s: string) => void): Promise<() => void> {
  const p = spawn("flock", ["-x", `${dir}.lock`, "sh", "-c", "echo vast; exec cat >/dev/null"], { stdio: ["pipe", "pipe", "inherit"] });
  const melding = setTimeout(() => log(`Wachten op ${dir}.lock: een andere benchmark gebruikt het cluster ...`), 1000);
  try {
    await new Promise<void>((resolve, reject) => {
      p.stdout.on("data", (d: Buffer) => (d.toString().includes("vast") ? resolve() : undefined));
      p.on("exit", (c) => reject(new Error(`flock op ${dir}.lock stopte met code ${c}`)));
    });
  } finally {
    clearTimeout(melding);
  }
  // Held, but it must not keep this process alive: when it ends, the pipe closes and the lock goes.
  for (const h of [p, p.stdin, p.stdout] as unknown as { unref?: () => void }[]) h.unref?.();
  return () => p.stdin.end();
}

async function isRoot(): Promise<boolean> {
  return process.getuid?.() === 0;
}

/** Starts (creating it on first use) the cluster in `dir`; the database `zac_bench` exists afterwards. */
export async function startBenchCluster(dir: string, log: (s: string) => void = () => {}): Promise<BenchCluster> {
  const root = await isRoot();
  const binDir = await findPgBinDir();
  const pgCtl = path.join(binDir, "pg_ctl");
  const dataDir = path.join(dir, "data");
  const logFile = path.join(dir, "postgres.log");
  const run = (command: string, args: string[]) => {
    const [cmd, argv] = commandAs(root, SERVER_USER, command, args);
    return execFileAsync(cmd, argv, { env: { ...process.env, LC_ALL: "C.UTF-8" } });
  };

  await fs.mkdir(dir, { recursive: true });
  const laatLos = await clusterLock(dir, log);
  if (root) {
    const id = async (flag: string) => Number((await execFileAsync("id", [flag, SERVER_USER])).stdout.trim());
    await fs.chown(dir, await id("-u"), await id("-g"));
    await fs.chmod(dir, 0o700);
  }
  let nieuw = false;
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    log(`initdb in ${dataDir} ...`);
    await run(path.join(binDir, "initdb"), ["-D", dataDir, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8", "--no-instructions"]);
    nieuw = true;
  }
  // A server left running by an interrupted run: stop it, so it starts with this run's port.
  if (existsSync(path.join(dataDir, "postmaster.pid"))) {
    await run(pgCtl, ["-D", dataDir, "-m", "fast", "-w", "-t", "60", "stop"]).catch(() => undefined);
  }

  let port = 0;
  for (let poging = 1; ; poging++) {
    port = await findFreePort();
    await fs.writeFile(path.join(dataDir, "postgresql.auto.conf"), clusterInstellingen(port, dir));
    try {
      await run(pgCtl, ["-D", dataDir, "-l", logFile, "-w", "-t", "120", "start"]);
      break;
    } catch (err) {
      const staart = (await fs.readFile(logFile, "utf8").catch(() => "")).split("\n").slice(-15).join("\n");
      if (poging < 5 && /could not (bind|create listen socket)|Address already in use/i.test(staart)) continue;
      throw new Error(`pg_ctl start mislukt: ${(err as Error).message}\n${staart}`);
    }
  }

  const admin = new pg.Client({ host: "127.0.0.1", port, user: "postgres", database: "postgres" });
  await admin.connect();
  try {
    const { rowCount } = await admin.query("select 1 from pg_database where datname = $1", [BENCH_DATABASE]);
    if (!rowCount) await admin.query(`create database ${BENCH_DATABASE}`);
  } finally {
    await admin.end();
  }

  let gestopt = false;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/${BENCH_DATABASE}`,
    port,
    nieuw,
    stop: async () => {
      if (gestopt) return;
      gestopt = true;
      try {
        await run(pgCtl, ["-D", dataDir, "-m", "fast", "-w", "-t", "120", "stop"]);
      } finally {
        laatLos();
      }
    },
  };
}
