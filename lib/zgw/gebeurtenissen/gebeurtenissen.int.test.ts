import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing/test-database";
import { ztcType } from "@/lib/zgw/catalogi/schema";
import { maakDemoCatalogus } from "@/lib/zgw/catalogi/seed";
import { eq } from "drizzle-orm";
import type { ZgwContext } from "../route";
import { Autorisatiecontext } from "../scopes";
import { koppelTestOmgeving, TEST_PUBLIC_URL } from "../testing/zgw-test";
import { zorgVoorEigenZgwClient } from "../autorisaties";
import { haalResource, lokaleUuid } from "../verwijzingen";
import { auditTrailVan, registreerGebeurtenis, verwijderAuditTrail, zgwNotificatieUitgaand } from ".";

const ZAAK = `${TEST_PUBLIC_URL}/zaken/api/v1/zaken/6f1e3b7a-8a55-4b47-9d0c-0d6f3e2b1a11`;
const ZAAK_UUID = "6f1e3b7a-8a55-4b47-9d0c-0d6f3e2b1a11";

function context(): ZgwContext<unknown> {
  const auth = new Autorisatiecontext(
    {
      clientId: "test-app",
      applicatie: { uuid: "00000000-0000-4000-8000-000000000001", label: "Test-applicatie", heeftAlleAutorisaties: true },
      autorisaties: [],
      gebruiker: { id: "behandelaar1", weergave: "Bea Behandelaar" },
    },
    "zrc",
  );
  return { auth } as unknown as ZgwContext<unknown>;
}

const gebeurtenis = {
  kanaal: "zaken" as const,
  hoofdObject: ZAAK,
  hoofdObjectUuid: ZAAK_UUID,
  resource: "zaak",
  resourceUrl: ZAAK,
  resourceWeergave: "ZAAK-2026-0000000001",
  actie: "create" as const,
  resultaat: 201,
  oud: null,
  nieuw: { omschrijving: "nieuw" },
  kenmerken: { bronorganisatie: "002220647" },
};

describe(`audit trail, outbox en verwijzingen op ${process.env.ZAC_TEST_DB}`, () => {
  let test: TestDatabase;
  let herstel: () => void;
  const extern = setupServer(
    http.get("https://extern.example/catalogi/api/v1/zaaktypen/goed", ({ request }) => {
      // Service-to-service calls carry the app's own JWT (GUIDE 3.1).
      if (!request.headers.get("authorization")?.startsWith("Bearer ey")) return new HttpResponse(null, { status: 403 });
      return HttpResponse.json({ url: "https://extern.example/catalogi/api/v1/zaaktypen/goed", omschrijving: "Extern" });
    }),
    http.get("https://extern.example/catalogi/api/v1/zaaktypen/weg", () => new HttpResponse("niet gevonden", { status: 404 })),
    http.get("https://extern.example/catalogi/api/v1/zaaktypen/html", () => new HttpResponse("<html/>", { status: 200 })),
  );

  beforeAll(async () => {
    extern.listen({ onUnhandledRequest: "error" });
    test = await createTestDatabase();
    herstel = koppelTestOmgeving(test.handle);
    await zorgVoorEigenZgwClient(test.handle.db);
  });
  afterEach(() => {
    delete process.env.NOTIFICATIES_API_URL;
  });
  afterAll(async () => {
    extern.close();
    herstel();
    await test.dispose();
  });

  it("schrijft een auditregel met applicatie, gebruiker en X-Audit-Toelichting, zonder outbox als er geen NRC is", async () => {
    const db = test.handle.db;
    const request = new Request("http://x/", { method: "POST", headers: { "X-Audit-Toelichting": "Op verzoek van de aanvrager" } });
    await db.transaction((tx) => registreerGebeurtenis(tx, context(), request, gebeurtenis));
    const trail = await auditTrailVan(db, ZAAK_UUID);
    expect(trail).toHaveLength(1);
    expect(trail[0]).toMatchObject({
      bron: "zrc",
      applicatieId: "test-app",
      applicatieWeergave: "Test-applicatie",
      gebruikersId: "behandelaar1",
      gebruikersWeergave: "Bea Behandelaar",
      actie: "create",
      actieWeergave: "Object aangemaakt",
      resultaat: 201,
      toelichting: "Op verzoek van de aanvrager",
      wijzigingen: { oud: null, nieuw: { omschrijving: "nieuw" } },
    });
    expect(await db.select().from(zgwNotificatieUitgaand)).toHaveLength(0);
  });

  it("schrijft de notificatie in de outbox in dezelfde transactie, en niets bij een rollback", async () => {
    process.env.NOTIFICATIES_API_URL = "https://nrc.example/api/v1";
    const db = test.handle.db;
    const request = new Request("http://x/", { method: "POST" });
    await expect(
      db.transaction(async (tx) => {
        await registreerGebeurtenis(tx, context(), request, { ...gebeurtenis, resourceWeergave: "teruggedraaid" });
        throw new Error("mislukt na de wijziging");
      }),
    ).rejects.toThrow("mislukt");
    expect(await db.select().from(zgwNotificatieUitgaand)).toHaveLength(0);
    expect((await auditTrailVan(db, ZAAK_UUID)).some((r) => r.resourceWeergave === "teruggedraaid")).toBe(false);

    await db.transaction((tx) => registreerGebeurtenis(tx, context(), request, { ...gebeurtenis, resource: "status", actie: "create" }));
    const [rij] = await db.select().from(zgwNotificatieUitgaand);
    expect(rij?.status).toBe("wachtend");
    expect(rij?.bericht).toMatchObject({ kanaal: "zaken", hoofdObject: ZAAK, resource: "status", actie: "create", kenmerken: { bronorganisatie: "002220647" } });
  });

  it("verwijdert de audit trail met het hoofdobject", async () => {
    const db = test.handle.db;
    await db.transaction((tx) => verwijderAuditTrail(tx, ZAAK_UUID));
    expect(await auditTrailVan(db, ZAAK_UUID)).toEqual([]);
  });

  it("leest een lokale verwijzing uit de database en een externe over HTTP; fouten worden 400 op het veld", async () => {
    const db = test.handle.db;
    await db.transaction((tx) => maakDemoCatalogus(tx));
    const [zaaktype] = await db.select().from(ztcType).where(eq(ztcType.soort, "zaaktype")).limit(1);
    const url = `${TEST_PUBLIC_URL}/catalogi/api/v1/zaaktypen/${zaaktype!.uuid}`;
    expect(lokaleUuid(url, "catalogi", "zaaktypen")).toBe(zaaktype!.uuid);
    expect(lokaleUuid("https://extern.example/catalogi/api/v1/zaaktypen/x", "catalogi", "zaaktypen")).toBeNull();

    const lokaal = await haalResource(db, url, { api: "catalogi", collectie: "zaaktypen" }, "zaaktype");
    expect(lokaal).toMatchObject({ url, omschrijving: zaaktype!.omschrijving });

    const extern = await haalResource(db, "https://extern.example/catalogi/api/v1/zaaktypen/goed", { api: "catalogi", collectie: "zaaktypen" }, "zaaktype");
    expect(extern.omschrijving).toBe("Extern");

    const fout = async (u: string) => {
      try {
        await haalResource(db, u, { api: "catalogi", collectie: "zaaktypen" }, "zaaktype");
        return null;
      } catch (error) {
        return (error as { invalidParams?: unknown }).invalidParams;
      }
    };
    expect(await fout("https://extern.example/catalogi/api/v1/zaaktypen/weg")).toEqual([expect.objectContaining({ name: "zaaktype", code: "bad-url" })]);
    expect(await fout("https://extern.example/catalogi/api/v1/zaaktypen/html")).toEqual([expect.objectContaining({ name: "zaaktype", code: "invalid-resource" })]);
    expect(await fout("geen url")).toEqual([expect.objectContaining({ code: "bad-url" })]);
    expect(await fout(`${TEST_PUBLIC_URL}/catalogi/api/v1/zaaktypen/00000000-0000-4000-8000-000000000000`)).toEqual([expect.objectContaining({ code: "bad-url" })]);
    expect(await fout(`${TEST_PUBLIC_URL}/catalogi/api/v1/catalogussen/${zaaktype!.catalogusUuid}`)).toEqual([expect.objectContaining({ code: "invalid-resource" })]);
  });
});
