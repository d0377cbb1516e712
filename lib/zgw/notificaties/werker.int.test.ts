import { asc, eq, sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { POST as retryRoute } from "@/app/rest/internal/notificaties/retry/route";
import { GET as statusRoute } from "@/app/rest/internal/notificaties/status/route";
import { parseConfig } from "@/lib/config";
import { selectRows, type Database } from "@/lib/db";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing/test-database";
import { registreerGebeurtenis, zgwNotificatieUitgaand as uitgaand } from "../gebeurtenissen";
import type { ZgwContext } from "../route";
import { Autorisatiecontext } from "../scopes";
import { koppelTestOmgeving, TEST_PUBLIC_URL } from "../testing/zgw-test";
import type { NotificatiesInstellingen } from "./env";
import { claimNotificaties } from "./opslag";
import { gereedheid } from "@/lib/health";
import { meldNieuweNotificaties, notificatieWerker, startNotificaties, stopNotificaties, wekNotificatieWerker } from "./start";
import { NRC, NRC_CLIENT, nepNrc, testLogger } from "./testing/nep-nrc";
import { luisterNaarCommits, NotificatieWerker } from "./werker";

const SLEUTEL = "interne-sleutel-voor-tests-0123";
const ZAKEN = `${TEST_PUBLIC_URL}/zaken/api/v1/zaken`;

const INSTELLINGEN: NotificatiesInstellingen = {
  apiUrl: NRC,
  ...NRC_CLIENT,
  maxPogingen: 3,
  backoffBasisMs: 1_000,
  pollMs: 50,
};

function bericht(hoofd: string, resource: string, volgnummer: number) {
  return {
    kanaal: "zaken",
    hoofdObject: `${ZAKEN}/${hoofd}`,
    resource,
    resourceUrl: `${TEST_PUBLIC_URL}/zaken/api/v1/${resource}/${volgnummer}`,
    actie: "create",
    aanmaakdatum: new Date().toISOString(),
    kenmerken: { bronorganisatie: "002220647", zaaktype: "https://ztc/zaaktypen/1", vertrouwelijkheidaanduiding: "openbaar" },
  };
}

async function zetKlaar(db: Database, rijen: [hoofd: string, resource: string, volgnummer: number][]): Promise<number[]> {
  const ids: number[] = [];
  // One by one: ids follow the order of creation, as separate requests would.
  for (const [hoofd, resource, volgnummer] of rijen) {
    const b = bericht(hoofd, resource, volgnummer);
    const [r] = await db.insert(uitgaand).values({ kanaal: "zaken", hoofdObject: b.hoofdObject, bericht: b }).returning({ id: uitgaand.id });
    ids.push(r!.id);
  }
  return ids;
}

async function rijen(db: Database) {
  return db.select().from(uitgaand).orderBy(asc(uitgaand.id));
}

/** Makes every waiting row due now (instead of waiting for its back-off). */
async function maakDue(db: Database): Promise<void> {
  await db.update(uitgaand).set({ volgendePogingOp: sql`now() - interval '1 second'` }).where(eq(uitgaand.status, "wachtend"));
}

function context(): ZgwContext<unknown> {
  const auth = new Autorisatiecontext(
    {
      clientId: "test-app",
      applicatie: { uuid: "00000000-0000-4000-8000-000000000001", label: "Test", heeftAlleAutorisaties: true },
      autorisaties: [],
      gebruiker: { id: "", weergave: "" },
    },
    "zrc",
  );
  return { auth } as unknown as ZgwContext<unknown>;
}

describe(`notificaties afleveren op ${process.env.ZAC_TEST_DB}`, () => {
  const nrc = nepNrc();
  let test: TestDatabase;
  let db: Database;
  let herstel: () => void;
  const werkers: NotificatieWerker[] = [];

  function werker(opties: Partial<NotificatiesInstellingen> = {}, log = testLogger().log) {
    const w = new NotificatieWerker({ db, instellingen: { ...INSTELLINGEN, ...opties }, publicUrl: TEST_PUBLIC_URL, log, willekeur: () => 0.5 });
    werkers.push(w);
    return w;
  }

  beforeAll(async () => {
    nrc.start();
    test = await createTestDatabase();
    db = test.handle.db;
    herstel = koppelTestOmgeving(test.handle);
    // The internal endpoints need the X-API-KEY of the configuration.
    (globalThis as Record<symbol, unknown>)[Symbol.for("zac.config")] = parseConfig({
      NODE_ENV: "test",
      ZAC_PUBLIC_URL: TEST_PUBLIC_URL,
      INTERNAL_API_KEY: SLEUTEL,
    });
  });
  beforeEach(async () => {
    await db.delete(uitgaand);
    nrc.herstel();
  });
  afterEach(async () => {
    await Promise.all(werkers.splice(0).map((w) => w.stop()));
    delete process.env.NOTIFICATIES_API_URL;
  });
  afterAll(async () => {
    nrc.stop();
    herstel();
    await test.dispose();
  });

  it("levert een wachtende notificatie af (POST /notificaties met JWT) en markeert haar afgeleverd", async () => {
    await zetKlaar(db, [["a", "zaken", 1]]);
    expect(await werker().ronde()).toBe(1);
    expect(nrc.berichten).toEqual([bericht("a", "zaken", 1)].map((b) => ({ ...b, aanmaakdatum: expect.any(String) })));
    const [rij] = await rijen(db);
    expect(rij).toMatchObject({ status: "afgeleverd", pogingen: 1, laatsteFout: null });
    expect(rij!.afgeleverdOp).toBeInstanceOf(Date);
    expect(await werker().ronde()).toBe(0);
    expect(nrc.berichten).toHaveLength(1);
  });

  it("levert per hoofdObject in volgorde van aanmaken, andere hoofdObjecten ernaast", async () => {
    await zetKlaar(db, [
      ["a", "zaken", 1],
      ["b", "zaken", 2],
      ["a", "statussen", 3],
      ["a", "rollen", 4],
      ["b", "statussen", 5],
    ]);
    const w = werker();
    const perRonde = [await w.ronde(), await w.ronde(), await w.ronde(), await w.ronde()];
    // Only the oldest waiting row of each hoofdObject is claimed at a time.
    expect(perRonde).toEqual([2, 2, 1, 0]);
    const volgorde = (hoofd: string) => nrc.berichten.filter((b) => b.hoofdObject === `${ZAKEN}/${hoofd}`).map((b) => b.resource);
    expect(volgorde("a")).toEqual(["zaken", "statussen", "rollen"]);
    expect(volgorde("b")).toEqual(["zaken", "statussen"]);
  });

  it("plant na een fout de volgende poging met exponentiële back-off (basis × 2^(poging-1))", async () => {
    await zetKlaar(db, [["a", "zaken", 1]]);
    nrc.storing(503);
    const w = werker({ maxPogingen: 5 });
    for (let poging = 1; poging <= 3; poging++) {
      const voor = Date.now();
      expect(await w.ronde()).toBe(1);
      const na = Date.now();
      const [rij] = await rijen(db);
      expect(rij).toMatchObject({ status: "wachtend", pogingen: poging });
      expect(rij!.laatsteFout).toContain("HTTP 503");
      // 1 s, 2 s, 4 s after the failed attempt (willekeur 0,5 = no jitter), which lies within [voor, na].
      const verwacht = 1_000 * 2 ** (poging - 1);
      expect(rij!.volgendePogingOp.getTime()).toBeGreaterThanOrEqual(voor + verwacht - 5);
      expect(rij!.volgendePogingOp.getTime()).toBeLessThanOrEqual(na + verwacht + 5);
      // Not due yet: the next round leaves it alone.
      expect(await w.ronde()).toBe(0);
      await maakDue(db);
    }
    expect(nrc.berichten).toHaveLength(0);

    nrc.storing(null);
    expect(await w.ronde()).toBe(1);
    expect((await rijen(db))[0]).toMatchObject({ status: "afgeleverd", pogingen: 4, laatsteFout: null });
  });

  it("houdt latere notificaties van een hoofdObject vast zolang een eerdere in back-off is", async () => {
    await zetKlaar(db, [
      ["a", "zaken", 1],
      ["a", "statussen", 2],
    ]);
    nrc.storing(500);
    const w = werker();
    expect(await w.ronde()).toBe(1);
    nrc.storing(null);
    expect(await w.ronde()).toBe(0); // the first is in back-off, the second waits behind it
    await maakDue(db);
    expect(await w.ronde()).toBe(1);
    expect(await w.ronde()).toBe(1);
    expect(nrc.berichten.map((b) => b.resource)).toEqual(["zaken", "statussen"]);
  });

  it("zet na het maximum aantal pogingen de status mislukt, logt op error, en laat latere van hetzelfde hoofdObject door", async () => {
    await zetKlaar(db, [
      ["a", "zaken", 1],
      ["a", "statussen", 2],
    ]);
    nrc.storing("netwerk");
    const { log, regels } = testLogger();
    const w = werker({ maxPogingen: 3 }, log);
    for (let i = 0; i < 3; i++) {
      expect(await w.ronde()).toBe(1);
      await maakDue(db);
    }
    const [eerste, tweede] = await rijen(db);
    expect(eerste).toMatchObject({ status: "mislukt", pogingen: 3 });
    expect(tweede).toMatchObject({ status: "wachtend", pogingen: 0 });
    expect(regels.filter((r) => r.level === "warn" && r.msg === "notificatie niet afgeleverd; later opnieuw")).toHaveLength(2);
    const fout = regels.filter((r) => r.level === "error");
    expect(fout).toHaveLength(1);
    expect(fout[0]).toMatchObject({ notificatie: eerste!.id, kanaal: "zaken", hoofdObject: `${ZAKEN}/a`, poging: 3 });

    nrc.storing(null);
    expect(await w.ronde()).toBe(1);
    expect(nrc.berichten.map((b) => b.resource)).toEqual(["statussen"]);
    expect(await w.ronde()).toBe(0); // a failed row is not sent again without a retry
  });

  it("een outboxregel uit een teruggedraaide transactie wordt nooit verstuurd", async () => {
    process.env.NOTIFICATIES_API_URL = NRC;
    const request = new Request("http://x/", { method: "POST" });
    const g = (uuid: string) => ({
      kanaal: "zaken" as const,
      hoofdObject: `${ZAKEN}/${uuid}`,
      hoofdObjectUuid: uuid,
      resource: "zaak",
      resourceUrl: `${ZAKEN}/${uuid}`,
      resourceWeergave: uuid,
      actie: "create" as const,
      resultaat: 201,
      oud: null,
      nieuw: {},
      kenmerken: { bronorganisatie: "002220647" },
    });
    const teruggedraaid = "11111111-1111-4111-8111-111111111111";
    const bewaard = "22222222-2222-4222-8222-222222222222";
    await expect(
      db.transaction(async (tx) => {
        await registreerGebeurtenis(tx, context(), request, g(teruggedraaid));
        expect(await tx.select().from(uitgaand)).toHaveLength(1); // written, inside the transaction
        throw new Error("regel geschonden");
      }),
    ).rejects.toThrow("regel geschonden");
    await db.transaction((tx) => registreerGebeurtenis(tx, context(), request, g(bewaard)));

    const w = werker();
    while ((await w.ronde()) > 0);
    expect(nrc.berichten.map((b) => b.hoofdObject)).toEqual([`${ZAKEN}/${bewaard}`]);
    expect((await rijen(db)).map((r) => r.hoofdObject)).toEqual([`${ZAKEN}/${bewaard}`]);
  });

  it("twee gelijktijdige werkers leveren elke notificatie precies één keer af, per hoofdObject in volgorde", async () => {
    const aantal = 120;
    await zetKlaar(
      db,
      Array.from({ length: aantal }, (_, i) => [`h${i % 12}`, "statussen", i] as [string, string, number]),
    );
    // Random NRC latency makes the two workers' claims and deliveries interleave.
    nrc.vertraag(() => Math.floor(Math.random() * 6));
    const [w1, w2] = [werker(), werker()];
    const geteld = [0, 0];
    const lus = async (w: NotificatieWerker, i: 0 | 1) => {
      for (let leeg = 0; leeg < 3; ) {
        const n = await w.ronde();
        geteld[i]! += n;
        leeg = n === 0 ? leeg + 1 : 0;
        if (n === 0) await new Promise((r) => setTimeout(r, 5));
      }
    };
    await Promise.all([lus(w1!, 0), lus(w2!, 1)]);

    expect(nrc.berichten).toHaveLength(aantal);
    expect(new Set(nrc.berichten.map((b) => b.resourceUrl)).size).toBe(aantal);
    expect(geteld[0]! + geteld[1]!).toBe(aantal);
    // Both did part of the work (the claims really were concurrent).
    expect(geteld[0]).toBeGreaterThan(0);
    expect(geteld[1]).toBeGreaterThan(0);
    for (let h = 0; h < 12; h++) {
      const volgnummers = nrc.berichten.filter((b) => b.hoofdObject === `${ZAKEN}/h${h}`).map((b) => Number(String(b.resourceUrl).split("/").pop()));
      expect(volgnummers).toEqual([...volgnummers].sort((a, b) => a - b));
    }
    const status = await selectRows<{ status: string; n: number }>(db, sql`select status, count(*)::int as n from ${uitgaand} group by status`);
    expect(status).toEqual([{ status: "afgeleverd", n: aantal }]);
    expect((await rijen(db)).every((r) => r.pogingen === 1)).toBe(true);
  });

  it("gelijktijdige claims (FOR UPDATE SKIP LOCKED) zijn disjunct: geen rij in twee claims", async () => {
    for (let herhaling = 0; herhaling < 5; herhaling++) {
      await db.delete(uitgaand);
      // Each row its own hoofdObject, so every row is eligible at once and the claims collide.
      await db.insert(uitgaand).values(
        Array.from({ length: 200 }, (_, i) => {
          const b = bericht(`r${herhaling}-${i}`, "zaken", i);
          return { kanaal: "zaken", hoofdObject: b.hoofdObject, bericht: b };
        }),
      );
      const claims = await Promise.all([claimNotificaties(db, 200, 60_000), claimNotificaties(db, 200, 60_000), claimNotificaties(db, 200, 60_000)]);
      const ids = claims.flatMap((c) => c.map((r) => r.id));
      expect(ids).toHaveLength(200);
      expect(new Set(ids).size).toBe(200);
      expect(claims.flat().every((r) => r.pogingen === 1)).toBe(true);
    }
  });

  it("wordt direct na een commit gewekt (NOTIFY), niet bij een rollback", async () => {
    const { log } = testLogger();
    const w = new NotificatieWerker({
      db,
      instellingen: { ...INSTELLINGEN, pollMs: 600_000 },
      publicUrl: TEST_PUBLIC_URL,
      log,
      luister: luisterNaarCommits(test.handle, log),
    });
    werkers.push(w);
    await w.start();
    expect(w.status.wektDoorCommit).toBe(true);
    // The first round registers the kanalen, then the worker sleeps (poll interval: 10 minutes).
    await vi_wachtOp(() => w.status.kanalenGeregistreerd);
    expect(nrc.kanalen).toHaveLength(7);

    await db
      .transaction(async (tx) => {
        await tx.insert(uitgaand).values({ kanaal: "zaken", hoofdObject: `${ZAKEN}/x`, bericht: bericht("x", "zaken", 1) });
        await meldNieuweNotificaties(tx);
        tx.rollback();
      })
      .catch(() => undefined);
    await db.transaction(async (tx) => {
      await tx.insert(uitgaand).values({ kanaal: "zaken", hoofdObject: `${ZAKEN}/y`, bericht: bericht("y", "zaken", 2) });
      await meldNieuweNotificaties(tx);
    });
    await vi_wachtOp(() => nrc.berichten.length > 0);
    expect(nrc.berichten.map((b) => b.hoofdObject)).toEqual([`${ZAKEN}/y`]);
    await w.stop();
    expect(w.status.actief).toBe(false);
  });

  it("stop() wacht de verzendingen die lopen af en geeft de rest van de claim terug zonder een poging te tellen", async () => {
    await zetKlaar(db, Array.from({ length: 12 }, (_, i) => [`s${i}`, "zaken", i] as [string, string, number]));
    nrc.vertraag(() => 200);
    const w = werker();
    await w.start();
    await vi_wachtOp(() => nrc.verzoeken.includes("POST /notificaties"));
    await w.stop();
    const na = await rijen(db);
    const afgeleverd = na.filter((r) => r.status === "afgeleverd");
    expect(afgeleverd).toHaveLength(nrc.berichten.length);
    expect(afgeleverd.length).toBeGreaterThan(0);
    expect(afgeleverd.length).toBeLessThan(12);
    const terug = na.filter((r) => r.status === "wachtend");
    expect(terug).toHaveLength(12 - afgeleverd.length);
    expect(terug.every((r) => r.pogingen === 0 && r.volgendePogingOp.getTime() <= Date.now())).toBe(true);
  });

  it("startNotificaties start de werker bij configuratie en meldt gereedheid zonder te falen als de NRC onbereikbaar is", async () => {
    const { log } = testLogger();
    expect(await startNotificaties(test.handle, { publicUrl: TEST_PUBLIC_URL, log })).toBeNull(); // not configured
    Object.assign(process.env, {
      NOTIFICATIES_API_URL: NRC,
      NOTIFICATIES_CLIENT_ID: NRC_CLIENT.clientId,
      NOTIFICATIES_SECRET: NRC_CLIENT.secret,
      NOTIFICATIES_POLL_SECONDS: "0.05",
    });
    try {
      nrc.storing("netwerk");
      const w = await startNotificaties(test.handle, { publicUrl: TEST_PUBLIC_URL, log });
      expect(w).not.toBeNull();
      expect(notificatieWerker()).toBe(w);
      await zetKlaar(db, [["a", "zaken", 1]]);
      await vi_wachtOp(() => w!.status.laatsteFout !== null);
      const controle = (await gereedheid()).controles.find((c) => c.naam === "notificaties");
      expect(controle?.ok).toBe(true);
      expect(controle?.detail).toContain("afleverwerker actief");
      expect(controle?.detail).toContain("kanalen nog niet geregistreerd");

      nrc.storing(null);
      await maakDue(db);
      wekNotificatieWerker();
      await vi_wachtOp(() => nrc.berichten.length === 1);
      await stopNotificaties();
      expect(notificatieWerker()).toBeNull();
      expect(w!.status.actief).toBe(false);
    } finally {
      await stopNotificaties();
      for (const k of ["NOTIFICATIES_CLIENT_ID", "NOTIFICATIES_SECRET", "NOTIFICATIES_POLL_SECONDS"]) delete process.env[k];
    }
  });

  describe("interne endpoints", () => {
    const metSleutel = { "X-API-KEY": SLEUTEL };

    it("status en retry weigeren een verzoek zonder geldige X-API-KEY (401)", async () => {
      const s = await statusRoute(new Request("http://localhost/rest/internal/notificaties/status"), { params: Promise.resolve({}) });
      expect(s.status).toBe(401);
      const r = await retryRoute(
        new Request("http://localhost/rest/internal/notificaties/retry", { method: "POST", headers: { "X-API-KEY": "fout" }, body: '{"alle":true}' }),
        { params: Promise.resolve({}) },
      );
      expect(r.status).toBe(401);
    });

    it("status: aantallen per status, oudste wachtende, laatste fouten en de mislukte met paging", async () => {
      await zetKlaar(db, [
        ["a", "zaken", 1],
        ["b", "zaken", 2],
        ["c", "zaken", 3],
      ]);
      nrc.storing(500);
      const w = werker({ maxPogingen: 1 });
      await w.ronde(); // all three fail definitively
      nrc.storing(null);
      await zetKlaar(db, [
        ["d", "zaken", 4],
        ["e", "zaken", 5],
      ]);
      await w.ronde();
      await zetKlaar(db, [["f", "zaken", 6]]);

      const antwoord = await statusRoute(new Request("http://localhost/rest/internal/notificaties/status", { headers: metSleutel }), {
        params: Promise.resolve({}),
      });
      expect(antwoord.status).toBe(200);
      expect(antwoord.headers.get("cache-control")).toBe("no-store");
      const body = await antwoord.json();
      expect(body.aantallen).toEqual({ wachtend: 1, afgeleverd: 2, mislukt: 3 });
      expect(typeof body.oudsteWachtend).toBe("string");
      expect(body.laatsteFouten).toHaveLength(3);
      expect(body.laatsteFouten[0].laatsteFout).toContain("HTTP 500");
      expect(body.mislukt).toMatchObject({ count: 3, pagina: 1 });
      expect(body.mislukt.results.map((r: { hoofdObject: string }) => r.hoofdObject)).toEqual(["a", "b", "c"].map((h) => `${ZAKEN}/${h}`));
      expect(body.mislukt.results[0]).toMatchObject({ kanaal: "zaken", resource: "zaken", actie: "create", status: "mislukt", pogingen: 1 });

      const pagina2 = await statusRoute(new Request("http://localhost/rest/internal/notificaties/status?page=2", { headers: metSleutel }), {
        params: Promise.resolve({}),
      });
      expect((await pagina2.json()).mislukt.results).toEqual([]);
      const fout = await statusRoute(new Request("http://localhost/rest/internal/notificaties/status?pagina=x", { headers: metSleutel }), {
        params: Promise.resolve({}),
      });
      expect(fout.status).toBe(400);
    });

    it("retry: zet mislukte notificaties (per id of alle) terug op wachtend, waarna de werker ze aflevert", async () => {
      const ids = await zetKlaar(db, [
        ["a", "zaken", 1],
        ["b", "zaken", 2],
        ["c", "zaken", 3],
      ]);
      nrc.storing(500);
      const w = werker({ maxPogingen: 1 });
      await w.ronde();
      nrc.storing(null);
      const retry = (body: unknown) =>
        retryRoute(
          new Request("http://localhost/rest/internal/notificaties/retry", {
            method: "POST",
            headers: { ...metSleutel, "Content-Type": "application/json" },
            body: JSON.stringify(body),
          }),
          { params: Promise.resolve({}) },
        );

      expect((await retry({})).status).toBe(400);
      expect((await retry({ ids: [] })).status).toBe(400);
      expect((await retry({ ids: ["1"] })).status).toBe(400);

      const een = await retry({ ids: [ids[1]] });
      expect(een.status).toBe(200);
      expect(await een.json()).toEqual({ opnieuwKlaargezet: 1 });
      expect((await rijen(db)).map((r) => [r.status, r.pogingen])).toEqual([
        ["mislukt", 1],
        ["wachtend", 0],
        ["mislukt", 1],
      ]);
      expect(await w.ronde()).toBe(1);
      expect(nrc.berichten.map((b) => b.hoofdObject)).toEqual([`${ZAKEN}/b`]);

      const alle = await retry({ alle: true });
      expect(await alle.json()).toEqual({ opnieuwKlaargezet: 2 });
      expect(await w.ronde()).toBe(2);
      expect((await rijen(db)).every((r) => r.status === "afgeleverd")).toBe(true);
      // Nothing failed any more: a second retry changes nothing.
      expect(await (await retry({ alle: true })).json()).toEqual({ opnieuwKlaargezet: 0 });
    });
  });
});

async function vi_wachtOp(voorwaarde: () => boolean, maxMs = 5_000): Promise<void> {
  const tot = Date.now() + maxMs;
  while (!voorwaarde()) {
    if (Date.now() > tot) throw new Error("voorwaarde niet binnen de tijd");
    await new Promise((r) => setTimeout(r, 10));
  }
}
