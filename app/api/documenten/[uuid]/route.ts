import { z } from "zod";
import { documentDetail, documentVerwijderen, documentWijzigen, leesInvoer, leeg, ok, parseParam, proxyRoute } from "@/lib/zaakafhandeling";
import { DocumentWijzigenInvoer, RedenInvoer } from "@/lib/zaakafhandeling/contract";

type P = { uuid: string };

/** GET -> DocumentDetail. */
export const GET = proxyRoute<P>(async (ctx, _request, params) => ok(await documentDetail(ctx, parseParam(params.uuid, z.uuid(), "document"))));

/** PATCH DocumentWijzigenInvoer -> 204 (metadata). */
export const PATCH = proxyRoute<P>(async (ctx, request, params) => {
  await documentWijzigen(ctx, parseParam(params.uuid, z.uuid(), "document"), await leesInvoer(request, DocumentWijzigenInvoer));
  return leeg();
});

/** DELETE (optional RedenInvoer) -> 204. */
export const DELETE = proxyRoute<P>(async (ctx, request, params) => {
  const { reden } = await leesInvoer(request, RedenInvoer);
  await documentVerwijderen(ctx, parseParam(params.uuid, z.uuid(), "document"), reden);
  return leeg();
});
