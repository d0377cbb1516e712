import { z } from "zod";
import { leesInvoer, leeg, notitieVerwijderenActie, notitieWijzigenActie, ok, parseParam, proxyRoute } from "@/lib/zaakafhandeling";
import { NotitieInvoer } from "@/lib/zaakafhandeling/contract";

type P = { uuid: string; id: string };

/** PATCH NotitieInvoer -> Notitie. */
export const PATCH = proxyRoute<P>(async (ctx, request, params) =>
  ok(await notitieWijzigenActie(ctx, parseParam(params.uuid, z.uuid(), "zaak"), parseParam(params.id, z.uuid(), "notitie"), await leesInvoer(request, NotitieInvoer))),
);

/** DELETE -> 204. */
export const DELETE = proxyRoute<P>(async (ctx, _request, params) => {
  await notitieVerwijderenActie(ctx, parseParam(params.uuid, z.uuid(), "zaak"), parseParam(params.id, z.uuid(), "notitie"));
  return leeg();
});
