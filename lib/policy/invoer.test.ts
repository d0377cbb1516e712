import { describe, expect, it } from "vitest";
import {
  documentInvoer,
  domeinenUitRollen,
  gebruikerInvoer,
  type PolicyGebruiker,
  policyUser,
  taakInvoer,
  zaakInvoer,
  zaakKoppelenInvoer,
  type ZaakFeiten,
  zaaktypenVoorDomeinen,
} from "./invoer";

const zaak: ZaakFeiten = {
  open: true,
  zaaktype: "Melding",
  opgeschort: false,
  verlengd: false,
  intake: false,
  besloten: false,
  heropend: false,
  brondatumBepaald: false,
  vertrouwelijkheidaanduiding: "openbaar",
};

const pabc: PolicyGebruiker = {
  id: "u1",
  iamModus: "pabc",
  pabc: {
    perZaaktype: { Melding: ["behandelaar"], Vergunning: ["recordmanager", "raadpleger"] },
    alleZaaktypen: ["raadpleger"],
  },
};

const domein: PolicyGebruiker = {
  id: "u2",
  iamModus: "domein",
  rollen: ["behandelaar", "zaakafhandelcomponent_user"],
  domeinen: ["domein_sociaal"],
};
const mapping = { Melding: "domein_sociaal", Vergunning: "domein_fysiek", Bezwaar: "sociaal", Los: null };

describe("PABC mode", () => {
  it("object checks: roles for that zaaktype plus all-zaaktypen roles, zaaktypen = [it]", () => {
    expect(zaakInvoer(pabc, zaak).user).toEqual({ id: "u1", rollen: ["behandelaar", "raadpleger"], zaaktypen: ["Melding"] });
    expect(taakInvoer(pabc, { open: true, zaakOpen: true, zaaktype: "Vergunning" }).user).toEqual({
      id: "u1",
      rollen: ["raadpleger", "recordmanager"],
      zaaktypen: ["Vergunning"],
    });
    // A zaaktype without roles of its own: only the all-zaaktypen roles.
    expect(zaakInvoer(pabc, { ...zaak, zaaktype: "Onbekend" }).user.rollen).toEqual(["raadpleger"]);
  });

  it("werklijst/notitie/overig and a document without zaaktype: union of all roles, zaaktypen null", () => {
    const alle = { id: "u1", rollen: ["behandelaar", "raadpleger", "recordmanager"], zaaktypen: null };
    expect(gebruikerInvoer(pabc).user).toEqual(alle);
    const document = { definitief: false, vergrendeld: false, vergrendeldDoor: null, ondertekend: false, zaaktype: null, zaakOpen: false };
    expect(documentInvoer(pabc, document)).toEqual({ user: alle, document });
  });

  it("builds the user part once per gebruiker and zaaktype, frozen", () => {
    const a = zaakInvoer(pabc, zaak).user;
    expect(zaakInvoer(pabc, { ...zaak, open: false }).user).toBe(a);
    expect(Object.isFrozen(a) && Object.isFrozen(a.rollen)).toBe(true);
  });

  it("linking two zaaktypen gives one decision per zaaktype's roles", () => {
    const inputs = zaakKoppelenInvoer(pabc, zaak, { ...zaak, zaaktype: "Vergunning" });
    expect(inputs.map((i) => i.user)).toEqual([
      { id: "u1", rollen: ["behandelaar", "raadpleger"], zaaktypen: ["Melding", "Vergunning"] },
      { id: "u1", rollen: ["raadpleger", "recordmanager"], zaaktypen: ["Melding", "Vergunning"] },
    ]);
    expect(zaakKoppelenInvoer(pabc, zaak, zaak)).toHaveLength(1);
  });
});

describe("domain-role mode", () => {
  it("rollen = token roles; zaaktypen = those whose domein the user has (prefix optional)", () => {
    expect(zaakInvoer(domein, zaak, { zaaktypeDomeinen: mapping }).user).toEqual({
      id: "u2",
      rollen: ["behandelaar", "zaakafhandelcomponent_user"],
      zaaktypen: ["Bezwaar", "Melding"],
    });
    expect(gebruikerInvoer(domein, { zaaktypeDomeinen: mapping }).user.zaaktypen).toEqual(["Bezwaar", "Melding"]);
  });

  it("domein_elk_zaaktype means every zaaktype (null)", () => {
    expect(zaaktypenVoorDomeinen(["domein_elk_zaaktype"], mapping)).toBeNull();
    expect(zaaktypenVoorDomeinen(["elk_zaaktype"], mapping)).toBeNull();
    expect(zaaktypenVoorDomeinen([], mapping)).toEqual([]);
    expect(zaaktypenVoorDomeinen(["fysiek"], mapping)).toEqual(["Vergunning"]);
  });

  it("extracts domein roles from token roles", () => {
    expect(domeinenUitRollen(["behandelaar", "domein_sociaal", "domein_elk_zaaktype"])).toEqual(["sociaal", "elk_zaaktype"]);
  });

  it("needs the zaaktype -> domein mapping", () => {
    expect(() => policyUser(domein, "Melding")).toThrow(/zaaktypeDomeinen/);
  });

  it("linking is one decision (roles do not differ per zaaktype)", () => {
    const inputs = zaakKoppelenInvoer(domein, zaak, { ...zaak, zaaktype: "Vergunning" }, { zaaktypeDomeinen: mapping });
    expect(inputs).toHaveLength(1);
    expect(inputs[0]!.user.zaaktypen).toEqual(["Bezwaar", "Melding"]);
  });
});
