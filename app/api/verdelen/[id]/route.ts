import { z } from "zod";
import { AppError } from "@/lib/errors";
import { ok, parseParam, proxyRoute } from "@/lib/zaakafhandeling";
import { opdrachtVan } from "@/lib/verdelen";

/** GET -> the opdracht with every item's outcome; 404 for an unknown id or another user's. */
export const GET = proxyRoute<{ id: string }>(async (ctx, _request, params) => {
  const id = parseParam(params.id, z.uuid(), "opdracht");
  const opdracht = await opdrachtVan(ctx.db, id, ctx.id);
  if (!opdracht) throw AppError.notFound("Deze opdracht bestaat niet.");
  return ok(opdracht);
});
