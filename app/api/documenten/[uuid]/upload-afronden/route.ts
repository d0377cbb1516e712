import { z } from "zod";
import { ok, parseParam, proxyRoute, uploadAfronden } from "@/lib/zaakafhandeling";

/** POST -> DocumentDetail (the Documenten API joins the parts on unlock). */
export const POST = proxyRoute<{ uuid: string }>(async (ctx, _request, params) => ok(await uploadAfronden(ctx, parseParam(params.uuid, z.uuid(), "document"))));
