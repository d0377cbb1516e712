import { z } from "zod";
import { zaakDoorlooptijd, leesInvoer, leeg, parseParam, proxyRoute } from "@/lib/zaakafhandeling";
import { DoorlooptijdInvoer } from "@/lib/zaakafhandeling/contract";

/** POST {DoorlooptijdInvoer}: 204, or 403 problem+json without the right (nothing changed). */
export const POST = proxyRoute<{ uuid: string }>(async (ctx, request, params) => {
  const uuid = parseParam(params.uuid, z.uuid(), "zaak");
  await zaakDoorlooptijd(ctx, uuid, await leesInvoer(request, DoorlooptijdInvoer));
  return leeg();
});
