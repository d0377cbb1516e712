import { randomBytes } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { Readable, Transform, type TransformCallback } from "node:stream";
import { pipeline } from "node:stream/promises";
import { z } from "zod";

/**
 * The content of documents: files in a directory (DOCUMENTEN_OPSLAG). Writes stream into a
 * temporary file in `tmp/` of the same file system, are fsynced and then renamed to a fresh,
 * random key. A key is only reachable through a database row, so a file under its key is
 * complete before anyone can see it; the caller deletes it again when its transaction fails
 * (`gooiWeg`). A crash between rename and commit leaves an unreferenced file: `ruimOp`
 * (run at start) removes temp files and such orphans.
 */

export const documentenEnvShape = {
  DOCUMENTEN_OPSLAG: z.preprocess((v) => (v === "" ? undefined : v), z.string().min(1).optional()),
  DOCUMENTEN_UPLOAD_CHUNK_SIZE: z.preprocess(
    (v) => (v === undefined || v === "" ? "104857600" : v),
    z.coerce.number({ error: "verwacht een aantal bytes" }).int().min(1024).max(2 ** 40),
  ),
} as const;

export const documentenEnvDocumentation = {
  DOCUMENTEN_OPSLAG: {
    standaard: "./.data/documenten",
    omschrijving: "Directory holding the content of the Documenten API's documents (files, written via a temp file and an atomic rename).",
  },
  DOCUMENTEN_UPLOAD_CHUNK_SIZE: {
    standaard: "104857600",
    omschrijving: "Size in bytes of one bestandsdeel of a chunked document upload (Open Zaak's `DOCUMENTEN_UPLOAD_CHUNK_SIZE`); default 100 MiB.",
  },
} as const;

const envSchema = z.object(documentenEnvShape);

export function documentenEnv(env: NodeJS.ProcessEnv | Record<string, string | undefined> = process.env) {
  const r = envSchema.safeParse(env);
  if (!r.success) throw new Error(`Ongeldige Documenten-configuratie: ${r.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`).join("; ")}`);
  return r.data;
}

/** The root directory of the store (absolute). */
export function opslagMap(): string {
  return path.resolve(process.cwd(), documentenEnv().DOCUMENTEN_OPSLAG ?? ".data/documenten");
}

export function chunkGrootte(): number {
  return documentenEnv().DOCUMENTEN_UPLOAD_CHUNK_SIZE;
}

const SLEUTEL = /^[0-9a-f]{2}\/[0-9a-f]{40}$/;

function padVan(sleutel: string): string {
  if (!SLEUTEL.test(sleutel)) throw new Error(`Ongeldige blob-sleutel ${sleutel}`);
  return path.join(opslagMap(), sleutel);
}

async function fsyncMap(map: string): Promise<void> {
  const h = await fs.open(map, "r");
  try {
    await h.sync();
  } finally {
    await h.close();
  }
}

/** Thrown when a stream carries more bytes than allowed. */
export class TeGrootFout extends Error {}

function begrenzer(max: number | undefined, teller: { n: number }): Transform {
  return new Transform({
    transform(chunk: Buffer, _enc, cb: TransformCallback) {
      teller.n += chunk.length;
      if (max !== undefined && teller.n > max) cb(new TeGrootFout(`meer dan ${max} bytes`));
      else cb(null, chunk);
    },
  });
}

export interface GeschrevenBlob {
  sleutel: string;
  omvang: number;
}

/**
 * Streams `bron` into the store: temp file, fsync, rename to a new key. On any failure the
 * temp file is removed and the error rethrown. `max` aborts a stream that grows beyond it.
 */
export async function schrijfBlob(bron: Readable | AsyncIterable<Buffer> | Buffer, opties: { max?: number } = {}): Promise<GeschrevenBlob> {
  const root = opslagMap();
  const tmpMap = path.join(root, "tmp");
  await fs.mkdir(tmpMap, { recursive: true });
  const id = randomBytes(20).toString("hex");
  const tmp = path.join(tmpMap, `${id}.part`);
  const teller = { n: 0 };
  try {
    const invoer = Buffer.isBuffer(bron) ? Readable.from([bron]) : bron instanceof Readable ? bron : Readable.from(bron);
    const uit = createWriteStream(tmp, { flags: "wx" });
    await pipeline(invoer, begrenzer(opties.max, teller), uit);
    const h = await fs.open(tmp, "r+");
    try {
      await h.sync();
    } finally {
      await h.close();
    }
    const sleutel = `${id.slice(0, 2)}/${id}`;
    const doel = padVan(sleutel);
    await fs.mkdir(path.dirname(doel), { recursive: true });
    await fs.rename(tmp, doel);
    await fsyncMap(path.dirname(doel));
    return { sleutel, omvang: teller.n };
  } catch (error) {
    await fs.rm(tmp, { force: true });
    throw error;
  }
}

/** Concatenates blobs in order into a new blob (the merge of bestandsdelen). */
export async function voegSamen(sleutels: string[]): Promise<GeschrevenBlob> {
  async function* alles(): AsyncGenerator<Buffer> {
    for (const s of sleutels) {
      for await (const chunk of createReadStream(padVan(s))) yield chunk as Buffer;
    }
  }
  return schrijfBlob(Readable.from(alles()));
}

/** A stream of a blob's bytes. */
export function leesBlob(sleutel: string): Readable {
  return createReadStream(padVan(sleutel));
}

export async function blobOmvang(sleutel: string): Promise<number> {
  return (await fs.stat(padVan(sleutel))).size;
}

export async function bestaatBlob(sleutel: string): Promise<boolean> {
  try {
    await fs.access(padVan(sleutel));
    return true;
  } catch {
    return false;
  }
}

/** Removes blobs (after the transaction that dropped their rows committed, or failed). */
export async function gooiWeg(sleutels: Iterable<string | null | undefined>): Promise<void> {
  for (const s of sleutels) {
    if (s && SLEUTEL.test(s)) await fs.rm(padVan(s), { force: true });
  }
}

/**
 * Start-up cleanup: removes every temp file, and files that no row references (`bekend`
 * answers per key) and that are older than `minLeeftijdMs` (so a write of a running
 * request in another process, renamed but not yet committed, is left alone).
 */
export async function ruimOp(bekend: (sleutels: string[]) => Promise<Set<string>>, minLeeftijdMs = 60 * 60 * 1000): Promise<{ tijdelijk: number; wees: number }> {
  const root = opslagMap();
  let tijdelijk = 0;
  let wees = 0;
  const tmpMap = path.join(root, "tmp");
  for (const naam of await fs.readdir(tmpMap).catch(() => [] as string[])) {
    const p = path.join(tmpMap, naam);
    const st = await fs.stat(p).catch(() => null);
    if (st && Date.now() - st.mtimeMs >= minLeeftijdMs) {
      await fs.rm(p, { force: true });
      tijdelijk++;
    }
  }
  for (const map of await fs.readdir(root).catch(() => [] as string[])) {
    if (!/^[0-9a-f]{2}$/.test(map)) continue;
    const namen = await fs.readdir(path.join(root, map)).catch(() => [] as string[]);
    for (let i = 0; i < namen.length; i += 500) {
      const deel = namen.slice(i, i + 500).map((n) => `${map}/${n}`).filter((s) => SLEUTEL.test(s));
      const bekende = await bekend(deel);
      for (const s of deel) {
        if (bekende.has(s)) continue;
        const st = await fs.stat(padVan(s)).catch(() => null);
        if (st && Date.now() - st.mtimeMs >= minLeeftijdMs) {
          await fs.rm(padVan(s), { force: true });
          wees++;
        }
      }
    }
  }
  return { tijdelijk, wees };
}
