import { z } from "zod";
import { ok, parseParam, proxyRoute, zaakOpties } from "@/lib/zaakafhandeling";

/** GET -> ZaakOpties (choices for the action dialogs). */
export const GET = proxyRoute<{ uuid: string }>(async (ctx, _request, params) => ok(await zaakOpties(ctx, parseParam(params.uuid, z.uuid(), "zaak"))));
