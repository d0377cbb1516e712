/**
 * Signing keys (JWKS) and cookie keys of the built-in provider: generated on first start and
 * kept under ZAC_DATA_DIR (mode 0600, never in the repository), so tokens and sessions stay
 * valid across restarts.
 */
import { generateKeyPairSync, randomBytes, randomUUID } from "node:crypto";
import { z } from "zod";
import type { Config } from "@/lib/config";
import { geheimInDataMap } from "../instellingen";

const bestandSchema = z.object({
  jwks: z.object({ keys: z.array(z.record(z.string(), z.unknown())).min(1) }),
  cookieSleutels: z.array(z.string()).min(1),
});

export interface IdpSleutels {
  jwks: { keys: Record<string, unknown>[] };
  /** Public parts only (for verifying our own tokens in the admin API). */
  publiekeJwks: { keys: Record<string, unknown>[] };
  cookieSleutels: string[];
}

function maakSleutels(): string {
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const jwk = { ...privateKey.export({ format: "jwk" }), kid: randomUUID(), alg: "RS256", use: "sig" };
  return JSON.stringify({ jwks: { keys: [jwk] }, cookieSleutels: [randomBytes(32).toString("base64url")] });
}

const PRIVE = new Set(["d", "p", "q", "dp", "dq", "qi"]);

export function laadSleutels(config: Config): IdpSleutels {
  const { jwks, cookieSleutels } = bestandSchema.parse(JSON.parse(geheimInDataMap(config, "ingebouwde-idp/sleutels.json", maakSleutels)));
  const publiekeJwks = { keys: jwks.keys.map((k) => Object.fromEntries(Object.entries(k).filter(([n]) => !PRIVE.has(n)))) };
  return { jwks, publiekeJwks, cookieSleutels };
}
