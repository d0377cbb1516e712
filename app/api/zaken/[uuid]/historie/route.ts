import { z } from "zod";
import { ok, parseParam, proxyRoute, zaakHistorie } from "@/lib/zaakafhandeling";

/** GET -> HistorieRegel[] (audit trails of zaak, documents and besluiten, newest first). */
export const GET = proxyRoute<{ uuid: string }>(async (ctx, _request, params) => ok(await zaakHistorie(ctx, parseParam(params.uuid, z.uuid(), "zaak"))));
