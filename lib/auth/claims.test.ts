import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { gebruikerUitClaims } from "./claims";

describe("gebruikerUitClaims", () => {
  it("maps Keycloak's claim names to the session user", () => {
    const gebruiker = gebruikerUitClaims(
      {
        sub: "f3a1",
        preferred_username: "coordinator1",
        name: "Cor Coördinator",
        email: "coordinator1@example.com",
        group_membership: ["/coordinatoren-vergunningen", "extra"],
        realm_access: { roles: ["zac_coordinator_vergunningen", "zaakafhandelcomponent_user", "offline_access"] },
        resource_access: {
          zaakafhandelcomponent: { roles: ["domein_vergunningen", "behandelaar"] },
          account: { roles: ["manage-account"] },
        },
      },
      "zaakafhandelcomponent",
    );
    expect(gebruiker).toEqual({
      id: "coordinator1",
      naam: "Cor Coördinator",
      email: "coordinator1@example.com",
      groepen: ["coordinatoren-vergunningen", "extra"],
      functioneleRollen: ["offline_access", "zaakafhandelcomponent_user", "zac_coordinator_vergunningen"],
      clientRollen: ["behandelaar", "domein_vergunningen"],
    });
  });

  it("reads client roles only of the app's own client", () => {
    const claims = { preferred_username: "x", resource_access: { ander: { roles: ["beheerder"] } } };
    expect(gebruikerUitClaims(claims, "zaakafhandelcomponent").clientRollen).toEqual([]);
    expect(gebruikerUitClaims(claims, "ander").clientRollen).toEqual(["beheerder"]);
  });

  it("builds the name from given and family name, else uses the username; no claims means no roles", () => {
    expect(gebruikerUitClaims({ preferred_username: "a", given_name: "An", family_name: "Jansen" }, "c").naam).toBe("An Jansen");
    const kaal = gebruikerUitClaims({ preferred_username: "geenrechten1" }, "c");
    expect(kaal).toMatchObject({ naam: "geenrechten1", email: null, groepen: [], functioneleRollen: [], clientRollen: [] });
  });

  it("rejects tokens without preferred_username or with malformed roles", () => {
    expect(() => gebruikerUitClaims({ sub: "1", name: "Zonder naam" }, "c")).toThrow(AppError);
    expect(() => gebruikerUitClaims({ preferred_username: "a", realm_access: { roles: "beheerder" } }, "c")).toThrow(
      expect.objectContaining({ code: "not_authenticated" }),
    );
  });
});
