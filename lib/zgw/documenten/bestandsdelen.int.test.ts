import { createHash } from "node:crypto";
import { readdir, rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import * as catalogussen from "@/app/catalogi/api/v1/catalogussen/route";
import * as iotPublish from "@/app/catalogi/api/v1/informatieobjecttypen/[uuid]/publish/route";
import * as iotLijst from "@/app/catalogi/api/v1/informatieobjecttypen/route";
import * as bestandsdeel from "@/app/documenten/api/v1/bestandsdelen/[uuid]/route";
import * as download from "@/app/documenten/api/v1/enkelvoudiginformatieobjecten/[uuid]/download/route";
import * as lock from "@/app/documenten/api/v1/enkelvoudiginformatieobjecten/[uuid]/lock/route";
import * as eio from "@/app/documenten/api/v1/enkelvoudiginformatieobjecten/[uuid]/route";
import * as unlock from "@/app/documenten/api/v1/enkelvoudiginformatieobjecten/[uuid]/unlock/route";
import * as eios from "@/app/documenten/api/v1/enkelvoudiginformatieobjecten/route";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing/test-database";
import { catalogusBody, informatieobjecttypeBody, testClient } from "../catalogi/testing/fixtures";
import { koppelTestOmgeving, zgwAanroeper } from "../testing/zgw-test";
import { ruimDocumentenOpslagOp } from "./onderhoud";
import { eioBody, tijdelijkeOpslag } from "./testing/fixtures";

const uuidVan = (url: string) => url.split("/").pop()!.split("?")[0]!;
const MiB = 1024 * 1024;

/** Deterministic content: a 1 MiB pattern with the chunk number in its first bytes, so parts and order matter. */
function inhoudBlok(index: number, lengte: number): Buffer {
  const blok = Buffer.alloc(lengte);
  for (let i = 0; i < lengte; i += 4) blok.writeUInt32LE((i * 2654435761 + index) >>> 0, Math.min(i, lengte - 4));
  blok.writeUInt32LE(index >>> 0, 0);
  return blok;
}

/** The bytes [start, start+lengte) of the document, as a generator of blocks of at most 1 MiB. */
function* inhoud(start: number, lengte: number): Generator<Buffer> {
  for (let pos = start; pos < start + lengte; ) {
    const index = Math.floor(pos / MiB);
    const inBlok = pos - index * MiB;
    const n = Math.min(MiB - inBlok, start + lengte - pos);
    yield inhoudBlok(index, MiB).subarray(inBlok, inBlok + n);
    pos += n;
  }
}

function sha256(start: number, lengte: number): string {
  const h = createHash("sha256");
  for (const b of inhoud(start, lengte)) h.update(b);
  return h.digest("hex");
}

/**
 * A multipart/form-data body generated while it is read (never in memory as a whole).
 * `breekAfNa`: the stream fails after that many content bytes; `kapAf`: it ends there without
 * the closing boundary.
 */
function multipart(opties: { lock?: string; start: number; lengte: number; breekAfNa?: number; kapAf?: number }): { body: ReadableStream<Uint8Array>; type: string } {
  const grens = `----zac${Math.random().toString(16).slice(2)}`;
  const kop = Buffer.from(
    (opties.lock !== undefined ? `--${grens}\r\nContent-Disposition: form-data; name="lock"\r\n\r\n${opties.lock}\r\n` : "") +
      `--${grens}\r\nContent-Disposition: form-data; name="inhoud"; filename="deel.bin"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );
  const staart = Buffer.from(`\r\n--${grens}--\r\n`);
  const blokken = inhoud(opties.start, opties.lengte);
  let verzonden = 0;
  let fase: "kop" | "inhoud" | "staart" | "klaar" = "kop";
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (fase === "kop") {
        controller.enqueue(new Uint8Array(kop));
        fase = "inhoud";
        return;
      }
      if (fase === "inhoud") {
        if (opties.breekAfNa !== undefined && verzonden >= opties.breekAfNa) {
          controller.error(new Error("verbinding verbroken"));
          return;
        }
        if (opties.kapAf !== undefined && verzonden >= opties.kapAf) {
          controller.close();
          fase = "klaar";
          return;
        }
        const volgende = blokken.next();
        if (volgende.done) {
          fase = "staart";
        } else {
          verzonden += volgende.value.length;
          controller.enqueue(new Uint8Array(volgende.value));
          return;
        }
      }
      if (fase === "staart") {
        controller.enqueue(new Uint8Array(staart));
        controller.close();
        fase = "klaar";
      }
    },
  });
  return { body, type: `multipart/form-data; boundary=${grens}` };
}

describe(`Documenten API: bestandsdelen op ${process.env.ZAC_TEST_DB}`, () => {
  let test: TestDatabase;
  let herstel: () => void;
  let opslag: string;
  const zgw = zgwAanroeper("documenten");
  const ztc = zgwAanroeper("catalogi");
  let beheer: string;
  let iot: string;

  beforeAll(async () => {
    opslag = await tijdelijkeOpslag();
    vi.stubEnv("DOCUMENTEN_OPSLAG", opslag);
    test = await createTestDatabase();
    herstel = koppelTestOmgeving(test.handle);
    beheer = await testClient(test.handle.db, "beheer", "alle");
    const cat = (await ztc.roep(catalogussen.POST, "POST", "/catalogussen", { token: beheer, body: catalogusBody("BD") })).body.url;
    iot = (await ztc.roep(iotLijst.POST, "POST", "/informatieobjecttypen", { token: beheer, body: informatieobjecttypeBody(cat, "Groot") })).body.url;
    await ztc.roep(iotPublish.POST, "POST", `/informatieobjecttypen/${uuidVan(iot)}/publish`, { token: beheer, params: { uuid: uuidVan(iot) } });
  });
  afterAll(async () => {
    herstel?.();
    await test?.dispose();
    vi.unstubAllEnvs();
    await rm(opslag, { recursive: true, force: true });
  });
  afterEach(() => vi.stubEnv("DOCUMENTEN_UPLOAD_CHUNK_SIZE", ""));

  const bestanden = async () => {
    const uit: string[] = [];
    for (const map of await readdir(opslag).catch(() => [] as string[])) {
      for (const f of await readdir(path.join(opslag, map)).catch(() => [] as string[])) uit.push(`${map}/${f}`);
    }
    return uit.sort();
  };

  const putDeel = async (deelUrl: string, mp: { body: ReadableStream<Uint8Array>; type: string }) => {
    const uuid = uuidVan(deelUrl);
    const request = new Request(`http://localhost:3000/documenten/api/v1/bestandsdelen/${uuid}`, {
      method: "PUT",
      headers: { Authorization: `Bearer ${beheer}`, "Content-Type": mp.type },
      body: mp.body,
      duplex: "half",
    } as RequestInit);
    const response = await bestandsdeel.PUT(request, { params: Promise.resolve({ uuid }) });
    const tekst = await response.text();
    const body = tekst ? JSON.parse(tekst) : undefined;
    zgw.validator.controleer({ method: "PUT", path: request.url, status: response.status, headers: response.headers, body });
    return { response, body };
  };

  const downloadHash = async (url: string) => {
    const uuid = uuidVan(url);
    const response = await download.GET(new Request(`http://localhost:3000/documenten/api/v1/enkelvoudiginformatieobjecten/${uuid}/download`, { headers: { Authorization: `Bearer ${beheer}` } }), {
      params: Promise.resolve({ uuid }),
    });
    expect(response.status).toBe(200);
    const h = createHash("sha256");
    let n = 0;
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      h.update(chunk);
      n += chunk.length;
    }
    return { hash: h.digest("hex"), omvang: n, lengteHeader: Number(response.headers.get("Content-Length")) };
  };

  const unlockDoc = (url: string, l: string) =>
    zgw.roep(unlock.POST, "POST", `/enkelvoudiginformatieobjecten/${uuidVan(url)}/unlock`, { token: beheer, body: { lock: l }, params: { uuid: uuidVan(url) } });

  it("aanmaken met bestandsomvang geeft gelockte bestandsdelen; delen uploaden (in willekeurige volgorde), unlock voegt samen en download geeft exact de bytes", async () => {
    vi.stubEnv("DOCUMENTEN_UPLOAD_CHUNK_SIZE", String(MiB));
    const omvang = 2 * MiB + 12345;
    const { response, body: doc } = await zgw.roep(eios.POST, "POST", "/enkelvoudiginformatieobjecten", {
      token: beheer,
      body: eioBody(iot, { bestandsomvang: omvang, inhoud: null, bestandsnaam: "groot.bin" }),
    });
    expect(response.status).toBe(201);
    expect(doc.locked).toBe(true);
    expect(doc.lock).toMatch(/^[0-9a-f]{32}$/);
    expect(doc.inhoud).toBeNull();
    expect(doc.bestandsdelen.map((d: { volgnummer: number; omvang: number; voltooid: boolean }) => [d.volgnummer, d.omvang, d.voltooid])).toEqual([
      [1, MiB, false],
      [2, MiB, false],
      [3, 12345, false],
    ]);
    const [d1, d2, d3] = doc.bestandsdelen as { url: string; omvang: number }[];

    // A wrong lock and a wrong size are refused and leave no file behind.
    const voor = await bestanden();
    const verkeerdLock = await putDeel(d1!.url, multipart({ lock: "0".repeat(32), start: 0, lengte: MiB }));
    expect(verkeerdLock.response.status).toBe(400);
    expect(verkeerdLock.body.invalidParams).toContainEqual(expect.objectContaining({ name: "lock", code: "incorrect-lock-id" }));
    const teKlein = await putDeel(d1!.url, multipart({ lock: doc.lock, start: 0, lengte: MiB - 1 }));
    expect(teKlein.body.invalidParams).toContainEqual(expect.objectContaining({ name: "inhoud", code: "file-size" }));
    const teGroot = await putDeel(d1!.url, multipart({ lock: doc.lock, start: 0, lengte: MiB + 1 }));
    expect(teGroot.body.invalidParams).toContainEqual(expect.objectContaining({ name: "inhoud", code: "file-size" }));
    const zonderLock = await putDeel(d1!.url, multipart({ start: 0, lengte: MiB }));
    expect(zonderLock.body.invalidParams).toContainEqual(expect.objectContaining({ name: "lock", code: "required" }));
    expect(await bestanden()).toEqual(voor);

    const deel3 = await putDeel(d3!.url, multipart({ lock: doc.lock, start: 2 * MiB, lengte: 12345 }));
    expect(deel3.response.status).toBe(200);
    expect(deel3.body).toMatchObject({ url: d3!.url, volgnummer: 3, omvang: 12345, voltooid: true });
    expect((await putDeel(d1!.url, multipart({ lock: doc.lock, start: 0, lengte: MiB }))).response.status).toBe(200);

    // Not all parts yet: unlock refuses and the document stays locked.
    const teVroeg = await unlockDoc(doc.url, doc.lock);
    expect(teVroeg.response.status).toBe(400);
    expect(teVroeg.body.invalidParams).toContainEqual(expect.objectContaining({ code: "incomplete-upload" }));
    const tussen = await zgw.roep(eio.GET, "GET", `/enkelvoudiginformatieobjecten/${uuidVan(doc.url)}`, { token: beheer, params: { uuid: uuidVan(doc.url) } });
    expect(tussen.body.locked).toBe(true);
    expect(tussen.body.bestandsdelen.map((d: { voltooid: boolean }) => d.voltooid)).toEqual([true, false, true]);

    expect((await putDeel(d2!.url, multipart({ lock: doc.lock, start: MiB, lengte: MiB }))).response.status).toBe(200);
    expect((await unlockDoc(doc.url, doc.lock)).response.status).toBe(204);

    const na = await zgw.roep(eio.GET, "GET", `/enkelvoudiginformatieobjecten/${uuidVan(doc.url)}`, { token: beheer, params: { uuid: uuidVan(doc.url) } });
    expect(na.body).toMatchObject({ locked: false, bestandsdelen: [], bestandsomvang: omvang, inhoud: `${doc.url}/download?versie=1` });
    const dl = await downloadHash(doc.url);
    expect(dl).toEqual({ hash: sha256(0, omvang), omvang, lengteHeader: omvang });
    // Only the merged content remains in the store: the parts are gone.
    expect((await bestanden()).filter((b) => !b.startsWith("tmp/"))).toHaveLength(voor.filter((b) => !b.startsWith("tmp/")).length + 1);

    // An update with a new bestandsomvang starts a new chunked upload for version 2.
    const { lock: l2 } = (await zgw.roep(lock.POST, "POST", `/enkelvoudiginformatieobjecten/${uuidVan(doc.url)}/lock`, { token: beheer, params: { uuid: uuidVan(doc.url) } })).body;
    const v2 = await zgw.roep(eio.PATCH, "PATCH", `/enkelvoudiginformatieobjecten/${uuidVan(doc.url)}`, {
      token: beheer,
      params: { uuid: uuidVan(doc.url) },
      body: { bestandsomvang: 5000, inhoud: null, lock: l2 },
    });
    expect(v2.body).toMatchObject({ versie: 2, inhoud: null, bestandsomvang: 5000 });
    expect(v2.body.bestandsdelen).toHaveLength(1);
    expect((await putDeel(v2.body.bestandsdelen[0].url, multipart({ lock: l2, start: 0, lengte: 5000 }))).response.status).toBe(200);
    expect((await unlockDoc(doc.url, l2)).response.status).toBe(204);
    expect((await downloadHash(doc.url)).hash).toBe(sha256(0, 5000));
  });

  it("een verzoek dat halverwege afbreekt of afgekapt is laat geen bestand achter", async () => {
    const omvang = 8 * MiB;
    const { body: doc } = await zgw.roep(eios.POST, "POST", "/enkelvoudiginformatieobjecten", { token: beheer, body: eioBody(iot, { bestandsomvang: omvang }) });
    const deel = doc.bestandsdelen[0].url as string;
    const voor = await bestanden();
    const afgebroken = await putDeel(deel, multipart({ lock: doc.lock, start: 0, lengte: omvang, breekAfNa: 4 * MiB }));
    expect(afgebroken.response.status).toBe(400);
    expect(await bestanden()).toEqual(voor);
    const afgekapt = await putDeel(deel, multipart({ lock: doc.lock, start: 0, lengte: omvang, kapAf: 3 * MiB }));
    expect(afgekapt.response.status).toBe(400);
    expect(await bestanden()).toEqual(voor);
    const gelezen = await zgw.roep(eio.GET, "GET", `/enkelvoudiginformatieobjecten/${uuidVan(doc.url)}`, { token: beheer, params: { uuid: uuidVan(doc.url) } });
    expect(gelezen.body.bestandsdelen[0].voltooid).toBe(false);
  });

  it("200 MiB in bestandsdelen: het geheugen blijft vlak (RSS-groei < 64 MiB) bij upload, samenvoegen en download", async () => {
    const omvang = 200 * MiB;
    const { body: doc } = await zgw.roep(eios.POST, "POST", "/enkelvoudiginformatieobjecten", { token: beheer, body: eioBody(iot, { bestandsomvang: omvang }) });
    // Default part size 100 MiB (DOCUMENTEN_UPLOAD_CHUNK_SIZE).
    expect(doc.bestandsdelen.map((d: { omvang: number }) => d.omvang)).toEqual([100 * MiB, 100 * MiB]);
    (globalThis as { gc?: () => void }).gc?.();
    const basis = process.memoryUsage().rss;
    let piek = basis;
    const meter = setInterval(() => {
      piek = Math.max(piek, process.memoryUsage().rss);
    }, 20);
    try {
      for (const [i, d] of (doc.bestandsdelen as { url: string }[]).entries()) {
        const { response } = await putDeel(d.url, multipart({ lock: doc.lock, start: i * 100 * MiB, lengte: 100 * MiB }));
        expect(response.status).toBe(200);
      }
      expect((await unlockDoc(doc.url, doc.lock)).response.status).toBe(204);
      const dl = await downloadHash(doc.url);
      expect(dl.omvang).toBe(omvang);
      expect(dl.hash).toBe(sha256(0, omvang));
    } finally {
      clearInterval(meter);
    }
    const groei = (piek - basis) / MiB;
    console.info(`bestandsdelen 200 MiB: RSS-groei ${groei.toFixed(1)} MiB`);
    expect(groei).toBeLessThan(64);
  }, 180_000);

  it("opruimen bij start verwijdert tijdelijke bestanden en bestanden waar geen rij naar verwijst", async () => {
    const { mkdir, writeFile } = await import("node:fs/promises");
    await mkdir(path.join(opslag, "tmp"), { recursive: true });
    await writeFile(path.join(opslag, "tmp", "halfgeschreven.part"), "x");
    await mkdir(path.join(opslag, "ab"), { recursive: true });
    const wees = `ab/${"ab".padEnd(40, "0")}`;
    await writeFile(path.join(opslag, wees), "wees");
    const voor = await bestanden();
    const resultaat = await ruimDocumentenOpslagOp(test.handle.db, 0);
    expect(resultaat).toEqual({ tijdelijk: 1, wees: 1 });
    const na = await bestanden();
    expect(na).not.toContain(wees);
    expect(na).not.toContain("tmp/halfgeschreven.part");
    // Every file of a version that is still referenced stays.
    expect(na.length).toBe(voor.length - 2);
  });
});
