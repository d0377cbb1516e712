import { z } from "zod";
import { documentAanmaken, leesInvoer, ok, parseParam, proxyRoute } from "@/lib/zaakafhandeling";
import { DocumentAanmakenInvoer } from "@/lib/zaakafhandeling/contract";

/** POST DocumentAanmakenInvoer -> 201 UploadSessie (then PUT the parts, then upload-afronden). */
export const POST = proxyRoute<{ uuid: string }>(async (ctx, request, params) =>
  ok(await documentAanmaken(ctx, parseParam(params.uuid, z.uuid(), "zaak"), await leesInvoer(request, DocumentAanmakenInvoer)), 201),
);
