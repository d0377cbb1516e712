import { spawn } from "node:child_process";
import fs from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CLUSTER_DIR_PREFIX, commandAs, findFreePort, findPgBinDir, reapLeftoverClusters } from "./pg-cluster";

describe("findFreePort", () => {
  it("returns a loopback port that can be listened on", async () => {
    const port = await findFreePort();
    expect(port).toBeGreaterThan(1023);
    const server = net.createServer();
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen({ host: "127.0.0.1", port, exclusive: true }, resolve);
    });
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it("does not return a port that is in use", async () => {
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen({ host: "127.0.0.1", port: 0 }, resolve));
    const taken = (server.address() as net.AddressInfo).port;
    try {
      for (let i = 0; i < 20; i++) expect(await findFreePort()).not.toBe(taken);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});

describe("commandAs", () => {
  it("runs PostgreSQL tools as the postgres user when root", () => {
    expect(commandAs(true, "postgres", "/usr/lib/postgresql/15/bin/initdb", ["-D", "/tmp/x"])).toEqual([
      "runuser",
      ["-u", "postgres", "--", "/usr/lib/postgresql/15/bin/initdb", "-D", "/tmp/x"],
    ]);
  });

  it("runs them directly otherwise", () => {
    expect(commandAs(false, "postgres", "pg_ctl", ["stop"])).toEqual(["pg_ctl", ["stop"]]);
  });
});

describe("findPgBinDir", () => {
  const saved = process.env.PG_BINDIR;
  afterEach(() => {
    if (saved === undefined) delete process.env.PG_BINDIR;
    else process.env.PG_BINDIR = saved;
  });

  it("takes PG_BINDIR when it holds initdb and pg_ctl", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "zac-bindir-"));
    try {
      await fs.writeFile(path.join(dir, "initdb"), "", { mode: 0o755 });
      await fs.writeFile(path.join(dir, "pg_ctl"), "", { mode: 0o755 });
      process.env.PG_BINDIR = dir;
      expect(await findPgBinDir()).toBe(dir);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it("ignores a PG_BINDIR without the server binaries", async () => {
    process.env.PG_BINDIR = "/nonexistent";
    // Either the shared lookup finds the machine's server, or it says how to install one.
    const found = await findPgBinDir().catch((err: Error) => err);
    if (found instanceof Error) expect(found.message).toContain("setup-tools.sh");
    else {
      expect(found).not.toBe("/nonexistent");
      await expect(fs.access(path.join(found, "initdb"))).resolves.toBeUndefined();
    }
  });
});

describe("reapLeftoverClusters", () => {
  let parent: string;
  beforeEach(async () => {
    parent = await fs.mkdtemp(path.join(os.tmpdir(), "zac-reap-"));
  });
  afterEach(async () => {
    await fs.rm(parent, { recursive: true, force: true });
  });

  async function deadPid(): Promise<number> {
    const child = spawn(process.execPath, ["-e", ""], { stdio: "ignore" });
    await new Promise((resolve) => child.once("exit", resolve));
    return child.pid!;
  }

  async function clusterDir(name: string, owner?: number): Promise<string> {
    const dir = path.join(parent, name);
    await fs.mkdir(path.join(dir, "data"), { recursive: true });
    if (owner !== undefined) await fs.writeFile(path.join(dir, "owner.pid"), `${owner}\n`);
    return dir;
  }

  it("removes the clusters of runs that are gone and keeps the rest", async () => {
    const dead = await clusterDir(`${CLUSTER_DIR_PREFIX}dead`, await deadPid());
    const alive = await clusterDir(`${CLUSTER_DIR_PREFIX}alive`, process.pid);
    const starting = await clusterDir(`${CLUSTER_DIR_PREFIX}starting`);
    const other = await clusterDir("something-else", await deadPid());

    expect(await reapLeftoverClusters(parent)).toEqual([dead]);

    await expect(fs.access(dead)).rejects.toThrow();
    for (const kept of [alive, starting, other]) await expect(fs.access(kept)).resolves.toBeUndefined();
  });
});
