import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { KANALEN, registreerKanalen } from "./kanalen";
import { NrcClient } from "./nrc";
import { NRC, NRC_CLIENT, nepNrc, testLogger } from "./testing/nep-nrc";

const PUBLIEK = "https://zac.test.example";

describe("kanaalregistratie bij de Notificaties API", () => {
  const nrc = nepNrc();
  beforeAll(() => nrc.start());
  afterEach(() => nrc.herstel());
  afterAll(() => nrc.stop());

  it("registreert elk kanaal van GUIDE 6 met zijn kenmerken als filters en een documentatielink", async () => {
    const { log } = testLogger();
    expect(await registreerKanalen(new NrcClient({ apiUrl: NRC, ...NRC_CLIENT }), PUBLIEK, log)).toBe(true);
    expect(nrc.kanalen.map((k) => k.naam)).toEqual([
      "zaken",
      "documenten",
      "besluiten",
      "zaaktypen",
      "informatieobjecttypen",
      "besluittypen",
      "autorisaties",
    ]);
    expect(nrc.kanalen.find((k) => k.naam === "zaken")).toEqual({
      naam: "zaken",
      documentatieLink: `${PUBLIEK}/zaken/api/v1/openapi.yaml`,
      filters: ["bronorganisatie", "zaaktype", "vertrouwelijkheidaanduiding"],
    });
    expect(nrc.kanalen.find((k) => k.naam === "besluiten")?.filters).toEqual(["verantwoordelijke_organisatie", "besluittype"]);
    expect(nrc.kanalen.find((k) => k.naam === "zaaktypen")?.filters).toEqual(["catalogus"]);
    expect(nrc.kanalen.find((k) => k.naam === "autorisaties")?.filters).toEqual([]);
  });

  it("is idempotent: een tweede keer vraagt alleen op en maakt niets aan", async () => {
    const { log } = testLogger();
    const client = new NrcClient({ apiUrl: NRC, ...NRC_CLIENT });
    await registreerKanalen(client, PUBLIEK, log);
    nrc.verzoeken.length = 0;
    expect(await registreerKanalen(client, PUBLIEK, log)).toBe(true);
    expect(nrc.verzoeken).toEqual(KANALEN.map((k) => `GET /api/v1/kanaal?naam=${k.naam}`));
    expect(nrc.kanalen).toHaveLength(KANALEN.length);
  });

  it("vult alleen ontbrekende kanalen aan", async () => {
    const { log } = testLogger();
    nrc.kanalen.push({ naam: "zaken", documentatieLink: "https://elders/doc", filters: [] });
    await registreerKanalen(new NrcClient({ apiUrl: NRC, ...NRC_CLIENT }), PUBLIEK, log);
    expect(nrc.kanalen.filter((k) => k.naam === "zaken")).toEqual([{ naam: "zaken", documentatieLink: "https://elders/doc", filters: [] }]);
    expect(nrc.verzoeken.filter((v) => v === "POST /kanaal")).toHaveLength(KANALEN.length - 1);
  });

  it("gooit niet als de NRC weigert: meldt false en logt per kanaal een waarschuwing", async () => {
    const { log, regels } = testLogger();
    const fout = new NrcClient({ apiUrl: NRC, clientId: NRC_CLIENT.clientId, secret: "verkeerd-geheim-0000" });
    expect(await registreerKanalen(fout, PUBLIEK, log)).toBe(false);
    expect(nrc.kanalen).toHaveLength(0);
    const waarschuwingen = regels.filter((r) => r.level === "warn");
    expect(waarschuwingen).toHaveLength(KANALEN.length);
    expect(String(waarschuwingen[0]?.fout)).toContain("HTTP 403");
  });

  it("gooit niet als de NRC onbereikbaar is", async () => {
    const { log } = testLogger();
    nrc.storing("netwerk");
    expect(await registreerKanalen(new NrcClient({ apiUrl: NRC, ...NRC_CLIENT }), PUBLIEK, log)).toBe(false);
    expect(nrc.kanalen).toHaveLength(0);
  });
});
