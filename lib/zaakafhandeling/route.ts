/**
 * The one wrapper of the proxy's route handlers: session -> MedewerkerContext, body/query
 * parsed with the contract's zod schemas, every error through the one mapper (problem+json).
 */
import type { z } from "zod";
import { AppError, invalidParamsFromZod } from "@/lib/errors";
import { json, route } from "@/lib/http";
import { medewerkerContext, type MedewerkerContext } from "./context";

export function proxyRoute<P = Record<string, string>>(
  handler: (ctx: MedewerkerContext, request: Request, params: P) => Promise<Response>,
) {
  return route<P>(async (request, { params }) => {
    const ctx = await medewerkerContext(request);
    return handler(ctx, request, params);
  });
}

/** Parses a JSON body with a contract schema; 400 problem+json with invalidParams otherwise. */
export async function leesInvoer<S extends z.ZodType>(request: Request, schema: S, opties: { leegToegestaan?: boolean } = {}): Promise<z.output<S>> {
  let body: unknown = {};
  const tekst = await request.text();
  if (tekst.trim() !== "") {
    try {
      body = JSON.parse(tekst);
    } catch (error) {
      throw new AppError("parse_error", { detail: "De inhoud van het verzoek is geen geldige JSON.", cause: error });
    }
  } else if (!opties.leegToegestaan) {
    body = {};
  }
  const r = schema.safeParse(body);
  if (!r.success) throw AppError.invalid("Controleer de invoer.", invalidParamsFromZod(r.error));
  return r.data;
}

export function parseParam<S extends z.ZodType>(waarde: unknown, schema: S, naam: string): z.output<S> {
  const r = schema.safeParse(waarde);
  if (!r.success) throw AppError.notFound(`Onbekende ${naam}.`);
  return r.data;
}

export const ok = (body: unknown, status = 200) => json(body, { status, headers: { "Cache-Control": "private, no-store" } });
export const leeg = () => new Response(null, { status: 204 });
