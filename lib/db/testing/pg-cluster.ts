/**
 * A throw-away PostgreSQL server for the integration tests: a fresh cluster in a temporary
 * directory, listening only on 127.0.0.1 on a free port, with its unix socket in that
 * directory (never the system's /var/run/postgresql), removed again by `stop()`, at process
 * exit, on SIGINT/SIGTERM/SIGHUP, and, for a run that was killed outright, by the next start.
 *
 * The server binaries are found like scripts/setup-tools.sh finds them (it shares
 * scripts/lib/tools-common.sh): $PG_BINDIR, `pg_config --bindir`, the newest
 * /usr/lib/postgresql/<major>/bin.
 */
import { execFile, execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import fs from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import pg from "pg";

const execFileAsync = promisify(execFile);

/** Prefix of the temporary directories; also how a later run recognises leftovers. */
export const CLUSTER_DIR_PREFIX = "zac-pg-";
/** PostgreSQL refuses to run as root; as root the cluster belongs to this system user. */
const SERVER_USER = "postgres";
const DATABASE = "zac_test";

export interface TemporaryCluster {
  /** postgres://postgres@127.0.0.1:PORT/zac_test */
  url: string;
  /** Stops the server and removes its directory; safe to call more than once. */
  stop(): Promise<void>;
}

/** A port on 127.0.0.1 that nothing listens on right now (the OS picks it). */
export async function findFreePort(host = "127.0.0.1"): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once("error", reject);
    server.listen({ host, port: 0, exclusive: true }, () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === "object") resolve(address.port);
        else reject(new Error("could not determine a free port"));
      });
    });
  });
}

/**
 * The command line that runs `command` as `user` when this process is root (runuser), and
 * unchanged otherwise: PostgreSQL's tools refuse root, and an unprivileged user can only run
 * them as itself.
 */
export function commandAs(isRoot: boolean, user: string, command: string, args: string[]): [string, string[]] {
  return isRoot ? ["runuser", ["-u", user, "--", command, ...args]] : [command, args];
}

const toolsCommon = fileURLToPath(new URL("../../../scripts/lib/tools-common.sh", import.meta.url));

/** The directory with initdb, pg_ctl and postgres; see the module comment for the order. */
export async function findPgBinDir(): Promise<string> {
  const fromEnv = process.env.PG_BINDIR;
  if (fromEnv && existsSync(path.join(fromEnv, "initdb")) && existsSync(path.join(fromEnv, "pg_ctl"))) return fromEnv;
  try {
    const { stdout } = await execFileAsync("bash", ["-c", 'source "$1" && find_pg_bindir', "bash", toolsCommon]);
    const dir = stdout.trim();
    if (dir) return dir;
  } catch {
    // Reported below.
  }
  throw new Error("PostgreSQL server binaries (initdb, pg_ctl) not found; run: bash scripts/setup-tools.sh postgres");
}

function isRoot(): boolean {
  return process.getuid?.() === 0;
}

async function systemUserIds(user: string): Promise<{ uid: number; gid: number }> {
  const id = async (flag: string) => Number((await execFileAsync("id", [flag, user])).stdout.trim());
  try {
    return { uid: await id("-u"), gid: await id("-g") };
  } catch {
    throw new Error(`running as root, but there is no '${user}' system user to run PostgreSQL as (install Debian's postgresql)`);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists, but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Synchronous stop-and-remove, for exit handlers and leftovers; never throws. */
function destroySync(dir: string, pgCtl: string | undefined, root: boolean): void {
  const dataDir = path.join(dir, "data");
  if (pgCtl && existsSync(path.join(dataDir, "postmaster.pid"))) {
    const [cmd, args] = commandAs(root, SERVER_USER, pgCtl, ["-D", dataDir, "-m", "immediate", "-w", "-t", "10", "stop"]);
    try {
      execFileSync(cmd, args, { stdio: "ignore" });
    } catch {
      // Already stopped, or not stoppable: the directory goes anyway.
    }
  }
  try {
    execFileSync("rm", ["-rf", dir], { stdio: "ignore" });
  } catch {
    // Nothing more to do at exit.
  }
}

/**
 * Removes clusters left in `parent` by runs that are gone (killed before they could clean
 * up): a directory whose owner.pid names a process that no longer exists. Directories of live
 * runs (another test run at the same time) are left alone. Returns the removed directories.
 */
export async function reapLeftoverClusters(parent: string, pgCtl?: string): Promise<string[]> {
  const removed: string[] = [];
  let entries: string[];
  try {
    entries = await fs.readdir(parent);
  } catch {
    return removed;
  }
  for (const name of entries) {
    if (!name.startsWith(CLUSTER_DIR_PREFIX)) continue;
    const dir = path.join(parent, name);
    let owner: number;
    try {
      owner = Number((await fs.readFile(path.join(dir, "owner.pid"), "utf8")).trim());
    } catch {
      continue; // Not (yet) ours to judge: a run writes owner.pid right after mkdtemp.
    }
    if (!Number.isInteger(owner) || owner <= 0 || isAlive(owner)) continue;
    destroySync(dir, pgCtl, isRoot());
    removed.push(dir);
  }
  return removed;
}

// Every cluster of this process, so the exit and signal handlers can remove them.
const live = new Map<string, string>(); // dir -> pg_ctl
let handlersInstalled = false;

function installExitHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  const cleanupAll = () => {
    for (const [dir, pgCtl] of live) destroySync(dir, pgCtl, isRoot());
    live.clear();
  };
  process.on("exit", cleanupAll);
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    const onSignal = () => {
      cleanupAll();
      // Alone, we would swallow the signal: restore the default and raise it again.
      if (process.listenerCount(signal) === 1) {
        process.removeListener(signal, onSignal);
        process.kill(process.pid, signal);
      }
    };
    process.on(signal, onSignal);
  }
}

async function tail(file: string, lines = 20): Promise<string> {
  try {
    return (await fs.readFile(file, "utf8")).split("\n").slice(-lines).join("\n");
  } catch {
    return "(no log)";
  }
}

/** Waits until the server accepts a connection on `port` (pg_ctl -w already waited; this is cheap). */
async function waitForServer(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const client = new pg.Client({ host: "127.0.0.1", port, user: "postgres", database: "postgres" });
    try {
      await client.connect();
      await client.end();
      return;
    } catch (err) {
      await client.end().catch(() => {});
      if (Date.now() > deadline) throw err;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** Starts a temporary PostgreSQL server with an empty database `zac_test`. */
export async function startTemporaryCluster(options: { parentDir?: string } = {}): Promise<TemporaryCluster> {
  const root = isRoot();
  const binDir = await findPgBinDir();
  const pgCtl = path.join(binDir, "pg_ctl");
  const parent = options.parentDir ?? os.tmpdir();
  await reapLeftoverClusters(parent, pgCtl);

  const dir = await fs.mkdtemp(path.join(parent, CLUSTER_DIR_PREFIX));
  await fs.writeFile(path.join(dir, "owner.pid"), `${process.pid}\n`);
  live.set(dir, pgCtl);
  installExitHandlers();

  const dataDir = path.join(dir, "data");
  const logFile = path.join(dir, "postgres.log");
  const run = (command: string, args: string[]) => {
    const [cmd, argv] = commandAs(root, SERVER_USER, command, args);
    return execFileAsync(cmd, argv, { env: { ...process.env, LC_ALL: "C.UTF-8" } });
  };

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    try {
      if (existsSync(path.join(dataDir, "postmaster.pid"))) {
        await run(pgCtl, ["-D", dataDir, "-m", "fast", "-w", "-t", "30", "stop"]);
      }
    } finally {
      live.delete(dir);
      await fs.rm(dir, { recursive: true, force: true });
    }
  };

  try {
    if (root) {
      const { uid, gid } = await systemUserIds(SERVER_USER);
      await fs.chown(dir, uid, gid);
      await fs.chmod(dir, 0o700);
    }
    // Same encoding and locale as PGlite, so both test projects sort and compare alike.
    // No fsync: the data is thrown away anyway.
    await run(path.join(binDir, "initdb"), [
      "-D",
      dataDir,
      "-U",
      "postgres",
      "--auth=trust",
      "--encoding=UTF8",
      "--locale=C.UTF-8",
      "--no-sync",
      "--no-instructions",
    ]);

    // A free port can be taken between finding and binding it: try a few.
    let port = 0;
    for (let attempt = 1; ; attempt++) {
      port = await findFreePort();
      const settings = [
        "",
        "# zac temporary test cluster",
        "listen_addresses = '127.0.0.1'",
        `port = ${port}`,
        `unix_socket_directories = '${dir}'`,
        "fsync = off",
        "synchronous_commit = off",
        "full_page_writes = off",
        "max_connections = 200",
        "",
      ].join("\n");
      await fs.writeFile(path.join(dataDir, "postgresql.auto.conf"), settings);
      try {
        await run(pgCtl, ["-D", dataDir, "-l", logFile, "-w", "-t", "60", "start"]);
        break;
      } catch (err) {
        const log = await tail(logFile);
        if (attempt < 5 && /could not (bind|create listen socket)|Address already in use/i.test(log)) continue;
        throw new Error(`pg_ctl start failed: ${(err as Error).message}\n${log}`);
      }
    }
    await waitForServer(port, 30_000);

    const admin = new pg.Client({ host: "127.0.0.1", port, user: "postgres", database: "postgres" });
    await admin.connect();
    try {
      await admin.query(`create database ${DATABASE}`);
    } finally {
      await admin.end();
    }
    return { url: `postgres://postgres@127.0.0.1:${port}/${DATABASE}`, stop };
  } catch (err) {
    await stop().catch(() => {});
    throw err;
  }
}
