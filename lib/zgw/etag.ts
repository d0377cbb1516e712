import { createHash } from "node:crypto";

/**
 * ETag of a resource (GUIDE §5.5): over its JSON representation, so a representation that
 * differs (another host in the URLs) has another ETag. MD5 as the reference implementation;
 * it is a cache validator, not a security measure.
 */
export function berekenEtag(representatie: unknown): string {
  return `"${createHash("md5").update(JSON.stringify(representatie)).digest("hex")}"`;
}

/** Whether `If-None-Match` matches the ETag (weak comparison, `*` matches anything). */
export function ifNoneMatchPast(header: string | null, etag: string): boolean {
  if (!header) return false;
  const kaal = (t: string) => t.trim().replace(/^W\//, "");
  return header.split(",").some((deel) => deel.trim() === "*" || kaal(deel) === kaal(etag));
}
