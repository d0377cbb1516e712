import { z } from "zod";
import { leesInvoer, ok, parseParam, proxyRoute, taakStarten } from "@/lib/zaakafhandeling";
import { TaakStartenInvoer } from "@/lib/zaakafhandeling/contract";

/** POST TaakStartenInvoer -> 201 {id}. */
export const POST = proxyRoute<{ uuid: string }>(async (ctx, request, params) =>
  ok(await taakStarten(ctx, parseParam(params.uuid, z.uuid(), "zaak"), await leesInvoer(request, TaakStartenInvoer)), 201),
);
