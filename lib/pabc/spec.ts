import specificatie from "./spec/PABC.Server.json";

/** The PABC OpenAPI document (copy of PABC v1.0.0's PABC.Server.json, see spec/SOURCE.md). */
export const PABC_OPENAPI = specificatie;

/** As served at GET /api/v1/specs.json. */
export function pabcSpecificatie(): string {
  return JSON.stringify(specificatie, null, 2);
}
