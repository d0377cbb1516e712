import { documentAanmaken, leesInvoer, ok, proxyRoute } from "@/lib/zaakafhandeling";
import { DocumentAanmakenInvoer } from "@/lib/zaakafhandeling/contract";

/** POST DocumentAanmakenInvoer -> 201 UploadSessie: a document in the inbox (no zaak). */
export const POST = proxyRoute(async (ctx, request) => ok(await documentAanmaken(ctx, null, await leesInvoer(request, DocumentAanmakenInvoer)), 201));
