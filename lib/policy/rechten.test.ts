import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import matrix from "./matrix.json" with { type: "json" };
import { RECHTEN, RECHTEN_SCHEMAS, ROLLEN, zaakKoppelenSchema } from "./rechten";

describe("rights lists and schemas", () => {
  it("name exactly the resources and rights of matrix.json, in its order", () => {
    expect(Object.keys(RECHTEN)).toEqual(Object.keys(matrix));
    for (const [resource, rechten] of Object.entries(matrix)) {
      expect([...RECHTEN[resource as keyof typeof RECHTEN]], resource).toEqual(Object.keys(rechten));
    }
  });

  it("schema keys equal matrix.json's keys for every resource", () => {
    for (const [resource, rechten] of Object.entries(matrix)) {
      const schema = RECHTEN_SCHEMAS[resource as keyof typeof RECHTEN_SCHEMAS];
      expect(Object.keys(schema.shape).sort(), resource).toEqual(Object.keys(rechten).sort());
    }
  });

  it("roles are those of matrix.json", () => {
    for (const rechten of Object.values(matrix)) {
      for (const regels of Object.values(rechten)) expect(Object.keys(regels).sort()).toEqual([...ROLLEN].sort());
    }
  });

  it("schemas reject a missing right, an extra right and a non-boolean", () => {
    const alles = Object.fromEntries(RECHTEN.notitie.map((r) => [r, true]));
    expect(RECHTEN_SCHEMAS.notitie.safeParse(alles).success).toBe(true);
    expect(RECHTEN_SCHEMAS.notitie.safeParse({ lezen: true }).success).toBe(false);
    expect(RECHTEN_SCHEMAS.notitie.safeParse({ ...alles, verwijderen: true }).success).toBe(false);
    expect(RECHTEN_SCHEMAS.notitie.safeParse({ ...alles, lezen: "ja" }).success).toBe(false);
    expect(zaakKoppelenSchema.safeParse({ koppelen: false }).success).toBe(true);
  });

  // The repository keeps a copy of the spec so tests run anywhere; it must not drift from the
  // shared original where that is present (beside the repository, as in CI).
  const gedeeld = path.resolve(import.meta.dirname, "../../../shared/policy/matrix.json");
  it.skipIf(!existsSync(gedeeld))("the copy in lib/policy equals shared/policy/matrix.json", () => {
    expect(JSON.parse(readFileSync(gedeeld, "utf8"))).toEqual(matrix);
  });
});
