import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

/** Starts server.ts the way `npm start` does and returns what the operator would see. */
function start(env: Record<string, string>) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "server.ts"], {
    cwd: root,
    env: { NODE_ENV: "test", PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: result.status, stderr: result.stderr };
}

describe("server start with a bad configuration", () => {
  it("stops with exit code 1 and names each bad variable, before touching anything", () => {
    const { code, stderr } = start({ DATABASE_URL: "nonsense", PORT: "geen-poort", ZAC_DATA_DIR: "/nonexistent/never-created" });
    expect(code).toBe(1);
    expect(stderr).toContain("De configuratie is ongeldig; de app start niet.");
    expect(stderr).toContain("DATABASE_URL: verwacht een PostgreSQL-URL");
    expect(stderr).toContain("PORT: verwacht een poortnummer");
    expect(stderr).not.toMatch(/at .*\.ts:\d+/); // a message for the operator, not a stack trace
    expect(existsSync("/nonexistent/never-created")).toBe(false);
  });

  it("stops with a clear message when the PostgreSQL server is unreachable", () => {
    const { code, stderr } = start({ DATABASE_URL: "postgres://zac:geheim@127.0.0.1:1/zac" });
    expect(code).toBe(1);
    expect(stderr).toContain("De database is niet bereikbaar");
    expect(stderr).toContain("ECONNREFUSED");
    expect(stderr).not.toContain("geheim");
  });
});
