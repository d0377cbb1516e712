import { describe, expect, it } from "vitest";
import { z } from "zod";
import * as contract from "./contract";
import { PABC_OPENAPI } from "./spec";

// The zod schemas must mirror the OAS components: same properties, same required ones, and
// strict exactly where the OAS forbids additional properties.
type OasSchema = { properties?: Record<string, unknown>; required?: string[]; additionalProperties?: unknown };
const componenten = PABC_OPENAPI.components.schemas as Record<string, OasSchema>;

describe("contract schemas mirror PABC.Server.json", () => {
  it.each(Object.keys(componenten))("%s", (naam) => {
    const oas = componenten[naam]!;
    const schema = (contract as unknown as Record<string, z.ZodObject>)[naam];
    expect(schema, `geen zod-schema voor ${naam}`).toBeInstanceOf(z.ZodObject);
    const shape = schema!.shape;
    expect(Object.keys(shape).sort()).toEqual(Object.keys(oas.properties ?? {}).sort());
    const verplicht = Object.entries(shape)
      .filter(([, veld]) => !(veld as z.ZodType).safeParse(undefined).success)
      .map(([k]) => k)
      .sort();
    expect(verplicht).toEqual([...(oas.required ?? [])].sort());
    const strikt = schema!.safeParse({ ...Object.fromEntries((oas.required ?? []).map((k) => [k, undefined])), __extra: 1 });
    const extraGeweigerd = !strikt.success && strikt.error.issues.some((i) => i.code === "unrecognized_keys");
    expect(extraGeweigerd).toBe(oas.additionalProperties === false);
  });
});
