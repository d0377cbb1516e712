import { z } from "zod";
import { AppError, problemResponse, toProblem, isAppError } from "@/lib/errors";
import {
  GetApplicationRolesResponse,
  GetGroupsByApplicationRoleAndEntityTypeResponse,
  GROEPEN_PARAMETERS,
  type GroupRepresentation,
} from "./contract";
import type { GroepenBron } from "./groepen";
import { groepeerRolRegels, type PabcOpslag } from "./opslag";
import { sleutelKlopt } from "./sleutel";

/**
 * The built-in PABC-compatible API, at the level of Fetch API requests and responses, so
 * the Next.js route handlers, the integration tests (on a test database) and the fake PABC
 * of the client tests (msw, in-memory dataset) all run exactly this code.
 */
export interface PabcApiContext {
  opslag: PabcOpslag;
  groepen: GroepenBron;
  /** The accepted X-API-KEY; `null` refuses every call. */
  sleutel: string | null;
  log?: { warn(obj: object, msg: string): void };
}

const MAX_ROLLEN = 1_000;
const MAX_BODY = 256 * 1024;

const VerzoekSchema = z.object({
  functionalRoleNames: z.array(z.string().max(256)).max(MAX_ROLLEN),
});

const GroepenQuerySchema = z.object(
  Object.fromEntries(GROEPEN_PARAMETERS.map((p) => [p, z.string().min(1, { error: `${p} is verplicht.` }).max(256)])) as Record<
    (typeof GROEPEN_PARAMETERS)[number],
    z.ZodString
  >,
);

/** 400 in the shape of ASP.NET's ValidationProblemDetails (`errors`: field -> messages). */
function validatieFout(errors: Record<string, string[]>): AppError {
  return new AppError("invalid", {
    detail: "Het verzoek aan PABC is ongeldig: " + Object.entries(errors).map(([k, v]) => `${k}: ${v.join(" ")}`).join("; "),
    extensions: { errors },
  });
}

function zodFouten(error: z.ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.map(String).join(".") : "$";
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}

function controleerSleutel(request: Request, ctx: PabcApiContext): void {
  if (ctx.sleutel === null) {
    ctx.log?.warn({}, "ingebouwde PABC: PABC_API_KEY is niet gezet in productie; elke aanroep wordt geweigerd");
  } else if (sleutelKlopt(request.headers.get("x-api-key"), ctx.sleutel)) {
    return;
  }
  throw new AppError("not_authenticated", { detail: "Ontbrekende of ongeldige API-sleutel (header X-API-KEY)." });
}

function jsonAntwoord(body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status: 200,
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" },
  });
}

async function metFouten(request: Request, handler: () => Promise<Response>): Promise<Response> {
  try {
    return await handler();
  } catch (error) {
    // Expected failures (401, 400, 503) become problem+json here; anything else goes up to
    // route() so it is logged with a correlation id.
    if (!isAppError(error)) throw error;
    return problemResponse(toProblem(error, { instance: new URL(request.url).pathname }));
  }
}

/** POST /api/v1/application-roles-per-entity-type */
export function applicatieRollenVerzoek(request: Request, ctx: PabcApiContext): Promise<Response> {
  return metFouten(request, async () => {
    controleerSleutel(request, ctx);
    const tekst = await request.text();
    if (tekst.length > MAX_BODY) throw validatieFout({ $: ["Het verzoek is te groot."] });
    let body: unknown;
    try {
      body = tekst === "" ? undefined : JSON.parse(tekst);
    } catch {
      throw validatieFout({ $: ["De inhoud is geen geldige JSON."] });
    }
    if (body === undefined) throw validatieFout({ $: ["Een JSON-body met functionalRoleNames is verplicht."] });
    const parsed = VerzoekSchema.safeParse(body);
    if (!parsed.success) throw validatieFout(zodFouten(parsed.error));
    const resultaat = groepeerRolRegels(await ctx.opslag.rolRegels(parsed.data.functionalRoleNames));
    return jsonAntwoord(GetApplicationRolesResponse.parse(resultaat));
  });
}

/** GET /api/v1/groups */
export function groepenVerzoek(request: Request, ctx: PabcApiContext): Promise<Response> {
  return metFouten(request, async () => {
    controleerSleutel(request, ctx);
    const params = new URL(request.url).searchParams;
    const parsed = GroepenQuerySchema.safeParse(
      Object.fromEntries(GROEPEN_PARAMETERS.map((p) => [p, params.get(p) ?? undefined])),
    );
    if (!parsed.success) throw validatieFout(zodFouten(parsed.error));
    const q = parsed.data;
    const rollen = await ctx.opslag.functioneleRollenVoor({
      applicatie: q["application-name"],
      applicatieRol: q["application-role-name"],
      entiteitTypeId: q["entity-type-id"],
      entiteitType: q["entity-type"],
    });
    // As PABC: groups of every matching functional role, one per name, sorted by name
    // (case-insensitively).
    const perNaam = new Map<string, GroupRepresentation>();
    for (const rol of rollen) {
      for (const groep of await ctx.groepen.groepenMetRol(rol)) perNaam.set(groep.name.toLowerCase(), groep);
    }
    const groups = [...perNaam.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, g]) => g);
    return jsonAntwoord(GetGroupsByApplicationRoleAndEntityTypeResponse.parse({ groups }));
  });
}
