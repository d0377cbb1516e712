import { envSchema, type Env } from "./schema";

export { envDocumentation, envSchema, type Env } from "./schema";

export interface Config extends Env {
  /** ZAC_PUBLIC_URL without trailing slash, or http://localhost:PORT. */
  publicUrl: string;
  /**
   * How the server reaches itself (loopback), for the built-in PABC and similar in-app
   * services: going through ZAC_PUBLIC_URL would hairpin through a proxy or load balancer.
   */
  internalUrl: string;
  database: { driver: "pglite"; dataDir: string } | { driver: "postgres"; url: string; poolMax: number };
  /** Whether demo data is loaded at start (ZAC_DEMO_SEED, `auto` = embedded database only). */
  demoSeed: boolean;
}

/** Thrown when the environment is invalid; its message lists every bad variable. */
export class ConfigError extends Error {
  constructor(readonly problems: { variable: string; probleem: string }[]) {
    super(
      "De configuratie is ongeldig; de app start niet.\n" +
        problems.map((p) => `  - ${p.variable}: ${p.probleem}`).join("\n") +
        "\nZie de tabel 'Configuratie' in README.md.",
    );
    this.name = "ConfigError";
  }
}

export function parseConfig(env: NodeJS.ProcessEnv | Record<string, string | undefined> = process.env): Config {
  const result = envSchema.safeParse(env);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => ({
        variable: String(issue.path[0] ?? "(onbekend)"),
        probleem: issue.message,
      })),
    );
  }
  const e = result.data;
  const publicUrl = (e.ZAC_PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, "");
  const host = e.HOST === "0.0.0.0" ? "127.0.0.1" : e.HOST === "::" ? "[::1]" : e.HOST.includes(":") ? `[${e.HOST}]` : e.HOST;
  const internalUrl = `http://${host}:${e.PORT}`;
  const database: Config["database"] = e.DATABASE_URL
    ? { driver: "postgres", url: e.DATABASE_URL, poolMax: e.DATABASE_POOL_MAX }
    : { driver: "pglite", dataDir: e.ZAC_DATA_DIR };
  const demoSeed = e.ZAC_DEMO_SEED === "auto" ? database.driver === "pglite" : e.ZAC_DEMO_SEED === "true";
  return { ...e, publicUrl, internalUrl, database, demoSeed };
}

const CONFIG_KEY = Symbol.for("zac.config");
type WithConfig = typeof globalThis & { [CONFIG_KEY]?: Config };

/** The process-wide configuration, parsed once. */
export function getConfig(): Config {
  const g = globalThis as WithConfig;
  g[CONFIG_KEY] ??= parseConfig(process.env);
  return g[CONFIG_KEY];
}
