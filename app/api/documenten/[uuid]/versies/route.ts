import { z } from "zod";
import { leesInvoer, nieuweVersie, ok, parseParam, proxyRoute } from "@/lib/zaakafhandeling";
import { NieuweVersieInvoer } from "@/lib/zaakafhandeling/contract";

/** POST NieuweVersieInvoer -> 201 UploadSessie. */
export const POST = proxyRoute<{ uuid: string }>(async (ctx, request, params) =>
  ok(await nieuweVersie(ctx, parseParam(params.uuid, z.uuid(), "document"), await leesInvoer(request, NieuweVersieInvoer)), 201),
);
