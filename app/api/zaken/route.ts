import { leesInvoer, ok, proxyRoute, zaakStarten } from "@/lib/zaakafhandeling";
import { ZaakStartenInvoer } from "@/lib/zaakafhandeling/contract";

/** POST ZaakStartenInvoer -> 201 {uuid, identificatie}. Only zaaktypen the user may start. */
export const POST = proxyRoute(async (ctx, request) => ok(await zaakStarten(ctx, await leesInvoer(request, ZaakStartenInvoer)), 201));
