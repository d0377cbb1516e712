/**
 * Proves that the shipped binary (policies/dist/policy.wasm), not only the Rego, matches
 * shared/policy/matrix.json: every resource x right x role set x object state x zaaktype case,
 * with the expected answers computed from the matrix's condition strings; and the same through
 * both IAM-mode input builders.
 */
import { describe, expect, it } from "vitest";
import {
  documentRechten,
  notitieRechten,
  overigeRechten,
  taakRechten,
  werklijstRechten,
  zaakKoppelen,
  zaakRechten,
} from "./beslissingen";
import {
  documentInvoer,
  gebruikerInvoer,
  type PolicyGebruiker,
  type PolicyUser,
  taakInvoer,
  zaakInvoer,
  zaakKoppelenInvoer,
  type ZaakFeiten,
  type ZaaktypeDomeinen,
} from "./invoer";
import { RECHTEN, type Resource } from "./rechten";
import {
  ANDER_ZAAKTYPE,
  GEBRUIKER_ID,
  invoerVoor,
  MATRIX,
  OBJECT_RESOURCES,
  ROLLEN_MATRIX,
  rolSets,
  type Toestand,
  toestanden,
  verwacht,
  verwachteRechten,
  voorwaarde,
  VOORWAARDEN,
  ZAAKTYPE,
  ZAAKTYPE_GEVALLEN,
  zaaktypenVoor,
} from "./testing/vectoren";

const RESOURCES = Object.keys(RECHTEN) as Resource[];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const BESLISSING: Record<Resource, (input: any) => Record<string, boolean>> = {
  zaak: zaakRechten,
  taak: taakRechten,
  document: documentRechten,
  werklijst: werklijstRechten,
  notitie: notitieRechten,
  overig: overigeRechten,
};

interface Verschil {
  vector: string;
  recht: string;
  verwacht: boolean;
  kreeg: boolean | undefined;
}

/** Compares one decision with the expectation; records both outcomes seen per (right, role). */
function vergelijk(
  resource: Resource,
  kreeg: Record<string, boolean>,
  verwachting: Record<string, boolean>,
  vector: string,
  verschillen: Verschil[],
) {
  expect(Object.keys(kreeg).sort()).toEqual([...RECHTEN[resource]].sort());
  for (const recht of RECHTEN[resource]) {
    if (kreeg[recht] !== verwachting[recht]) {
      verschillen.push({ vector, recht, verwacht: verwachting[recht]!, kreeg: kreeg[recht] });
    }
  }
}

function rolNaam(rollen: readonly string[]) {
  return rollen.length ? rollen.join("+") : "(geen rollen)";
}

describe("vector generator", () => {
  it("knows every condition string in matrix.json and uses each one", () => {
    const gebruikt = new Set<string>();
    for (const rechten of Object.values(MATRIX)) {
      for (const regels of Object.values(rechten)) {
        for (const tekst of Object.values(regels)) {
          expect(() => voorwaarde(tekst), tekst).not.toThrow();
          gebruikt.add(tekst);
        }
      }
    }
    expect([...gebruikt].sort()).toEqual(Object.keys(VOORWAARDEN).sort());
  });

  it("fails on an unknown condition string instead of skipping it", () => {
    expect(() => voorwaarde("zaak open AND maan vol")).toThrow(/Onbekende voorwaarde/);
  });

  it("covers every role of the matrix and no other", () => {
    for (const rechten of Object.values(MATRIX)) {
      for (const regels of Object.values(rechten)) {
        expect(Object.keys(regels).sort()).toEqual([...ROLLEN_MATRIX].sort());
      }
    }
  });
});

describe("compiled policy against matrix.json (policy input as in the spec)", () => {
  for (const resource of RESOURCES) {
    it(`${resource}: every right x role set x state x zaaktype (allowed / not / null)`, () => {
      const verschillen: Verschil[] = [];
      // (right, role) -> outcomes seen with the zaaktype allowed, to prove both sides of each condition.
      const gezien = new Map<string, Set<boolean>>();
      let aantal = 0;
      for (const rollen of rolSets()) {
        for (const toestand of toestanden(resource)) {
          for (const geval of ZAAKTYPE_GEVALLEN) {
            const user: PolicyUser = { id: GEBRUIKER_ID, rollen, zaaktypen: zaaktypenVoor(geval) };
            const kreeg = BESLISSING[resource](invoerVoor(resource, user, toestand));
            const verwachting = verwachteRechten(resource, RECHTEN[resource], rollen, toestand, geval !== "niet_toegestaan");
            vergelijk(resource, kreeg, verwachting, `${rolNaam(rollen)} ${geval} ${JSON.stringify(toestand.object ?? {})}`, verschillen);
            aantal++;
            if (rollen.length === 1 && geval === "toegestaan" && (toestand.heeftZaaktype || !OBJECT_RESOURCES.has(resource))) {
              for (const recht of RECHTEN[resource]) {
                const sleutel = `${recht}|${rollen[0]}`;
                if (!gezien.has(sleutel)) gezien.set(sleutel, new Set());
                gezien.get(sleutel)!.add(kreeg[recht]!);
              }
            }
          }
        }
      }
      expect(verschillen.slice(0, 10)).toEqual([]);
      expect(aantal).toBeGreaterThan(0);
      // Both sides of every condition were reached by the shipped binary. The one condition
      // that cannot be false for a single zaak (a zaak linked "with itself") is checked on pairs below.
      for (const recht of RECHTEN[resource]) {
        for (const rol of ROLLEN_MATRIX) {
          const tekst = MATRIX[resource]![recht]![rol]!;
          const uitkomsten = [...(gezien.get(`${recht}|${rol}`) ?? [])].sort();
          const mogelijk = [...new Set(toestanden(resource).map((t) => voorwaarde(tekst)(t.feiten)))].sort();
          expect(uitkomsten, `${resource}.${recht} ${rol} "${tekst}"`).toEqual(mogelijk);
          if (tekst !== "always" && tekst !== "never" && !(resource === "zaak" && recht === "koppelen")) {
            expect(mogelijk, `${resource}.${recht} ${rol} "${tekst}" has two sides`).toEqual([false, true]);
          }
        }
      }
    });
  }

  it("zaak_koppelen: every role set x both zaken open/closed x zaaktypen of both allowed or not", () => {
    const verschillen: string[] = [];
    const paarGezien = new Map<string, Set<boolean>>();
    const zaak = (open: boolean, zaaktype: string): ZaakFeiten => ({
      open,
      zaaktype,
      opgeschort: false,
      verlengd: false,
      intake: false,
      besloten: false,
      heropend: false,
      brondatumBepaald: false,
      vertrouwelijkheidaanduiding: "openbaar",
    });
    const zaaktypenGevallen: [string[] | null, boolean][] = [
      [[ZAAKTYPE, ANDER_ZAAKTYPE], true],
      [[ZAAKTYPE], false],
      [[ANDER_ZAAKTYPE], false],
      [[], false],
      [null, true],
    ];
    for (const rollen of rolSets()) {
      for (const zaakOpen of [true, false]) {
        for (const doelOpen of [true, false]) {
          for (const [zaaktypen, beideToegestaan] of zaaktypenGevallen) {
            const kreeg = zaakKoppelen({
              user: { id: GEBRUIKER_ID, rollen, zaaktypen },
              zaak: zaak(zaakOpen, ZAAKTYPE),
              doelzaak: zaak(doelOpen, ANDER_ZAAKTYPE),
            });
            const feiten = { ...toestanden("zaak")[0]!.feiten, zaakOpen, doelzaakOpen: doelOpen };
            const moet = beideToegestaan && verwacht("zaak", "koppelen", rollen, feiten);
            if (rollen.length === 1 && beideToegestaan) {
              if (!paarGezien.has(rollen[0]!)) paarGezien.set(rollen[0]!, new Set());
              paarGezien.get(rollen[0]!)!.add(kreeg.koppelen);
            }
            if (kreeg.koppelen !== moet) {
              verschillen.push(`${rolNaam(rollen)} zaak ${zaakOpen} doel ${doelOpen} ${JSON.stringify(zaaktypen)}: ${kreeg.koppelen}`);
            }
          }
        }
      }
    }
    expect(verschillen).toEqual([]);
    // Both sides of each pair condition: every role but raadpleger can and cannot link.
    for (const rol of ROLLEN_MATRIX) {
      const verwachtGezien = MATRIX.zaak!.koppelen![rol] === "never" ? [false] : [false, true];
      expect([...(paarGezien.get(rol) ?? [])].sort(), rol).toEqual(verwachtGezien);
    }
  });
});

// ---- the same vectors through the IAM-mode input builders ----

type Geval = "toegestaan" | "niet_toegestaan" | "alle_zaaktypen";
const BOUWER_GEVALLEN: readonly Geval[] = ["toegestaan", "niet_toegestaan", "alle_zaaktypen"];

function bouwInvoer(resource: Resource, gebruiker: PolicyGebruiker, toestand: Toestand, mapping?: ZaaktypeDomeinen) {
  const opties = { zaaktypeDomeinen: mapping };
  switch (resource) {
    case "zaak":
      return zaakInvoer(gebruiker, toestand.object as ZaakFeiten, opties);
    case "taak":
      return taakInvoer(gebruiker, toestand.object as never, opties);
    case "document":
      return documentInvoer(gebruiker, toestand.object as never, opties);
    default:
      return gebruikerInvoer(gebruiker, opties);
  }
}

describe("compiled policy against matrix.json through the PABC input builder", () => {
  for (const resource of RESOURCES) {
    it(`${resource}: roles per zaaktype, for all zaaktypen, and only for another zaaktype`, () => {
      const verschillen: Verschil[] = [];
      for (const rollen of rolSets()) {
        for (const geval of BOUWER_GEVALLEN) {
          // Roles for another zaaktype must not leak into this one (beheerder elsewhere).
          const gebruiker: PolicyGebruiker = {
            id: GEBRUIKER_ID,
            iamModus: "pabc",
            pabc: {
              perZaaktype:
                geval === "toegestaan"
                  ? { [ZAAKTYPE]: rollen, [ANDER_ZAAKTYPE]: ["beheerder"] }
                  : geval === "niet_toegestaan"
                    ? { [ANDER_ZAAKTYPE]: rollen }
                    : {},
              alleZaaktypen: geval === "alle_zaaktypen" ? rollen : [],
            },
          };
          const rollenVoorZaaktype = geval === "niet_toegestaan" ? [] : rollen;
          const alleRollen = geval === "toegestaan" ? [...rollen, "beheerder"] : rollen;
          for (const toestand of toestanden(resource)) {
            const eenObject = OBJECT_RESOURCES.has(resource) && toestand.heeftZaaktype;
            const verwachting = verwachteRechten(resource, RECHTEN[resource], eenObject ? rollenVoorZaaktype : alleRollen, toestand, true);
            const kreeg = BESLISSING[resource](bouwInvoer(resource, gebruiker, toestand));
            vergelijk(resource, kreeg, verwachting, `pabc ${rolNaam(rollen)} ${geval} ${JSON.stringify(toestand.object ?? {})}`, verschillen);
          }
        }
      }
      expect(verschillen.slice(0, 10)).toEqual([]);
    });
  }

  it("zaak_koppelen: the right is needed for both zaaktypen (roles per zaaktype)", () => {
    const verschillen: string[] = [];
    const enkel = [[], ...ROLLEN_MATRIX.map((r) => [r])];
    for (const rollenA of enkel) {
      for (const rollenB of enkel) {
        for (const zaakOpen of [true, false]) {
          for (const doelOpen of [true, false]) {
            const gebruiker: PolicyGebruiker = {
              id: GEBRUIKER_ID,
              iamModus: "pabc",
              pabc: { perZaaktype: { [ZAAKTYPE]: rollenA, [ANDER_ZAAKTYPE]: rollenB }, alleZaaktypen: [] },
            };
            const zaak = { ...(toestanden("zaak")[0]!.object as ZaakFeiten), open: zaakOpen, zaaktype: ZAAKTYPE };
            const doel = { ...zaak, open: doelOpen, zaaktype: ANDER_ZAAKTYPE };
            const feiten = { ...toestanden("zaak")[0]!.feiten, zaakOpen, doelzaakOpen: doelOpen };
            const moet = verwacht("zaak", "koppelen", rollenA, feiten) && verwacht("zaak", "koppelen", rollenB, feiten);
            const kreeg = zaakKoppelen(zaakKoppelenInvoer(gebruiker, zaak, doel)).koppelen;
            if (kreeg !== moet) verschillen.push(`${rolNaam(rollenA)} / ${rolNaam(rollenB)} ${zaakOpen} ${doelOpen}: ${kreeg}`);
            // Same zaaktype on both sides: only the roles for that zaaktype count.
            const zelfde = zaakKoppelen(zaakKoppelenInvoer(gebruiker, zaak, { ...doel, zaaktype: ZAAKTYPE })).koppelen;
            if (zelfde !== verwacht("zaak", "koppelen", rollenA, feiten)) verschillen.push(`zelfde zaaktype ${rolNaam(rollenA)} ${zaakOpen} ${doelOpen}`);
          }
        }
      }
    }
    expect(verschillen).toEqual([]);
  });
});

describe("compiled policy against matrix.json through the domain-role input builder", () => {
  const mapping: ZaaktypeDomeinen = { [ZAAKTYPE]: "domein_sociaal", [ANDER_ZAAKTYPE]: "domein_fysiek", "Zonder domein": null };
  const DOMEINEN: Record<Geval, string[]> = {
    toegestaan: ["domein_sociaal"],
    niet_toegestaan: ["fysiek"],
    alle_zaaktypen: ["domein_elk_zaaktype"],
  };

  for (const resource of RESOURCES) {
    it(`${resource}: zaaktypen from domein roles, domein_elk_zaaktype = all`, () => {
      const verschillen: Verschil[] = [];
      for (const rollen of rolSets()) {
        for (const geval of BOUWER_GEVALLEN) {
          const gebruiker: PolicyGebruiker = {
            id: GEBRUIKER_ID,
            iamModus: "domein",
            // The login role grants no right by itself.
            rollen: [...rollen, "zaakafhandelcomponent_user"],
            domeinen: DOMEINEN[geval],
          };
          for (const toestand of toestanden(resource)) {
            const verwachting = verwachteRechten(resource, RECHTEN[resource], rollen, toestand, geval !== "niet_toegestaan");
            const kreeg = BESLISSING[resource](bouwInvoer(resource, gebruiker, toestand, mapping));
            vergelijk(resource, kreeg, verwachting, `domein ${rolNaam(rollen)} ${geval} ${JSON.stringify(toestand.object ?? {})}`, verschillen);
          }
        }
      }
      expect(verschillen.slice(0, 10)).toEqual([]);
    });
  }

  it("zaak_koppelen: both zaaktypen must be in the user's domeinen", () => {
    const verschillen: string[] = [];
    const gevallen: [string[], boolean][] = [
      [["sociaal"], false],
      [["fysiek"], false],
      [["sociaal", "domein_fysiek"], true],
      [["elk_zaaktype"], true],
      [[], false],
    ];
    for (const rollen of rolSets()) {
      for (const [domeinen, beide] of gevallen) {
        for (const zaakOpen of [true, false]) {
          for (const doelOpen of [true, false]) {
            const gebruiker: PolicyGebruiker = { id: GEBRUIKER_ID, iamModus: "domein", rollen, domeinen };
            const zaak = { ...(toestanden("zaak")[0]!.object as ZaakFeiten), open: zaakOpen, zaaktype: ZAAKTYPE };
            const doel = { ...zaak, open: doelOpen, zaaktype: ANDER_ZAAKTYPE };
            const feiten = { ...toestanden("zaak")[0]!.feiten, zaakOpen, doelzaakOpen: doelOpen };
            const moet = beide && verwacht("zaak", "koppelen", rollen, feiten);
            const kreeg = zaakKoppelen(zaakKoppelenInvoer(gebruiker, zaak, doel, { zaaktypeDomeinen: mapping })).koppelen;
            if (kreeg !== moet) verschillen.push(`${rolNaam(rollen)} ${domeinen.join(",")} ${zaakOpen} ${doelOpen}: ${kreeg}`);
          }
        }
      }
    }
    expect(verschillen).toEqual([]);
  });
});
