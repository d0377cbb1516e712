import { z } from "zod";

const optioneleUrl = z.preprocess(
  (v) => (v === "" ? undefined : v),
  z.url({ protocol: /^https?$/, error: "verwacht een http(s)-URL zoals https://open-zaak.gemeente.nl/zaken/api/v1" }).optional(),
);
const optioneel = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === "" ? undefined : v), schema.optional());

/** Where the case-handling proxy finds the ZGW APIs (merged into lib/config). */
export const zgwClientEnvShape = {
  ZGW_ZAKEN_API_URL: optioneleUrl,
  ZGW_CATALOGI_API_URL: optioneleUrl,
  ZGW_DOCUMENTEN_API_URL: optioneleUrl,
  ZGW_BESLUITEN_API_URL: optioneleUrl,
  ZGW_CLIENT_ID: optioneel(z.string().min(1)),
  ZGW_CLIENT_SECRET: optioneel(z.string().min(16, { error: "verwacht een secret van minstens 16 tekens" })),
  ZAC_BRONORGANISATIE: z.preprocess((v) => (v === undefined || v === "" ? "002220647" : v), z.string().regex(/^\d{9}$/, { error: "verwacht een RSIN van 9 cijfers" })),
  ZAC_STANDAARD_GROEPEN: optioneel(
    z.string().refine(
      (v) => {
        try {
          const j: unknown = JSON.parse(v);
          return !!j && typeof j === "object" && !Array.isArray(j) && Object.values(j).every((g) => typeof g === "string");
        } catch {
          return false;
        }
      },
      { error: 'verwacht JSON zoals {"Omgevingsvergunning": "vergunningen-behandelaars"}' },
    ),
  ),
} as const;

export const zgwClientEnvDocumentation = {
  ZGW_ZAKEN_API_URL: {
    standaard: "(this app: http://$HOST:$PORT/zaken/api/v1)",
    omschrijving: "Root of the Zaken API the case-handling screens use (e.g. an external Open Zaak).",
  },
  ZGW_CATALOGI_API_URL: { standaard: "(this app: .../catalogi/api/v1)", omschrijving: "Root of the Catalogi API the case-handling screens use." },
  ZGW_DOCUMENTEN_API_URL: { standaard: "(this app: .../documenten/api/v1)", omschrijving: "Root of the Documenten API the case-handling screens use." },
  ZGW_BESLUITEN_API_URL: { standaard: "(this app: .../besluiten/api/v1)", omschrijving: "Root of the Besluiten API the case-handling screens use." },
  ZGW_CLIENT_ID: {
    standaard: "(the app's own client `zac-intern`)",
    omschrijving: "Client id with which the proxy signs its ZGW JWTs (needed for an external Open Zaak; set together with `ZGW_CLIENT_SECRET`).",
  },
  ZGW_CLIENT_SECRET: { standaard: "(empty)", omschrijving: "Secret belonging to `ZGW_CLIENT_ID` (>= 16 characters)." },
  ZAC_BRONORGANISATIE: {
    standaard: "002220647",
    omschrijving: "RSIN used as bronorganisatie of zaken and documents the case-handling screens create when the catalogus has none.",
  },
  ZAC_STANDAARD_GROEPEN: {
    standaard: "(empty: the starter's first group)",
    omschrijving: 'Default groep per zaaktype for new zaken, as JSON `{"<zaaktype omschrijving>": "<groep>"}` (until zaakafhandelparameters exist).',
  },
} as const;

export type ZgwClientEnv = z.output<z.ZodObject<typeof zgwClientEnvShape>>;

const schema = z.object(zgwClientEnvShape);

/** Read from the environment directly (as lib/zgw/env.ts) so tests can set variables per case. */
export function zgwClientEnv(env: NodeJS.ProcessEnv | Record<string, string | undefined> = process.env): ZgwClientEnv {
  const r = schema.safeParse(env);
  if (!r.success) throw new Error(`Ongeldige ZGW-clientconfiguratie: ${r.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`).join("; ")}`);
  return r.data;
}
