import { spawn, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { once } from "node:events";
import fs from "node:fs/promises";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { SignJWT } from "jose";
import pg from "pg";
import { findFreePort, startTemporaryCluster, type TemporaryCluster } from "@/lib/db/testing/pg-cluster";

/**
 * Crash safety (issue #6): the app process is killed outright (SIGKILL) while zaken are being
 * written, documents stored and a large upload streams in; after a restart the database and
 * the blob store must agree, every acknowledged write must be there with its audit trail and
 * outbox row, and the notifications queued while the Notificaties API was down are delivered.
 *
 * Runs against PostgreSQL (a temporary cluster) as production does: the database outlives the
 * app process. No browser.
 */

const CLIENT_ID = "zac-intern";
const SECRET = "herstel-alleen-voor-tests-zac-intern-geheim-0123456789";
const NRC_SECRET = "herstel-nrc-geheim-0123456789";
const DEEL = 8 * 1024 * 1024; // DOCUMENTEN_UPLOAD_CHUNK_SIZE for this app: 8 MiB parts
const GROOT = 5 * DEEL; // the large upload: 40 MiB in 5 parts

test.use({ storageState: { cookies: [], origins: [] } });
test.setTimeout(300_000);

async function jwt(): Promise<string> {
  return new SignJWT({ client_id: CLIENT_ID, user_id: "herstel", user_representation: "Hersteltest" })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setIssuer(CLIENT_ID)
    .setIssuedAt()
    .sign(new TextEncoder().encode(SECRET));
}

/** A Notificaties API that records what it gets; `beschikbaar=false` answers 503. */
function nepNrc() {
  const ontvangen: Array<Record<string, unknown>> = [];
  let beschikbaar = false;
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (d: Buffer) => (body += d.toString()));
    req.on("end", () => {
      const url = req.url ?? "";
      if (req.method === "GET" && url.startsWith("/api/v1/kanaal")) {
        res.writeHead(200, { "Content-Type": "application/json" }).end("[]");
      } else if (req.method === "POST" && url === "/api/v1/kanaal") {
        res.writeHead(201, { "Content-Type": "application/json" }).end(body);
      } else if (req.method === "POST" && url === "/api/v1/notificaties") {
        if (!beschikbaar) {
          res.writeHead(503).end();
          return;
        }
        ontvangen.push(JSON.parse(body) as Record<string, unknown>);
        res.writeHead(200, { "Content-Type": "application/json" }).end(body);
      } else {
        res.writeHead(404).end();
      }
    });
  });
  return {
    ontvangen,
    zetBeschikbaar(b: boolean) {
      beschikbaar = b;
    },
    async start(): Promise<number> {
      server.listen(0, "127.0.0.1");
      await once(server, "listening");
      return (server.address() as { port: number }).port;
    },
    stop: () => new Promise<void>((r) => server.close(() => r())),
  };
}

interface App {
  proces: ChildProcess;
  log: string[];
}

async function startApp(env: Record<string, string>, poort: number): Promise<App> {
  const log: string[] = [];
  // Its own process group, so SIGKILL reaches the node process behind `tsx` too.
  const proces = spawn(process.execPath, ["--import", "tsx", "server.ts"], {
    env: { ...process.env, ...env },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  proces.stdout?.on("data", (d: Buffer) => log.push(d.toString()));
  proces.stderr?.on("data", (d: Buffer) => log.push(d.toString()));
  const tot = Date.now() + 120_000;
  for (;;) {
    if (proces.exitCode !== null) throw new Error(`De app stopte bij het starten:\n${log.join("").slice(-3000)}`);
    try {
      const r = await fetch(`http://127.0.0.1:${poort}/api/ready`);
      if (r.ok) return { proces, log };
    } catch {
      // Not listening yet.
    }
    if (Date.now() > tot) throw new Error(`De app werd niet gereed:\n${log.join("").slice(-3000)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

function doodHard(app: App): Promise<void> {
  const klaar = once(app.proces, "exit").then(() => undefined);
  process.kill(-app.proces.pid!, "SIGKILL");
  return klaar;
}

async function stopNetjes(app: App): Promise<void> {
  if (app.proces.exitCode !== null) return;
  const klaar = once(app.proces, "exit").then(() => undefined);
  process.kill(-app.proces.pid!, "SIGTERM");
  await Promise.race([klaar, new Promise((r) => setTimeout(r, 15_000))]);
  if (app.proces.exitCode === null) process.kill(-app.proces.pid!, "SIGKILL");
}

/** Every file under the blob store (relative keys), apart from its tmp/ directory. */
async function blobBestanden(map: string): Promise<{ blobs: string[]; tijdelijk: string[] }> {
  const blobs: string[] = [];
  const tijdelijk: string[] = [];
  for (const naam of await fs.readdir(map).catch(() => [] as string[])) {
    const sub = path.join(map, naam);
    if (!(await fs.stat(sub)).isDirectory()) continue;
    for (const bestand of await fs.readdir(sub)) (naam === "tmp" ? tijdelijk : blobs).push(`${naam}/${bestand}`);
  }
  return { blobs, tijdelijk };
}

test.describe("crashbestendigheid van de ZGW API's", () => {
  let cluster: TemporaryCluster;
  let werkmap: string;
  const nrc = nepNrc();
  const apps: App[] = [];

  test.beforeAll(async () => {
    cluster = await startTemporaryCluster();
    werkmap = await fs.mkdtemp(path.join(os.tmpdir(), "zac-herstel-"));
  });
  test.afterAll(async () => {
    for (const app of apps) await stopNetjes(app).catch(() => {});
    await nrc.stop().catch(() => {});
    await cluster?.stop();
    if (werkmap) await fs.rm(werkmap, { recursive: true, force: true });
  });

  test("kill -9 tijdens schrijven en uploaden: database en blob store blijven consistent, notificaties komen aan", async () => {
    const poort = await findFreePort();
    const nrcPoort = await nrc.start();
    const blobMap = path.join(werkmap, "documenten");
    const env = {
      PORT: String(poort),
      HOST: "127.0.0.1",
      NODE_ENV: "production",
      LOG_LEVEL: "warn",
      DATABASE_URL: cluster.url,
      ZAC_DEMO_SEED: "true",
      ZAC_DATA_DIR: path.join(werkmap, "data"),
      ZAC_PUBLIC_URL: `http://127.0.0.1:${poort}`,
      DOCUMENTEN_OPSLAG: blobMap,
      DOCUMENTEN_UPLOAD_CHUNK_SIZE: String(DEEL),
      NOTIFICATIES_API_URL: `http://127.0.0.1:${nrcPoort}/api/v1`,
      NOTIFICATIES_CLIENT_ID: "zac",
      NOTIFICATIES_SECRET: NRC_SECRET,
      NOTIFICATIES_BACKOFF_SECONDS: "0.05",
      NOTIFICATIES_POLL_SECONDS: "0.2",
      BUILTIN_IDP_IN_PRODUCTION: "true",
      PABC_API_KEY: "zac-demo-pabc-sleutel",
      ZGW_ENCRYPTION_KEY: "herstel-alleen-voor-tests-versleutelsleutel-0123456789",
      AUTH_SECRET: "herstel-alleen-voor-tests-sessiegeheim-0123456789abcdef",
      ZGW_EIGEN_CLIENT_SECRET: SECRET,
    };
    const basis = `http://127.0.0.1:${poort}`;
    const auth = { Authorization: `Bearer ${await jwt()}` };
    const geo = { "Accept-Crs": "EPSG:4326", "Content-Crs": "EPSG:4326" };

    let app = await startApp(env, poort);
    apps.push(app);
    const begin = new Date();

    // A published demo zaaktype with an informatieobjecttype that belongs to it.
    const zaaktypen = (await (await fetch(`${basis}/catalogi/api/v1/zaaktypen`, { headers: auth })).json()) as { results: Array<Record<string, unknown>> };
    const zaaktype = zaaktypen.results[0]!;
    const iotUrl = (zaaktype.informatieobjecttypen as string[])[0]!;

    const zaakBody = (i: number) => ({
      bronorganisatie: "002220647",
      verantwoordelijkeOrganisatie: "002220647",
      zaaktype: zaaktype.url,
      omschrijving: `Hersteltest ${i}`,
      startdatum: "2026-11-01",
    });
    const documentBody = (i: number, inhoud: Buffer) => ({
      bronorganisatie: "002220647",
      creatiedatum: "2026-11-01",
      titel: `Herstel ${i}`,
      auteur: "Hersteltest",
      taal: "nld",
      bestandsnaam: `herstel-${i}.txt`,
      formaat: "text/plain",
      informatieobjecttype: iotUrl,
      vertrouwelijkheidaanduiding: "openbaar",
      inhoud: inhoud.toString("base64"),
    });

    // --- The large upload: create it with bestandsomvang, send part 1 completely.
    const grootInhoud = Buffer.alloc(GROOT);
    for (let i = 0; i < GROOT; i += 4096) grootInhoud.writeUInt32BE(i / 4096, i);
    const groot = await fetch(`${basis}/documenten/api/v1/enkelvoudiginformatieobjecten`, {
      method: "POST",
      headers: { ...auth, "Content-Type": "application/json" },
      body: JSON.stringify({ ...documentBody(0, Buffer.alloc(0)), inhoud: null, bestandsomvang: GROOT, bestandsnaam: "groot.bin" }),
    });
    expect(groot.status).toBe(201);
    const grootDoc = (await groot.json()) as { url: string; lock: string; bestandsdelen: Array<{ url: string; volgnummer: number; omvang: number }> };
    expect(grootDoc.bestandsdelen).toHaveLength(5);
    const deelUrl = (n: number) => grootDoc.bestandsdelen.find((d) => d.volgnummer === n)!.url;
    const stuurDeel = (n: number) => {
      const form = new FormData();
      form.set("lock", grootDoc.lock);
      form.set("inhoud", new Blob([grootInhoud.subarray((n - 1) * DEEL, n * DEEL)]), `deel-${n}`);
      return fetch(deelUrl(n), { method: "PUT", headers: auth, body: form });
    };
    expect((await stuurDeel(1)).status).toBe(200);

    // --- Load: 6 writers creating zaken with a first status and documents, until the kill.
    const bevestigdeZaken: string[] = [];
    const bevestigdeDocumenten: Array<{ url: string; sha: string }> = [];
    let stoppen = false;
    const schrijver = async (w: number) => {
      for (let i = 0; !stoppen; i++) {
        try {
          const r = await fetch(`${basis}/zaken/api/v1/zaken`, {
            method: "POST",
            headers: { ...auth, ...geo, "Content-Type": "application/json", "X-Audit-Toelichting": "hersteltest" },
            body: JSON.stringify(zaakBody(w * 10_000 + i)),
          });
          if (r.status === 201) bevestigdeZaken.push(((await r.json()) as { url: string }).url);
          const inhoud = Buffer.from(`document ${w}-${i} `.repeat(2000));
          const d = await fetch(`${basis}/documenten/api/v1/enkelvoudiginformatieobjecten`, {
            method: "POST",
            headers: { ...auth, "Content-Type": "application/json" },
            body: JSON.stringify(documentBody(w * 10_000 + i, inhoud)),
          });
          if (d.status === 201) bevestigdeDocumenten.push({ url: ((await d.json()) as { url: string }).url, sha: createHash("sha256").update(inhoud).digest("hex") });
        } catch {
          return; // the server is gone
        }
      }
    };
    const schrijvers = Array.from({ length: 6 }, (_, w) => schrijver(w));

    // Part 2: half of it is sent, then the stream stalls, so the kill lands in the middle of it.
    const grens = "----herstel";
    const kop = Buffer.from(`--${grens}\r\nContent-Disposition: form-data; name="lock"\r\n\r\n${grootDoc.lock}\r\n--${grens}\r\nContent-Disposition: form-data; name="inhoud"; filename="deel-2"\r\nContent-Type: application/octet-stream\r\n\r\n`);
    const deel2 = grootInhoud.subarray(DEEL, 2 * DEEL);
    let halfVerstuurd = false;
    let losLaten: () => void = () => {};
    const vastgehouden = new Promise<void>((r) => (losLaten = r));
    const traag = new ReadableStream<Uint8Array>({
      async start(controller) {
        controller.enqueue(kop);
        for (let i = 0; i < DEEL / 2; i += 256 * 1024) {
          controller.enqueue(deel2.subarray(i, i + 256 * 1024));
          await new Promise((r) => setTimeout(r, 20));
        }
        halfVerstuurd = true;
        await vastgehouden;
        controller.error(new Error("afgebroken"));
      },
    });
    const traagDeel = fetch(deelUrl(2), {
      method: "PUT",
      headers: { ...auth, "Content-Type": `multipart/form-data; boundary=${grens}` },
      body: traag,
      duplex: "half",
    } as RequestInit).catch(() => null);

    // Kill once writes are flowing and part 2 is half in.
    await expect
      .poll(() => ({ zaken: bevestigdeZaken.length >= 10, documenten: bevestigdeDocumenten.length >= 5, half: halfVerstuurd }), { timeout: 90_000 })
      .toEqual({ zaken: true, documenten: true, half: true });
    await new Promise((r) => setTimeout(r, 300));
    await doodHard(app);
    stoppen = true;
    losLaten();
    await Promise.all(schrijvers);
    await traagDeel;

    // --- Restart. The NRC comes back too.
    nrc.zetBeschikbaar(true);
    app = await startApp(env, poort);
    apps.push(app);

    const db = new pg.Client({ connectionString: cluster.url });
    await db.connect();
    try {
      // 1. Every acknowledged zaak exists, and every zaak has its audit trail row and outbox row.
      // (Only the zaken of this test: the demo seed wrote others before.)
      const zaken = (await db.query<{ uuid: string }>("select uuid from zrc_zaak where aangemaakt_op >= $1", [begin])).rows.map((r) => r.uuid);
      for (const url of bevestigdeZaken) expect(zaken).toContain(url.split("/").pop());
      const zonderAudit = await db.query(
        "select z.uuid from zrc_zaak z where z.aangemaakt_op >= $1 and not exists (select 1 from zgw_audittrail a where a.hoofd_object_uuid = z.uuid and a.resource = 'zaak' and a.actie = 'create')",
        [begin],
      );
      expect(zonderAudit.rows, "zaken zonder auditregel").toEqual([]);
      const zonderNotificatie = await db.query(
        "select z.uuid from zrc_zaak z where z.aangemaakt_op >= $1 and not exists (select 1 from zgw_notificatie_uitgaand n where n.hoofd_object like '%' || z.uuid::text and n.bericht->>'resource' = 'zaak')",
        [begin],
      );
      expect(zonderNotificatie.rows, "zaken zonder notificatie in de outbox").toEqual([]);

      // 2. Every acknowledged document reads back byte for byte.
      for (const doc of bevestigdeDocumenten) {
        const r = await fetch(`${doc.url}/download`, { headers: auth });
        expect(r.status).toBe(200);
        expect(createHash("sha256").update(Buffer.from(await r.arrayBuffer())).digest("hex")).toBe(doc.sha);
      }

      // 3. Blob store and database agree: no temp files, no unreferenced files (the start-up
      // clean-up runs in the background, so wait for it), no missing files.
      const verwezenBlobs = async () =>
        new Set(
          (
            await db.query<{ blob: string }>(
              "select blob from drc_informatieobject_versie where blob is not null union select blob from drc_bestandsdeel where blob is not null",
            )
          ).rows.map((r) => r.blob),
        );
      await expect
        .poll(
          async () => {
            const { blobs, tijdelijk } = await blobBestanden(blobMap);
            const verwezen = await verwezenBlobs();
            return { tijdelijk, wezen: blobs.filter((b) => !verwezen.has(b)) };
          },
          { message: "halfgeschreven bestanden of bestanden zonder databaserij na de herstart", timeout: 30_000 },
        )
        .toEqual({ tijdelijk: [], wezen: [] });
      const { blobs } = await blobBestanden(blobMap);
      expect([...(await verwezenBlobs())].filter((b) => !blobs.includes(b)), "databaserijen zonder bestand").toEqual([]);

      // 4. The interrupted upload: part 1 kept, part 2 not, so the document cannot be unlocked yet...
      const delen = await db.query<{ volgnummer: number; klaar: boolean }>(
        "select volgnummer, blob is not null as klaar from drc_bestandsdeel where informatieobject_uuid = $1 order by volgnummer",
        [grootDoc.url.split("/").pop()],
      );
      expect(delen.rows.map((d) => d.klaar)).toEqual([true, false, false, false, false]);
      const teVroeg = await fetch(`${grootDoc.url}/unlock`, { method: "POST", headers: { ...auth, "Content-Type": "application/json" }, body: JSON.stringify({ lock: grootDoc.lock }) });
      expect(teVroeg.status).toBe(400);
      // ... and the upload continues where it stopped and completes.
      for (const n of [2, 3, 4, 5]) expect((await stuurDeel(n)).status).toBe(200);
      const ontgrendeld = await fetch(`${grootDoc.url}/unlock`, { method: "POST", headers: { ...auth, "Content-Type": "application/json" }, body: JSON.stringify({ lock: grootDoc.lock }) });
      expect(ontgrendeld.status).toBe(204);
      const download = await fetch(`${grootDoc.url}/download`, { headers: auth });
      expect(Buffer.from(await download.arrayBuffer()).equals(grootInhoud)).toBe(true);

      // 5. The notifications queued while the NRC was down (and at the crash) are delivered.
      await expect
        .poll(async () => Number((await db.query("select count(*) as n from zgw_notificatie_uitgaand where status <> 'afgeleverd'")).rows[0].n), {
          timeout: 60_000,
        })
        .toBe(0);
      const gemeld = new Set(nrc.ontvangen.filter((m) => m.resource === "zaak" && m.actie === "create").map((m) => m.resourceUrl));
      for (const uuid of zaken) expect([...gemeld].some((u) => String(u).endsWith(uuid))).toBe(true);
    } finally {
      await db.end();
    }
  });
});
