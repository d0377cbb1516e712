import { z } from "zod";

const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === "" ? undefined : v), schema.optional());

/** Environment variables of the PABC integration (merged into lib/config). */
export const pabcEnvShape = {
  PABC_URL: optional(z.url({ protocol: /^https?$/, error: "verwacht een http(s)-URL zoals https://pabc.gemeente.nl/api/v1" })),
  PABC_API_KEY: optional(z.string().min(8, { error: "verwacht een API-sleutel van minstens 8 tekens" })),
  IAM_MODUS: z.preprocess(
    (v) => (v === undefined || v === "" ? "pabc" : v),
    z.enum(["pabc", "domein"], { error: "verwacht pabc of domein" }),
  ),
} as const;

export const pabcEnvDocumentation = {
  PABC_URL: {
    standaard: "(empty: built-in PABC)",
    omschrijving: "Base URL of an external PABC API (`.../api/v1`). Empty = the app's built-in PABC-compatible API at `/pabc/api/v1`.",
  },
  PABC_API_KEY: {
    standaard: "(demo key with the built-in PABC)",
    omschrijving: "`X-API-KEY` for PABC. Required with `PABC_URL`; with the built-in PABC it is the key that API accepts.",
  },
  IAM_MODUS: {
    standaard: "pabc",
    omschrijving: "Where application roles come from: `pabc` (functional roles mapped by PABC) or `domein` (client roles and `domein_*` roles in the token).",
  },
} as const;
