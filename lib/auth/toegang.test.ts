import { describe, expect, it } from "vitest";
import { DOMEIN_A, DOMEIN_B } from "@/lib/demo/domeinen";
import { policyUser } from "@/lib/policy";
import { gebruikerUitClaims, type SessieGebruiker } from "./claims";
import { claimsVoor, demoRealm } from "./realm";
import { applicatieRollenSamenvatting, policyGebruikerUitSessie, type SessiePabcRollen } from "./sessie";
import { beoordeelToegang, demoZaaktypeDomeinen } from "./toegang";

const CLIENT = "zaakafhandelcomponent";

/** A demo user as the app sees it after login: realm file -> claims -> session user. */
function demoGebruiker(gebruikersnaam: string): SessieGebruiker {
  const realm = demoRealm();
  const gebruiker = realm.users.find((u) => u.username === gebruikersnaam);
  if (!gebruiker) throw new Error(`geen demo-gebruiker ${gebruikersnaam}`);
  return gebruikerUitClaims(claimsVoor(realm, gebruiker), CLIENT);
}

/** A fake PABC (the mapping the demo dataset is meant to hold), injected instead of lib/pabc. */
function nepPabc(functioneleRollen: readonly string[]): SessiePabcRollen {
  const perZaaktype: Record<string, string[]> = {};
  const alleZaaktypen = new Set<string>();
  const voeg = (zaaktypen: readonly string[], rollen: string[]) => {
    for (const zt of zaaktypen) perZaaktype[zt] = [...new Set([...(perZaaktype[zt] ?? []), ...rollen])];
  };
  for (const rol of functioneleRollen) {
    if (rol === "zac_raadpleger") alleZaaktypen.add("raadpleger");
    if (rol === "zac_recordmanager") alleZaaktypen.add("recordmanager");
    if (rol === "zac_beheerder") alleZaaktypen.add("beheerder");
    if (rol === "zac_behandelaar_vergunningen") voeg(DOMEIN_A.zaaktypen, ["behandelaar"]);
    if (rol === "zac_behandelaar_sociaal") voeg(DOMEIN_B.zaaktypen, ["behandelaar"]);
    if (rol === "zac_coordinator_vergunningen") voeg(DOMEIN_A.zaaktypen, ["coordinator", "behandelaar"]);
  }
  return { perZaaktype, alleZaaktypen: [...alleZaaktypen] };
}

function pabcToegang(gebruikersnaam: string) {
  const gebruiker = demoGebruiker(gebruikersnaam);
  return beoordeelToegang(gebruiker, { iamModus: "pabc", pabc: nepPabc(gebruiker.functioneleRollen) });
}

describe("session -> PolicyGebruiker", () => {
  it("PABC mode: the PABC roles; per zaaktype only that zaaktype's roles plus the all-zaaktypen roles", () => {
    const gebruiker = demoGebruiker("coordinator1");
    expect(gebruiker.functioneleRollen).toContain("zac_coordinator_vergunningen");
    const pg = policyGebruikerUitSessie(gebruiker, "pabc", nepPabc(gebruiker.functioneleRollen));
    expect(pg).toMatchObject({ id: "coordinator1", iamModus: "pabc" });
    if (!pg) throw new Error("verwacht een gebruiker");
    expect(policyUser(pg, "Omgevingsvergunning")).toEqual({
      id: "coordinator1",
      rollen: ["behandelaar", "coordinator"],
      zaaktypen: ["Omgevingsvergunning"],
    });
    expect(policyUser(pg, "Bijzondere bijstand").rollen).toEqual([]);
  });

  it("PABC mode without the PABC answer gives no PolicyGebruiker", () => {
    expect(policyGebruikerUitSessie(demoGebruiker("behandelaar1"), "pabc", null)).toBeNull();
  });

  it("domain-role mode: client roles without domein_*, domains from domein_* roles", () => {
    const gebruiker = demoGebruiker("domeinbehandelaar1");
    const pg = policyGebruikerUitSessie(gebruiker, "domein", null);
    expect(pg).toEqual({ id: "domeinbehandelaar1", iamModus: "domein", rollen: ["behandelaar"], domeinen: ["vergunningen"] });
    if (!pg) throw new Error("verwacht een gebruiker");
    expect(policyUser(pg, null, { zaaktypeDomeinen: demoZaaktypeDomeinen() })).toEqual({
      id: "domeinbehandelaar1",
      rollen: ["behandelaar"],
      zaaktypen: [...DOMEIN_A.zaaktypen].sort(),
    });
  });

  it("summarises application roles for display", () => {
    const coordinator = demoGebruiker("coordinator1");
    expect(applicatieRollenSamenvatting(coordinator, "pabc", nepPabc(coordinator.functioneleRollen))).toEqual(["behandelaar", "coordinator"]);
    expect(applicatieRollenSamenvatting(demoGebruiker("domeinbehandelaar1"), "domein", null)).toEqual(["behandelaar"]);
  });
});

describe("access gate (decisions from the policies)", () => {
  it.each(["raadpleger1", "behandelaar1", "behandelaar2", "coordinator1", "recordmanager1", "beheerder1"])(
    "PABC mode: %s has access",
    (naam) => {
      expect(pabcToegang(naam).toegang).toBe(true);
    },
  );

  it("PABC mode: geenrechten1 logs in but has no read role for any zaaktype", () => {
    expect(pabcToegang("geenrechten1")).toMatchObject({ toegang: false, reden: "geen-leesrol" });
  });

  it("PABC mode: only beheerder1 is beheerder", () => {
    const beheerders = ["raadpleger1", "behandelaar1", "coordinator1", "recordmanager1", "beheerder1"].filter((naam) => {
      const uitkomst = pabcToegang(naam);
      return uitkomst.toegang && uitkomst.beheerder;
    });
    expect(beheerders).toEqual(["beheerder1"]);
  });

  it("PABC mode: PABC down at login -> no access, with the Dutch explanation", () => {
    const uitkomst = beoordeelToegang(demoGebruiker("behandelaar1"), {
      iamModus: "pabc",
      pabc: null,
      pabcFout: "PABC is niet bereikbaar.",
    });
    expect(uitkomst).toEqual({ toegang: false, reden: "pabc-onbeschikbaar", uitleg: "PABC is niet bereikbaar." });
  });

  it("domain-role mode: domeinbehandelaar1 has access; users without client roles do not", () => {
    expect(beoordeelToegang(demoGebruiker("domeinbehandelaar1"), { iamModus: "domein" }).toegang).toBe(true);
    expect(beoordeelToegang(demoGebruiker("behandelaar1"), { iamModus: "domein" })).toMatchObject({ toegang: false, reden: "geen-leesrol" });
  });

  it("domain-role mode: without the system role there is no access, whatever the roles", () => {
    const gebruiker = { ...demoGebruiker("domeinbehandelaar1"), functioneleRollen: [] };
    expect(beoordeelToegang(gebruiker, { iamModus: "domein" })).toMatchObject({ toegang: false, reden: "geen-systeemrol" });
  });

  it("domain-role mode: a domain without zaaktypen gives no read right; domein_elk_zaaktype gives all", () => {
    const basis = demoGebruiker("domeinbehandelaar1");
    const zonderZaaktypen = { ...basis, clientRollen: ["behandelaar", "domein_onbekend"] };
    expect(beoordeelToegang(zonderZaaktypen, { iamModus: "domein" }).toegang).toBe(false);
    const elk = { ...basis, clientRollen: ["raadpleger", "domein_elk_zaaktype"] };
    expect(beoordeelToegang(elk, { iamModus: "domein" }).toegang).toBe(true);
  });
});
