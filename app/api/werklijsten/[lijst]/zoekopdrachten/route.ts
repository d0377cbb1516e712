import { zoekopdrachten, zoekopdrachtOpslaan, type ZoekopdrachtRij } from "@/lib/werklijst/opslag";
import { leesInvoer, ok, parseParam, proxyRoute } from "@/lib/zaakafhandeling";
import { WerklijstNaam, ZoekopdrachtInvoer, type Zoekopdracht } from "@/lib/zaakafhandeling/contract";

const naar = (r: ZoekopdrachtRij): Zoekopdracht => ({ id: r.id, naam: r.naam, query: r.query, aangemaakt: r.aangemaakt.toISOString() });

/** GET -> Zoekopdracht[] (the user's own). */
export const GET = proxyRoute<{ lijst: string }>(async (ctx, _request, params) =>
  ok((await zoekopdrachten(ctx.db, ctx.id, parseParam(params.lijst, WerklijstNaam, "werklijst"))).map(naar)),
);

/** POST ZoekopdrachtInvoer -> 201 Zoekopdracht. */
export const POST = proxyRoute<{ lijst: string }>(async (ctx, request, params) => {
  const lijst = parseParam(params.lijst, WerklijstNaam, "werklijst");
  const invoer = await leesInvoer(request, ZoekopdrachtInvoer);
  return ok(naar(await zoekopdrachtOpslaan(ctx.db, ctx.id, lijst, invoer.naam, invoer.query.replace(/^\?/, ""))), 201);
});
