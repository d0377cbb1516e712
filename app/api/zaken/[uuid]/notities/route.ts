import { z } from "zod";
import { leesInvoer, notitieToevoegenActie, notities, ok, parseParam, proxyRoute } from "@/lib/zaakafhandeling";
import { NotitieInvoer } from "@/lib/zaakafhandeling/contract";

/** GET -> Notitie[]. */
export const GET = proxyRoute<{ uuid: string }>(async (ctx, _request, params) => ok(await notities(ctx, parseParam(params.uuid, z.uuid(), "zaak"))));

/** POST NotitieInvoer -> 201 Notitie. */
export const POST = proxyRoute<{ uuid: string }>(async (ctx, request, params) =>
  ok(await notitieToevoegenActie(ctx, parseParam(params.uuid, z.uuid(), "zaak"), await leesInvoer(request, NotitieInvoer)), 201),
);
