/**
 * Zaakafhandelparameters against a real test database (PGlite / PostgreSQL) and a fake ZGW
 * (msw): storage, the beheer API (403 without overig.beheren and 400 on bad input, both with
 * nothing stored) and their use in zaak starten and taak starten. The session is mocked at the
 * lib/auth boundary and PABC's group lookup at lib/pabc; the policy is the compiled Rego.
 */
import { setupServer } from "msw/node";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { DatabaseHandle } from "@/lib/db";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing/test-database";

const staat = vi.hoisted(() => {
  process.env.ZGW_ZAKEN_API_URL = "http://zgw.test/zaken/api/v1";
  process.env.ZGW_CATALOGI_API_URL = "http://zgw.test/catalogi/api/v1";
  process.env.ZGW_DOCUMENTEN_API_URL = "http://zgw.test/documenten/api/v1";
  process.env.ZGW_BESLUITEN_API_URL = "http://zgw.test/besluiten/api/v1";
  process.env.ZGW_CLIENT_ID = "zac-test";
  process.env.ZGW_CLIENT_SECRET = "een-test-secret-van-genoeg-tekens";
  return { gebruiker: "beheerder1" as string, handle: null as unknown as DatabaseHandle };
});

vi.mock("@/lib/auth", async () => {
  const toegang = await import("@/lib/auth/toegang");
  return {
    demoZaaktypeDomeinen: toegang.demoZaaktypeDomeinen,
    getKeycloakAdminClient: () => {
      throw new Error("geen Keycloak in deze test");
    },
    vereisApiGebruiker: vi.fn(async () => {
      const A = "Omgevingsvergunning";
      const B = "Bijzondere bijstand";
      const rollen: Record<string, Record<string, string[]>> = {
        beheerder1: { [A]: ["beheerder"], [B]: ["beheerder"] },
        behandelaar1: { [A]: ["behandelaar"] },
        behandelaar2: { [B]: ["behandelaar"] },
      };
      const gebruiker = { id: staat.gebruiker, naam: `Test ${staat.gebruiker}`, email: null, groepen: ["groep-a"], functioneleRollen: [], clientRollen: [] };
      const uitkomst = toegang.beoordeelToegang(gebruiker, { iamModus: "pabc", pabc: { perZaaktype: rollen[staat.gebruiker] ?? {}, alleZaaktypen: [] } });
      if (!uitkomst.toegang) throw new Error(`geen toegang voor ${staat.gebruiker}: ${uitkomst.uitleg}`);
      return { gebruiker, policyGebruiker: uitkomst.policyGebruiker, beheerder: uitkomst.beheerder, rollen: [] };
    }),
  };
});
vi.mock("@/lib/db", async (origineel) => ({ ...(await origineel<typeof import("@/lib/db")>()), getDatabase: async () => staat.handle }));
vi.mock("@/lib/pabc", async (origineel) => ({
  ...(await origineel<typeof import("@/lib/pabc")>()),
  getPabcClient: () => ({
    groepen: async ({ zaaktype }: { zaaktype: string }) =>
      zaaktype === "Omgevingsvergunning"
        ? [
            { naam: "behandelaars-vergunningen", omschrijving: "Behandelaars van vergunningen" },
            { naam: "coordinatoren-vergunningen", omschrijving: null },
          ]
        : [{ naam: "behandelaars-sociaal", omschrijving: null }],
  }),
}));

import { taak } from "@/lib/taken/schema";
import { vergeetCatalogus } from "@/lib/zaakafhandeling/catalogus";
import { NepZgw, nepCatalogus, nepZaak } from "@/lib/zaakafhandeling/testing/nep-zgw";
import * as overzichtRoute from "@/app/api/beheer/zaakafhandelparameters/route";
import * as parametersRoute from "@/app/api/beheer/zaakafhandelparameters/[omschrijving]/route";
import * as zakenRoute from "@/app/api/zaken/route";
import * as zaaktypenRoute from "@/app/api/zaaktypen/route";
import * as optiesRoute from "@/app/api/zaken/[uuid]/opties/route";
import * as zaakTakenRoute from "@/app/api/zaken/[uuid]/taken/route";
import { alleParameters, bewaarParameters, leesParameters } from "./opslag";
import { zaakafhandelparameters } from "./schema";
import { demoParameters } from "./seed";

const A = "Omgevingsvergunning";
const B = "Bijzondere bijstand";

type Handler = (request: Request, segment: { params: Promise<Record<string, string>> }) => Promise<Response>;

const nep = new NepZgw();
const server = setupServer(...nep.handlers());
let db: TestDatabase;
let cat: ReturnType<typeof nepCatalogus>;

beforeAll(async () => {
  server.listen({ onUnhandledRequest: "error" });
  db = await createTestDatabase();
  staat.handle = db.handle;
});
afterAll(async () => {
  server.close();
  await db.dispose();
});
beforeEach(async () => {
  await db.handle.db.delete(zaakafhandelparameters);
  await db.handle.db.delete(taak);
  nep.data.clear();
  nep.vergeetVerzoeken();
  vergeetCatalogus();
  cat = nepCatalogus(nep, [A, B]);
  staat.gebruiker = "beheerder1";
});

async function roep(handler: unknown, method: string, params: Record<string, string>, body?: unknown): Promise<Response> {
  const request = new Request("http://localhost/api/test", {
    method,
    body: body === undefined ? undefined : JSON.stringify(body),
    headers: body === undefined ? {} : { "Content-Type": "application/json" },
  });
  return (handler as Handler)(request, { params: Promise.resolve(params) });
}

const tabel = async () => JSON.stringify(await db.handle.db.select().from(zaakafhandelparameters).orderBy(zaakafhandelparameters.zaaktype));

/** Usable settings for domain A: standaardgroep, one taaktype (with groep and doorlooptijd), niet-ontvankelijk. */
const bruikbaarA = {
  inGebruik: true,
  domein: "vergunningen",
  standaardGroep: "behandelaars-vergunningen",
  nietOntvankelijkResultaattype: "Geweigerd",
  beeindigRedenen: [{ reden: "Ingetrokken", resultaattype: "Verleend" }],
  taaktypen: { advies_intern: { actief: true, groep: "coordinatoren-vergunningen", doorlooptijdDagen: 10, formulier: "advies_intern" } },
};

function vandaagPlus(dagen: number): string {
  const vandaag = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
  const d = new Date(`${vandaag}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + dagen);
  return d.toISOString().slice(0, 10);
}

describe("opslag", () => {
  it("stores, replaces and reads the settings per zaaktype omschrijving", async () => {
    const d = db.handle.db;
    expect(await leesParameters(d, A)).toBeNull();
    await bewaarParameters(d, A, { standaardGroep: "g1" }, "beheerder1");
    const eerste = await leesParameters(d, A);
    expect(eerste).toMatchObject({ zaaktype: A, gewijzigdDoor: "beheerder1", parameters: { inGebruik: false, standaardGroep: "g1" } });
    await bewaarParameters(d, A, bruikbaarA, "beheerder2");
    const tweede = await leesParameters(d, A);
    expect(tweede?.gewijzigdDoor).toBe("beheerder2");
    expect(tweede?.parameters).toMatchObject({ inGebruik: true, standaardGroep: "behandelaars-vergunningen", nietOntvankelijkResultaattype: "Geweigerd" });
    expect(tweede?.parameters.taaktypen.advies_intern).toEqual({ actief: true, groep: "coordinatoren-vergunningen", doorlooptijdDagen: 10, formulier: "advies_intern" });
    expect([...(await alleParameters(d)).keys()]).toEqual([A]);
  });

  it("refuses to store settings that break the rules", async () => {
    await expect(bewaarParameters(db.handle.db, A, { inGebruik: true }, "x")).rejects.toThrow();
    expect(await tabel()).toBe("[]");
  });

  it("seeds the six demo zaaktypen usable", () => {
    const demo = demoParameters();
    expect(demo).toHaveLength(6);
    expect(demo.every((d) => d.parameters.inGebruik && d.parameters.standaardGroep)).toBe(true);
  });
});

describe("beheer-API", () => {
  it("beheerder1 configures a zaaktype from niet ingericht to bruikbaar", async () => {
    const voor = (await (await roep(overzichtRoute.GET, "GET", {})).json()) as { zaaktype: string; status: string; problemen: { code: string }[] }[];
    expect(voor.map((r) => [r.zaaktype, r.status])).toEqual([
      [B, "niet_ingericht"],
      [A, "niet_ingericht"],
    ]);
    const leeg = await roep(parametersRoute.GET, "GET", { omschrijving: A });
    expect(leeg.status).toBe(200);
    const formulier = (await leeg.json()) as { ingericht: boolean; keuzes: { groepen: { id: string }[]; resultaattypen: string[] } };
    expect(formulier.ingericht).toBe(false);
    expect(formulier.keuzes.groepen.map((g) => g.id)).toEqual(["behandelaars-vergunningen", "coordinatoren-vergunningen"]);
    expect(formulier.keuzes.resultaattypen).toEqual(["Geweigerd", "Verleend"]);

    const opslaan = await roep(parametersRoute.PUT, "PUT", { omschrijving: A }, bruikbaarA);
    expect(opslaan.status).toBe(200);
    expect(await opslaan.json()).toMatchObject({ ingericht: true, status: "bruikbaar", problemen: [] });
    const na = (await (await roep(overzichtRoute.GET, "GET", {})).json()) as { zaaktype: string; status: string }[];
    expect(na.find((r) => r.zaaktype === A)?.status).toBe("bruikbaar");
  });

  it("400 with the fields for bad input and for unknown groepen/resultaattypen; nothing stored", async () => {
    const fout = await roep(parametersRoute.PUT, "PUT", { omschrijving: A }, { inGebruik: true, intakeMail: { versturen: true, afzender: "x", onderwerp: "" } });
    expect(fout.status).toBe(400);
    expect(fout.headers.get("content-type")).toContain("application/problem+json");
    const namen = ((await fout.json()) as { invalidParams: { name: string }[] }).invalidParams.map((p) => p.name).sort();
    expect(namen).toEqual(["intakeMail.afzender", "intakeMail.onderwerp", "nietOntvankelijkResultaattype", "standaardGroep", "taaktypen"]);

    const onbekend = await roep(parametersRoute.PUT, "PUT", { omschrijving: A }, { ...bruikbaarA, standaardGroep: "behandelaars-sociaal", nietOntvankelijkResultaattype: "Toegekend" });
    expect(onbekend.status).toBe(400);
    expect(((await onbekend.json()) as { invalidParams: { name: string }[] }).invalidParams.map((p) => p.name)).toEqual(["standaardGroep", "nietOntvankelijkResultaattype"]);

    const geenJson = await (parametersRoute.PUT as Handler)(new Request("http://localhost/x", { method: "PUT", body: "{kapot" }), { params: Promise.resolve({ omschrijving: A }) });
    expect(geenJson.status).toBe(400);
    expect((await roep(parametersRoute.GET, "GET", { omschrijving: "Bestaat niet" })).status).toBe(404);
    expect(await tabel()).toBe("[]");
  });

  it.each(["behandelaar1", "behandelaar2"])("%s gets 403 problem+json on every beheer endpoint, also with bad input; nothing changed", async (gebruiker) => {
    await bewaarParameters(db.handle.db, A, bruikbaarA, "beheerder1");
    const voor = await tabel();
    staat.gebruiker = gebruiker;
    for (const response of [
      await roep(overzichtRoute.GET, "GET", {}),
      await roep(parametersRoute.GET, "GET", { omschrijving: A }),
      await roep(parametersRoute.PUT, "PUT", { omschrijving: A }, { ...bruikbaarA, inGebruik: false }),
      await roep(parametersRoute.PUT, "PUT", { omschrijving: A }, { inGebruik: "kapot" }),
    ]) {
      expect(response.status).toBe(403);
      expect(response.headers.get("content-type")).toContain("application/problem+json");
      expect(await response.json()).toMatchObject({ recht: "overig.beheren" });
    }
    expect(await tabel()).toBe(voor);
    expect(nep.schrijfverzoeken()).toEqual([]);
  });
});

describe("use in case handling", () => {
  it("zaak starten: the standaardgroep is assigned; a zaaktype not in gebruik (or without parameters while others have them) is not offered", async () => {
    await bewaarParameters(db.handle.db, A, bruikbaarA, "beheerder1");
    staat.gebruiker = "behandelaar1";
    const typen = (await (await roep(zaaktypenRoute.GET, "GET", {})).json()) as { omschrijving: string; magStarten: boolean; standaardGroep: string | null }[];
    expect(typen).toEqual([expect.objectContaining({ omschrijving: A, magStarten: true, standaardGroep: "behandelaars-vergunningen" })]);
    const gestart = await roep(zakenRoute.POST, "POST", {}, { zaaktype: A, omschrijving: "Dakkapel" });
    expect(gestart.status).toBe(201);
    const { uuid } = (await gestart.json()) as { uuid: string };
    const groepRol = [...nep.lijst("rollen").values()].find((r) => String(r.zaak).endsWith(uuid) && r.betrokkeneType === "organisatorische_eenheid");
    expect(groepRol?.betrokkeneIdentificatie).toMatchObject({ naam: "behandelaars-vergunningen" });

    // behandelaar2's zaaktype B has no parameters while A has: not offered.
    staat.gebruiker = "behandelaar2";
    const typenB = (await (await roep(zaaktypenRoute.GET, "GET", {})).json()) as { omschrijving: string; magStarten: boolean }[];
    expect(typenB).toEqual([expect.objectContaining({ omschrijving: B, magStarten: false })]);

    // Not in gebruik: not offered, and starting answers 403 without writing.
    await bewaarParameters(db.handle.db, A, { ...bruikbaarA, inGebruik: false }, "beheerder1");
    staat.gebruiker = "behandelaar1";
    nep.vergeetVerzoeken();
    const geweigerd = await roep(zakenRoute.POST, "POST", {}, { zaaktype: A, omschrijving: "Nog een" });
    expect(geweigerd.status).toBe(403);
    expect(nep.schrijfverzoeken()).toEqual([]);
  });

  it("taak starten: only enabled taaktypen, their groep in the options, the doorlooptijd gives the streefdatum", async () => {
    await bewaarParameters(db.handle.db, A, bruikbaarA, "beheerder1");
    const zaak = nepZaak(nep, cat[A]!);
    staat.gebruiker = "behandelaar1";
    const opties = (await (await roep(optiesRoute.GET, "GET", { uuid: String(zaak.uuid) })).json()) as { taaktypen: unknown[] };
    expect(opties.taaktypen).toEqual([{ taaktype: "advies_intern", naam: "Advies intern", groep: "coordinatoren-vergunningen", doorlooptijdDagen: 10 }]);

    const uit = await roep(zaakTakenRoute.POST, "POST", { uuid: String(zaak.uuid) }, { gegevens: { taaktype: "goedkeuren", toelichting: "Graag akkoord" } });
    expect(uit.status).toBe(400);
    expect(await db.handle.db.select().from(taak)).toEqual([]);

    const aan = await roep(zaakTakenRoute.POST, "POST", { uuid: String(zaak.uuid) }, { gegevens: { taaktype: "advies_intern", vraag: "Wat vind jij?" }, groep: "coordinatoren-vergunningen" });
    expect(aan.status).toBe(201);
    const [rij] = await db.handle.db.select().from(taak);
    expect(rij).toMatchObject({ taaktype: "advies_intern", groep: "coordinatoren-vergunningen", streefdatum: vandaagPlus(10) });
  });
});
