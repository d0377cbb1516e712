import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ConfigError, envDocumentation, envSchema, parseConfig } from "./index";
import { withConfigTable } from "./readme-table";

describe("parseConfig", () => {
  it("runs on the embedded defaults with an empty environment", () => {
    const config = parseConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.database).toEqual({ driver: "pglite", dataDir: "./.data" });
    expect(config.publicUrl).toBe("http://localhost:3000");
    expect(config.internalUrl).toBe("http://localhost:3000");
    expect(config.demoSeed).toBe(true);
    expect(config.LOG_LEVEL).toBe("info");
  });

  it("uses a PostgreSQL server when DATABASE_URL is set, and then does not seed demo data by default", () => {
    const config = parseConfig({ DATABASE_URL: "postgres://zac:geheim@db:5432/zac", DATABASE_POOL_MAX: "25" });
    expect(config.database).toEqual({ driver: "postgres", url: "postgres://zac:geheim@db:5432/zac", poolMax: 25 });
    expect(config.demoSeed).toBe(false);
    expect(parseConfig({ DATABASE_URL: "postgresql://db/zac", ZAC_DEMO_SEED: "true" }).demoSeed).toBe(true);
  });

  it("treats empty values as unset", () => {
    const config = parseConfig({ DATABASE_URL: "", PORT: "", ZAC_PUBLIC_URL: "" });
    expect(config.database.driver).toBe("pglite");
    expect(config.PORT).toBe(3000);
  });

  it("reaches itself over loopback whatever the public URL", () => {
    const config = parseConfig({ HOST: "0.0.0.0", PORT: "8080", ZAC_PUBLIC_URL: "https://zac.gemeente.nl" });
    expect(config.internalUrl).toBe("http://127.0.0.1:8080");
    expect(parseConfig({ HOST: "::" }).internalUrl).toBe("http://[::1]:3000");
  });

  it("strips a trailing slash from the public URL", () => {
    expect(parseConfig({ ZAC_PUBLIC_URL: "https://zac.gemeente.nl/" }).publicUrl).toBe("https://zac.gemeente.nl");
  });

  it("lists every bad variable in one error", () => {
    let error: unknown;
    try {
      parseConfig({ DATABASE_URL: "nonsense", PORT: "70000", LOG_LEVEL: "luid", ZAC_PUBLIC_URL: "ftp://x" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.map((p) => p.variable).sort();
    expect(problems).toEqual(["DATABASE_URL", "LOG_LEVEL", "PORT", "ZAC_PUBLIC_URL"]);
    expect((error as ConfigError).message).toContain("DATABASE_URL: verwacht een PostgreSQL-URL");
  });

  it.each(["mysql://db/zac", "postgres://", "http://db/zac"])("rejects %s as DATABASE_URL", (url) => {
    expect(() => parseConfig({ DATABASE_URL: url })).toThrow(ConfigError);
  });

  it("never echoes a DATABASE_URL value (it may hold a password) in the error", () => {
    expect(() => parseConfig({ DATABASE_URL: "geheim-wachtwoord" })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining("geheim-wachtwoord") }),
    );
  });
});

describe("configuration documentation", () => {
  it("documents every variable of the schema", () => {
    expect(Object.keys(envDocumentation).sort()).toEqual(Object.keys(envSchema.shape).sort());
  });

  it("has the generated table in the README (run `npm run docs:config` after a change)", () => {
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    expect(withConfigTable(readme)).toBe(readme);
    for (const name of Object.keys(envSchema.shape)) expect(readme).toContain(`| \`${name}\` |`);
  });
});
