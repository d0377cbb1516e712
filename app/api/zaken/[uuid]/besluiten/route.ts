import { z } from "zod";
import { besluitVastleggen, leesInvoer, ok, parseParam, proxyRoute } from "@/lib/zaakafhandeling";
import { BesluitInvoer } from "@/lib/zaakafhandeling/contract";

/** POST BesluitInvoer -> 201 {uuid}. */
export const POST = proxyRoute<{ uuid: string }>(async (ctx, request, params) =>
  ok(await besluitVastleggen(ctx, parseParam(params.uuid, z.uuid(), "zaak"), await leesInvoer(request, BesluitInvoer)), 201),
);
