import { decodeJwt } from "jose";
import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { ZgwClient } from "./client";
import { zgwClientEnv } from "./env";
import { ZgwZaak } from "./resources";

const ROOT = "http://zgw.test";
const roots = {
  zaken: { fetchRoot: `${ROOT}/zaken/api/v1`, publiekeRoot: `${ROOT}/zaken/api/v1` },
  // The own-app case: answers carry the public URL, requests go to the loopback root.
  catalogi: { fetchRoot: "http://intern.test/catalogi/api/v1", publiekeRoot: "https://zac.gemeente.nl/catalogi/api/v1" },
  documenten: { fetchRoot: `${ROOT}/documenten/api/v1`, publiekeRoot: `${ROOT}/documenten/api/v1` },
  besluiten: { fetchRoot: `${ROOT}/besluiten/api/v1`, publiekeRoot: `${ROOT}/besluiten/api/v1` },
};

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function client() {
  return new ZgwClient({
    gebruiker: { id: "behandelaar1", weergave: "Bea Handelaar" },
    roots,
    token: async (g) => {
      const { maakZgwJwt } = await import("@/lib/zgw/auth/jwt");
      return maakZgwJwt("zac-test", "een-test-secret-van-genoeg-tekens", { userId: g.id, userRepresentation: g.weergave });
    },
  });
}

const zaak = { url: `${ROOT}/zaken/api/v1/zaken/1`, zaaktype: "https://zac.gemeente.nl/catalogi/api/v1/zaaktypen/2", identificatie: "ZAAK-1" };

describe("ZgwClient", () => {
  it("signs a JWT with the employee and sends Accept-Crs", async () => {
    let auth = "";
    let crs = "";
    server.use(
      http.get(`${ROOT}/zaken/api/v1/zaken/1`, ({ request }) => {
        auth = request.headers.get("authorization") ?? "";
        crs = request.headers.get("accept-crs") ?? "";
        return HttpResponse.json(zaak);
      }),
    );
    const z = await client().haal({ api: "zaken", pad: "/zaken/1" }, ZgwZaak);
    expect(z.identificatie).toBe("ZAAK-1");
    expect(z.opschorting).toEqual({ indicatie: false, reden: "", eerdereOpschorting: false });
    expect(decodeJwt(auth.replace("Bearer ", ""))).toMatchObject({ client_id: "zac-test", user_id: "behandelaar1", user_representation: "Bea Handelaar" });
    expect(crs).toBe("EPSG:4326");
  });

  it("fetches a public URL of the own app through the loopback root", async () => {
    server.use(http.get("http://intern.test/catalogi/api/v1/zaaktypen/2", () => HttpResponse.json({ url: zaak.zaaktype, omschrijving: "X" })));
    const { z } = await import("zod");
    const zt = await client().haal(zaak.zaaktype, z.looseObject({ omschrijving: z.string() }));
    expect(zt.omschrijving).toBe("X");
    expect(client().apiVan(zaak.zaaktype)).toBe("catalogi");
  });

  it("maps a ZGW 400 ValidatieFout to AppError invalid with invalidParams", async () => {
    server.use(
      http.post(`${ROOT}/zaken/api/v1/zaken`, () =>
        HttpResponse.json(
          { type: "x", code: "invalid", title: "Invalid input.", status: 400, detail: "", invalidParams: [{ name: "zaaktype", code: "bad-url", reason: "Ongeldige URL." }] },
          { status: 400, headers: { "Content-Type": "application/problem+json" } },
        ),
      ),
    );
    const fout = await client().maak("zaken", "/zaken", {}, ZgwZaak).catch((e: unknown) => e);
    expect(fout).toBeInstanceOf(AppError);
    expect(fout).toMatchObject({ code: "invalid", status: 400, invalidParams: [{ name: "zaaktype", code: "bad-url", reason: "Ongeldige URL." }] });
  });

  it("404 -> not_found (haalOfNull: null); 403 from the API -> 500 (configuration fault, not the user's)", async () => {
    server.use(
      http.get(`${ROOT}/zaken/api/v1/zaken/weg`, () => HttpResponse.json({ detail: "Niet gevonden." }, { status: 404 })),
      http.get(`${ROOT}/zaken/api/v1/zaken/geheim`, () => HttpResponse.json({ detail: "Geen rechten." }, { status: 403 })),
    );
    expect(await client().haalOfNull({ api: "zaken", pad: "/zaken/weg" }, ZgwZaak)).toBeNull();
    await expect(client().haal({ api: "zaken", pad: "/zaken/weg" }, ZgwZaak)).rejects.toMatchObject({ code: "not_found" });
    await expect(client().haal({ api: "zaken", pad: "/zaken/geheim" }, ZgwZaak)).rejects.toMatchObject({ code: "error", status: 500 });
  });

  it("5xx and network failure -> service_unavailable", async () => {
    server.use(
      http.get(`${ROOT}/zaken/api/v1/zaken/kapot`, () => new HttpResponse("boem", { status: 502 })),
      http.get(`${ROOT}/zaken/api/v1/zaken/stuk`, () => HttpResponse.error()),
    );
    await expect(client().haal({ api: "zaken", pad: "/zaken/kapot" }, ZgwZaak)).rejects.toMatchObject({ code: "service_unavailable", status: 503 });
    await expect(client().haal({ api: "zaken", pad: "/zaken/stuk" }, ZgwZaak)).rejects.toMatchObject({ code: "service_unavailable" });
  });

  it("an unexpected body is a 500, not silently accepted", async () => {
    server.use(http.get(`${ROOT}/zaken/api/v1/zaken/raar`, () => HttpResponse.json({ geen: "zaak" })));
    await expect(client().haal({ api: "zaken", pad: "/zaken/raar" }, ZgwZaak)).rejects.toMatchObject({ code: "error" });
  });

  it("follows next links for small lists and sends X-Audit-Toelichting on writes", async () => {
    let toelichting = "";
    server.use(
      http.get(`${ROOT}/zaken/api/v1/rollen`, ({ request }) => {
        const pagina = new URL(request.url).searchParams.get("page");
        return pagina === "2"
          ? HttpResponse.json({ count: 2, next: null, previous: null, results: [{ n: 2 }] })
          : HttpResponse.json({ count: 2, next: `${ROOT}/zaken/api/v1/rollen?page=2`, previous: null, results: [{ n: 1 }] });
      }),
      http.patch(`${ROOT}/zaken/api/v1/zaken/1`, ({ request }) => {
        toelichting = request.headers.get("x-audit-toelichting") ?? "";
        return HttpResponse.json(zaak);
      }),
    );
    const { z } = await import("zod");
    expect(await client().alle("zaken", "/rollen", z.object({ n: z.number() }))).toEqual([{ n: 1 }, { n: 2 }]);
    await client().wijzig(zaak.url, { omschrijving: "x" }, ZgwZaak, "Reden: typfout");
    expect(toelichting).toBe("Reden: typfout");
  });
});

describe("zgwClientEnv", () => {
  it("accepts empty values and rejects a bad URL or a short secret", () => {
    expect(zgwClientEnv({ ZGW_ZAKEN_API_URL: "" }).ZGW_ZAKEN_API_URL).toBeUndefined();
    expect(() => zgwClientEnv({ ZGW_ZAKEN_API_URL: "ftp://x" })).toThrow(/ZGW_ZAKEN_API_URL/);
    expect(() => zgwClientEnv({ ZGW_CLIENT_SECRET: "kort" })).toThrow(/ZGW_CLIENT_SECRET/);
  });
});
