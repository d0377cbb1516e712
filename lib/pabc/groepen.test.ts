import { existsSync } from "node:fs";
import { mkdtemp, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { groepenUitRealm, realmBestandGroepenBron } from "./groepen";
import { contractRealm } from "./testing/fixtures";

describe("groepenUitRealm", () => {
  it("flattens nested groups with their realm roles, attributes and description", () => {
    const groepen = groepenUitRealm(contractRealm());
    expect(groepen.map((g) => g.groep.name)).toEqual([
      "raadplegers",
      "behandelaars-vergunningen",
      "coordinatoren-vergunningen",
      "sociaal",
      "behandelaars-sociaal",
      "Beheerders",
      "geen-rechten",
    ]);
    expect(groepen[1]).toEqual({
      groep: { name: "behandelaars-vergunningen", description: "Behandelaars van vergunningen", attributes: { afdeling: ["Vergunningen"] } },
      rollen: ["behandelaar_vergunningen"],
    });
  });
  it("accepts a realm without groups", () => {
    expect(groepenUitRealm({ realm: "leeg" })).toEqual([]);
  });
});

describe("realmBestandGroepenBron", () => {
  let map: string | undefined;
  afterEach(async () => {
    if (map) await rm(map, { recursive: true, force: true });
    map = undefined;
  });

  it("reads the file lazily, matches roles case-insensitively and rereads a changed file", async () => {
    map = await mkdtemp(path.join(tmpdir(), "realm-"));
    const bestand = path.join(map, "realm.json");
    const bron = realmBestandGroepenBron(bestand);
    // Created after the source: nothing is read up front.
    await writeFile(bestand, JSON.stringify({ groups: [{ name: "a", realmRoles: ["Rol_X"] }] }));
    expect((await bron.groepenMetRol("rol_x")).map((g) => g.name)).toEqual(["a"]);

    await writeFile(bestand, JSON.stringify({ groups: [{ name: "b", realmRoles: ["rol_x"] }] }));
    const later = new Date(Date.now() + 5_000);
    await utimes(bestand, later, later);
    expect((await bron.groepenMetRol("ROL_X")).map((g) => g.name)).toEqual(["b"]);
  });

  it("reports a missing realm file as service_unavailable", async () => {
    const bron = realmBestandGroepenBron(path.join(tmpdir(), "bestaat-niet-realm.json"));
    await expect(bron.groepenMetRol("x")).rejects.toMatchObject({ code: "service_unavailable" });
  });
});

describe("demo realm file and demo dataset", () => {
  const realm = path.resolve(process.cwd(), "lib/auth/realm/zaakafhandelcomponent-realm.json");
  // The realm file is written by the identity part of the app; this checks the two agree.
  it.skipIf(!existsSync(realm))("give every demo functional role to exactly its demo group", async () => {
    const { demoPabcDataset } = await import("./seed");
    const bron = realmBestandGroepenBron(realm);
    const verwacht: Record<string, string> = {
      zac_raadpleger: "raadplegers",
      zac_behandelaar_vergunningen: "behandelaars-vergunningen",
      zac_behandelaar_sociaal: "behandelaars-sociaal",
      zac_coordinator_vergunningen: "coordinatoren-vergunningen",
      zac_recordmanager: "recordmanagers",
      zac_beheerder: "beheerders",
    };
    for (const rol of demoPabcDataset().functionalRoles) {
      expect((await bron.groepenMetRol(rol.name)).map((g) => g.name), rol.name).toEqual([verwacht[rol.name]]);
    }
  });
});
