import { z } from "zod";
import { betrokkeneToevoegen, leesInvoer, ok, parseParam, proxyRoute } from "@/lib/zaakafhandeling";
import { BetrokkeneInvoer } from "@/lib/zaakafhandeling/contract";

/** POST BetrokkeneInvoer -> 201 {uuid}; the right depends on initiator/betrokkene and persoon/bedrijf. */
export const POST = proxyRoute<{ uuid: string }>(async (ctx, request, params) =>
  ok(await betrokkeneToevoegen(ctx, parseParam(params.uuid, z.uuid(), "zaak"), await leesInvoer(request, BetrokkeneInvoer)), 201),
);
