import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { tokenBijAanmelding, tokenBijVerzoek, type JwtAfhankelijkheden, type ZacToken } from "./jwt-callback";
import { trekSessieIn } from "./intrekking";
import type { VerversdeTokens } from "./oidc";

const stil = { info: () => undefined, warn: () => undefined } as unknown as JwtAfhankelijkheden["log"];

function deps(overrides: Partial<JwtAfhankelijkheden> & { nu?: () => number } = {}): JwtAfhankelijkheden & { pabcVragen: string[][] } {
  const pabcVragen: string[][] = [];
  return {
    instellingen: { clientId: "zaakafhandelcomponent", iamModus: "pabc" },
    pabc: () => ({
      applicatieRollen: async (rollen) => {
        pabcVragen.push([...rollen]);
        return { perZaaktype: { Omgevingsvergunning: ["behandelaar"] }, alleZaaktypen: [] };
      },
    }),
    ververs: async () => {
      throw new Error("niet verwacht");
    },
    log: stil,
    nu: () => 1_000,
    ...overrides,
    pabcVragen,
  };
}

const PROFIEL = {
  preferred_username: "behandelaar1",
  name: "Bas Behandelaar",
  realm_access: { roles: ["zac_behandelaar_vergunningen"] },
};

describe("tokenBijAanmelding", () => {
  it("keeps the user, the PABC roles (asked once with the functional roles) and the tokens", async () => {
    const d = deps();
    const token = await tokenBijAanmelding(d, {
      profile: PROFIEL,
      account: { id_token: "id", refresh_token: "rt", expires_at: 1_300 },
    });
    expect(d.pabcVragen).toEqual([["zac_behandelaar_vergunningen"]]);
    expect(token).toMatchObject({
      gebruiker: { id: "behandelaar1", naam: "Bas Behandelaar" },
      pabc: { perZaaktype: { Omgevingsvergunning: ["behandelaar"] }, alleZaaktypen: [] },
      pabcFout: null,
      idToken: "id",
      refreshToken: "rt",
      uitgegevenOp: 1_000,
      verlooptOp: 1_300,
    });
  });

  it("keeps PABC's Dutch explanation when PABC fails, instead of failing the login", async () => {
    const d = deps({
      pabc: () => ({
        applicatieRollen: async () => {
          throw new AppError("service_unavailable", { detail: "PABC is niet bereikbaar." });
        },
      }),
    });
    const token = await tokenBijAanmelding(d, { profile: PROFIEL, account: {} });
    expect(token).toMatchObject({ pabc: null, pabcFout: "PABC is niet bereikbaar.", verlooptOp: 1_300 });
  });

  it("does not ask PABC in domain-role mode", async () => {
    const d = deps({ instellingen: { clientId: "zaakafhandelcomponent", iamModus: "domein" } });
    const token = await tokenBijAanmelding(d, { profile: PROFIEL, account: {} });
    expect(d.pabcVragen).toEqual([]);
    expect(token.pabc).toBeNull();
  });
});

describe("tokenBijVerzoek", () => {
  async function aangemeld(): Promise<ZacToken> {
    return tokenBijAanmelding(deps(), { profile: PROFIEL, account: { refresh_token: "rt-1", id_token: "id-1", expires_at: 1_300 } });
  }

  it("leaves a fresh token alone", async () => {
    const token = await aangemeld();
    let ververst = 0;
    const d = deps({ nu: () => 1_200, ververs: async () => { ververst++; throw new Error("nee"); } });
    expect(await tokenBijVerzoek(d, token)).toEqual(token);
    expect(ververst).toBe(0);
  });

  it("refreshes shortly before expiry and takes the new tokens and claims", async () => {
    const token = await aangemeld();
    const nieuw: VerversdeTokens = {
      refreshToken: "rt-2",
      idToken: "id-2",
      verlooptOp: 1_590,
      claims: { ...PROFIEL, name: "Bas B. Behandelaar" },
    };
    const gevraagd: string[] = [];
    const d = deps({ nu: () => 1_280, ververs: async (rt) => { gevraagd.push(rt); return nieuw; } });
    const uit = await tokenBijVerzoek(d, token);
    expect(gevraagd).toEqual(["rt-1"]);
    expect(uit).toMatchObject({ refreshToken: "rt-2", idToken: "id-2", uitgegevenOp: 1_280, verlooptOp: 1_590 });
    expect(uit?.gebruiker.naam).toBe("Bas B. Behandelaar");
    // Same functional roles: PABC is not asked again.
    expect(d.pabcVragen).toEqual([]);
  });

  it("ends the session (null) when the refresh is refused, so the user goes to the login", async () => {
    const token = await aangemeld();
    const d = deps({ nu: () => 2_000, ververs: async () => { throw new Error("invalid_grant"); } });
    expect(await tokenBijVerzoek(d, token)).toBeNull();
  });

  it("ends a session that was logged out, even when a late response brought its cookie back", async () => {
    const token = await aangemeld();
    const ander = await aangemeld();
    expect(token.sessieId).not.toBe(ander.sessieId);
    trekSessieIn(token.sessieId, Date.now() + 60_000);
    expect(await tokenBijVerzoek(deps({ nu: () => 1_100 }), token)).toBeNull();
    expect(await tokenBijVerzoek(deps({ nu: () => 1_100 }), ander)).toEqual(ander);
  });

  it("ends the session for an expired token without refresh token and for garbage", async () => {
    const token = { ...(await aangemeld()), refreshToken: null };
    expect(await tokenBijVerzoek(deps({ nu: () => 2_000 }), token)).toBeNull();
    expect(await tokenBijVerzoek(deps(), { sub: "x" })).toBeNull();
  });
});
