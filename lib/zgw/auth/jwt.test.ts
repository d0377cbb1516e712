import { SignJWT, UnsecuredJWT } from "jose";
import { describe, expect, it } from "vitest";
import { toProblem } from "@/lib/errors";
import { bearerToken, maakZgwJwt, verifieerZgwJwt, type JwtInstellingen } from "./jwt";

const SECRET = "een-gedeeld-secret-0123456789";
const NU = 1_800_000_000;
const instellingen: JwtInstellingen = {
  expiry: 3600,
  leeway: 5,
  zoekSecret: async (clientId) => (clientId === "app" ? SECRET : null),
  nu: () => NU,
};

async function code(authorization: string | null, opties: Partial<JwtInstellingen> = {}): Promise<string> {
  try {
    await verifieerZgwJwt(authorization, { ...instellingen, ...opties });
  } catch (error) {
    const problem = toProblem(error);
    expect(problem.status).toBe(403);
    return String(problem.body.code);
  }
  return "geaccepteerd";
}

const bearer = (token: string) => `Bearer ${token}`;

describe("ZGW JWT-verificatie", () => {
  it("accepteert HS256 met het secret van de client en levert de gebruiker voor de audittrail", async () => {
    const token = await maakZgwJwt("app", SECRET, { iat: NU - 10, userId: "u-1", userRepresentation: "Jan" });
    const claims = await verifieerZgwJwt(bearer(token), instellingen);
    expect(claims).toMatchObject({ clientId: "app", userId: "u-1", userRepresentation: "Jan" });
  });

  it("kort user_id en user_representation in tot 255 tekens", async () => {
    const token = await maakZgwJwt("app", SECRET, { iat: NU, userId: "x".repeat(300) });
    expect((await verifieerZgwJwt(bearer(token), instellingen)).userId).toHaveLength(255);
  });

  it("geeft de codes van de referentie-implementatie", async () => {
    expect(await code(null)).toBe("not_authenticated");
    expect(await code("Basic YTpi")).toBe("not_authenticated");
    expect(await code(bearer("a.b.c"))).toBe("jwt-decode-error");
    expect(await code(bearer(await maakZgwJwt("", SECRET, { iat: NU })))).toBe("missing-client-identifier");
    expect(await code(bearer(await maakZgwJwt("ander", SECRET, { iat: NU })))).toBe("invalid-client-identifier");
    expect(await code(bearer(await maakZgwJwt("app", "fout-secret-0123456789", { iat: NU })))).toBe("invalid-jwt-signature");
  });

  it("weigert alg none en andere algoritmen", async () => {
    const onbeveiligd = new UnsecuredJWT({ client_id: "app" }).setIssuedAt(NU).encode();
    expect(await code(bearer(onbeveiligd))).toBe("invalid-jwt-signature");
    const hs512 = await new SignJWT({ client_id: "app" }).setProtectedHeader({ alg: "HS512" }).setIssuedAt(NU).sign(new TextEncoder().encode(SECRET));
    expect(await code(bearer(hs512))).toBe("invalid-jwt-signature");
  });

  it("eist iat", async () => {
    const zonderIat = await new SignJWT({ client_id: "app" }).setProtectedHeader({ alg: "HS256" }).sign(new TextEncoder().encode(SECRET));
    expect(await code(bearer(zonderIat))).toBe("jwt-missing-iat-claim");
  });

  it("laat een token verlopen na expiry + leeway en weigert een iat in de toekomst", async () => {
    expect(await code(bearer(await maakZgwJwt("app", SECRET, { iat: NU - 3600 - 5 })))).toBe("geaccepteerd");
    expect(await code(bearer(await maakZgwJwt("app", SECRET, { iat: NU - 3600 - 6 })))).toBe("jwt-expired");
    expect(await code(bearer(await maakZgwJwt("app", SECRET, { iat: NU - 100 })), { expiry: 60 })).toBe("jwt-expired");
    expect(await code(bearer(await maakZgwJwt("app", SECRET, { iat: NU + 5 })))).toBe("geaccepteerd");
    expect(await code(bearer(await maakZgwJwt("app", SECRET, { iat: NU + 60 })))).toBe("jwt-immature");
  });

  it("respecteert een exp-claim", async () => {
    const token = await maakZgwJwt("app", SECRET, { iat: NU - 100, extra: { exp: NU - 50 } });
    expect(await code(bearer(token))).toBe("jwt-expired");
  });

  it("leest alleen een Bearer-header", () => {
    expect(bearerToken("bearer abc")).toBe("abc");
    expect(bearerToken("Bearer")).toBeNull();
    expect(bearerToken("Token abc")).toBeNull();
  });
});
