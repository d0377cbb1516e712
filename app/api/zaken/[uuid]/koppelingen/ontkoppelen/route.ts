import { z } from "zod";
import { zaakOntkoppelenActie, leesInvoer, leeg, parseParam, proxyRoute } from "@/lib/zaakafhandeling";
import { OntkoppelenZaakInvoer } from "@/lib/zaakafhandeling/contract";

/** POST {OntkoppelenZaakInvoer}: 204, or 403 problem+json without the right (nothing changed). */
export const POST = proxyRoute<{ uuid: string }>(async (ctx, request, params) => {
  const uuid = parseParam(params.uuid, z.uuid(), "zaak");
  await zaakOntkoppelenActie(ctx, uuid, await leesInvoer(request, OntkoppelenZaakInvoer));
  return leeg();
});
