import { Readable, Transform } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import busboy from "busboy";
import { and, eq } from "drizzle-orm";
import { validatieFout, zgwFout } from "../fouten";
import { gooiWeg, schrijfBlob, type GeschrevenBlob } from "./blobs";
import { COLLECTIE, zoekDocument, type BestandsdeelRij } from "./opslag";
import { drcBestandsdeel } from "./schema";
import { kenmerken, nietGevonden, schrijf, SCOPE } from "./service";
import type { ZgwContext } from "../route";

interface Ontvangen {
  lock: string | null;
  blob: GeschrevenBlob | null;
  /** Why the file was refused while streaming (too large), if it was. */
  fout: "te-groot" | null;
}

/**
 * Reads a multipart/form-data body STREAMING (busboy on request.body): the `inhoud` file goes
 * straight into the blob store (at most `max` bytes), `lock` is kept. Never buffers the body.
 * When the body breaks off or is malformed, the temp file is removed before this rejects.
 */
function ontvang(request: Request, max: number): Promise<Ontvangen> {
  const type = request.headers.get("content-type") ?? "";
  return new Promise<Ontvangen>((resolve, reject) => {
    let bb: busboy.Busboy;
    try {
      bb = busboy({ headers: { "content-type": type }, limits: { files: 1, fields: 10, fieldSize: 1024, parts: 20 } });
    } catch {
      reject(validatieFout([{ name: "inhoud", code: "invalid", reason: "Het verzoek is geen geldige multipart/form-data." }]));
      return;
    }
    let lock: string | null = null;
    let schrijven: Promise<GeschrevenBlob | "te-groot"> | null = null;
    let klaar = false;
    const afbreken = async (error: unknown) => {
      if (klaar) return;
      klaar = true;
      // Wait for the file write to settle (it removes its temp file on failure), then drop a finished blob.
      const blob = await schrijven?.catch(() => null);
      if (blob && blob !== "te-groot") await gooiWeg([blob.sleutel]);
      reject(error);
    };
    bb.on("field", (naam: string, waarde: string) => {
      if (naam === "lock") lock = waarde;
    });
    bb.on("file", (naam: string, stream: Readable) => {
      if (naam !== "inhoud" || schrijven) {
        stream.resume();
        return;
      }
      // The size limit drops the surplus instead of failing: busboy's file stream must be
      // read to its end (a destroyed one stalls the parser), so the reply can still be a 400.
      let ontvangen = 0;
      let teGroot = false;
      const teller = new Transform({
        transform(chunk: Buffer, _enc, cb) {
          ontvangen += chunk.length;
          if (ontvangen > max) {
            teGroot = true;
            cb();
          } else cb(null, chunk);
        },
      });
      // pipe() does not pass errors on: a broken body must fail the write (which removes its temp file).
      stream.on("error", (error) => teller.destroy(error));
      stream.pipe(teller);
      schrijven = schrijfBlob(teller).then(
        async (blob): Promise<GeschrevenBlob | "te-groot"> => {
          if (!teGroot) return blob;
          await gooiWeg([blob.sleutel]);
          return "te-groot";
        },
        (error: unknown) => {
          // The write failed (disk): drain the rest so busboy can finish.
          stream.unpipe(teller);
          stream.resume();
          throw error;
        },
      );
      // A failure is handled where `schrijven` is awaited.
      schrijven.catch(() => undefined);
    });
    bb.on("error", (error: unknown) => void afbreken(validatieFout([{ name: "inhoud", code: "invalid", reason: `Het verzoek kon niet gelezen worden: ${String((error as Error)?.message ?? error)}` }])));
    bb.on("close", () => {
      if (klaar) return;
      void (async () => {
        try {
          const r = schrijven ? await schrijven : null;
          klaar = true;
          resolve({ lock, blob: r === "te-groot" ? null : r, fout: r === "te-groot" ? "te-groot" : null });
        } catch (error) {
          await afbreken(error);
        }
      })();
    });
    if (!request.body) {
      void afbreken(validatieFout([{ name: "inhoud", code: "required", reason: "Er is geen bestand meegestuurd." }]));
      return;
    }
    const bron = Readable.fromWeb(request.body as unknown as WebReadableStream<Uint8Array>);
    bron.on("error", (error) => {
      bb.destroy(error);
      void afbreken(validatieFout([{ name: "inhoud", code: "invalid", reason: "Het verzoek werd afgebroken." }]));
    });
    bron.pipe(bb);
  });
}

export function bestandsdeelResource(root: string, d: BestandsdeelRij, lock: string): Record<string, unknown> {
  return { url: `${root}/${COLLECTIE.bestandsdeel}/${d.uuid}`, lock, omvang: d.omvang, voltooid: d.blob !== null, volgnummer: d.volgnummer };
}

/**
 * PUT /bestandsdelen/{uuid}: one part of a chunked upload, with the document's lock and
 * exactly the part's size. The part is streamed to the store first; the row points at it
 * only when every check passed, else the file is removed again.
 */
export async function uploadBestandsdeel(request: Request, ctx: ZgwContext<{ uuid: string }>, uuid: string): Promise<Record<string, unknown>> {
  const [deel] = await ctx.db.select().from(drcBestandsdeel).where(eq(drcBestandsdeel.uuid, uuid));
  if (!deel) throw nietGevonden("bestandsdeel");
  const doc = await zoekDocument(ctx.db, deel.informatieobjectUuid);
  if (!doc) throw nietGevonden("bestandsdeel");
  ctx.auth.vereis(SCOPE.bijwerkenStrikt, kenmerken(doc));
  const type = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\s*;/i.test(type)) {
    throw zgwFout("unsupported_media_type", "unsupported_media_type", "Stuur het bestandsdeel als multipart/form-data met de velden inhoud en lock.");
  }
  const ontvangen = await ontvang(request, deel.omvang);
  const weg = async () => {
    if (ontvangen.blob) await gooiWeg([ontvangen.blob.sleutel]);
  };
  try {
    if (!ontvangen.lock) throw validatieFout([{ name: "lock", code: "required", reason: "Dit veld is vereist." }]);
    if (!ontvangen.blob && ontvangen.fout === null) throw validatieFout([{ name: "inhoud", code: "required", reason: "Er is geen bestand meegestuurd." }]);
    if (ontvangen.fout === "te-groot" || ontvangen.blob!.omvang !== deel.omvang) {
      throw validatieFout([{ name: "inhoud", code: "file-size", reason: `Het bestandsdeel moet precies ${deel.omvang} bytes zijn.` }]);
    }
  } catch (error) {
    await weg();
    throw error;
  }
  const blob = ontvangen.blob!;
  return schrijf(ctx as ZgwContext<unknown>, request, async (omg) => {
    omg.nieuweBlobs.push(blob.sleutel);
    const huidig = await zoekDocument(omg.db, doc.uuid, { voorUpdate: true });
    if (!huidig) throw nietGevonden("bestandsdeel");
    if (huidig.lock === "" || huidig.lock !== ontvangen.lock) {
      throw validatieFout([{ name: "lock", code: "incorrect-lock-id", reason: "Onjuist lock-id." }]);
    }
    // Read again under the document's row lock: the part may have been replaced meanwhile.
    const [vorig] = await omg.db
      .select({ blob: drcBestandsdeel.blob })
      .from(drcBestandsdeel)
      .where(and(eq(drcBestandsdeel.uuid, uuid), eq(drcBestandsdeel.informatieobjectUuid, doc.uuid)));
    if (!vorig) throw nietGevonden("bestandsdeel");
    const [bijgewerkt] = await omg.db.update(drcBestandsdeel).set({ blob: blob.sleutel }).where(eq(drcBestandsdeel.uuid, uuid)).returning();
    // A part sent again replaces the earlier upload.
    if (vorig.blob) omg.oudeBlobs.push(vorig.blob);
    return bestandsdeelResource(ctx.apiRoot, bijgewerkt!, ontvangen.lock);
  });
}
