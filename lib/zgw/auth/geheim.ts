import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { AppError } from "@/lib/errors";
import { zgwEnv } from "../env";

/**
 * Encryption at rest of ZGW client secrets. HS256 verification needs the secret itself, so
 * it cannot be hashed; it is encrypted with AES-256-GCM under a key derived (HKDF-SHA256)
 * from ZGW_ENCRYPTION_KEY. Format: `v1.<iv>.<ciphertext>.<tag>` (base64url).
 */

// Outside production only: lets development and tests run without configuration. Secrets
// encrypted with it are as good as plaintext, which is why production refuses it.
const ONTWIKKELSLEUTEL = "zac-ontwikkeling-zgw-sleutel-niet-voor-productie";
const INFO = "zac zgw client secret v1";

export function versleutelSleutel(env = zgwEnv()): Buffer {
  const bron = env.ZGW_ENCRYPTION_KEY;
  if (!bron && env.productie) {
    throw new AppError("service_unavailable", {
      detail: "ZGW_ENCRYPTION_KEY is niet gezet; zonder die sleutel worden ZGW-client-secrets niet opgeslagen of gelezen.",
    });
  }
  return Buffer.from(hkdfSync("sha256", bron ?? ONTWIKKELSLEUTEL, "zac-zgw", INFO, 32));
}

export function versleutel(geheim: string, sleutel: Buffer = versleutelSleutel()): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", sleutel, iv);
  const data = Buffer.concat([cipher.update(geheim, "utf8"), cipher.final()]);
  return ["v1", iv.toString("base64url"), data.toString("base64url"), cipher.getAuthTag().toString("base64url")].join(".");
}

/** The plaintext, or `null` when the value was not encrypted with this key (or is damaged). */
export function ontsleutel(waarde: string, sleutel: Buffer = versleutelSleutel()): string | null {
  const [versie, iv, data, tag] = waarde.split(".");
  if (versie !== "v1" || !iv || data === undefined || !tag) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", sleutel, Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
