import { z } from "zod";
import { AppError } from "@/lib/errors";
import { leeg, parseParam, proxyRoute } from "@/lib/zaakafhandeling";
import { verbergOpdracht } from "@/lib/verdelen";

/** POST -> 204: a finished opdracht no longer shows among the recent ones. */
export const POST = proxyRoute<{ id: string }>(async (ctx, _request, params) => {
  const id = parseParam(params.id, z.uuid(), "opdracht");
  if (!(await verbergOpdracht(ctx.db, id, ctx.id))) throw AppError.notFound("Deze opdracht bestaat niet of is nog bezig.");
  return leeg();
});
