import { z } from "zod";
import type { Transaction } from "@/lib/db";
import { paginaVenster, pagineer } from "../pagination";
import { kommaLijst, paginaParameter, parseQuery } from "../query";
import { leesJson, zgwJson, type ZgwContext } from "../route";
import { zgwFout } from "../fouten";
import { registreerGebeurtenis, type Actie } from "../gebeurtenissen";
import { lijstApplicaties, verwijderApplicatie, zoekApplicatie } from "./opslag";
import { applicatieResource, applicatiesVoorConsumer, maakApplicatie, werkApplicatieBij } from "./service";

/**
 * The operations of autorisaties-1.0.0.yaml, as handlers for zgwRoute (which has already
 * authenticated the consumer and checked the operation's scope).
 */

type UuidParams = { uuid: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function nietGevonden(): Error {
  return zgwFout("not_found", "not_found", "Deze applicatie bestaat niet.");
}

/** Notification on kanaal `autorisaties` (GUIDE 6: applicatie create/update/destroy, no kenmerken), in the write's transaction. */
function meld(ctx: ZgwContext<unknown>, request: Request, uuid: string, actie: Actie, resultaat: number) {
  return (tx: Transaction) => {
    const url = `${ctx.apiRoot}/applicaties/${uuid}`;
    return registreerGebeurtenis(tx, ctx, request, {
      kanaal: "autorisaties",
      hoofdObject: url,
      hoofdObjectUuid: uuid,
      resource: "applicatie",
      resourceUrl: url,
      resourceWeergave: url,
      actie,
      resultaat,
      oud: null,
      nieuw: null,
      kenmerken: {},
      audit: false,
    });
  };
}

function geenVerdereQuery(url: URL): void {
  parseQuery(url, z.object({}));
}

const LijstQuery = z.object({ clientIds: kommaLijst.optional(), page: paginaParameter });

/** GET /applicaties (applicatie_list) */
export async function applicatieLijst(_request: Request, ctx: ZgwContext<unknown>): Promise<Response> {
  const query = parseQuery(ctx.verzoekUrl, LijstQuery);
  const pagina = query.page ?? 1;
  const { count, applicaties } = await lijstApplicaties(ctx.db, { clientIds: query.clientIds, ...paginaVenster(pagina) });
  return zgwJson(
    _request,
    pagineer(
      ctx.verzoekUrl,
      pagina,
      count,
      applicaties.map((a) => applicatieResource(a, ctx.apiRoot)),
    ),
  );
}

/** POST /applicaties (applicatie_create) */
export async function applicatieAanmaken(request: Request, ctx: ZgwContext<unknown>): Promise<Response> {
  geenVerdereQuery(ctx.verzoekUrl);
  const applicatie = await maakApplicatie(ctx.db, await leesJson(request), (tx, a) => meld(ctx, request, a.uuid, "create", 201)(tx));
  const resource = applicatieResource(applicatie, ctx.apiRoot);
  ctx.log.info({ applicatie: applicatie.uuid, clientId: ctx.auth.clientId }, "ZGW-applicatie aangemaakt");
  return zgwJson(request, resource, { status: 201, headers: { Location: resource.url } });
}

/** GET /applicaties/consumer?clientId= (applicatie_consumer) */
export async function applicatieConsumer(request: Request, ctx: ZgwContext<unknown>): Promise<Response> {
  const { clientId } = parseQuery(ctx.verzoekUrl, z.object({ clientId: z.string().min(1) }));
  const applicaties = await applicatiesVoorConsumer(ctx.db, clientId);
  return zgwJson(
    request,
    applicaties.map((a) => applicatieResource(a, ctx.apiRoot)),
  );
}

function uuidUit(ctx: ZgwContext<UuidParams>): string {
  // A malformed uuid cannot name an applicatie: 404, as the OAS documents for these paths.
  if (!UUID.test(ctx.params.uuid)) throw nietGevonden();
  return ctx.params.uuid.toLowerCase();
}

/** GET /applicaties/{uuid} (applicatie_read) */
export async function applicatieLezen(request: Request, ctx: ZgwContext<UuidParams>): Promise<Response> {
  // No query parameters are defined here and the OAS lists no 400 for it: they are ignored, as DRF does.
  const uuid = uuidUit(ctx);
  const applicatie = await zoekApplicatie(ctx.db, uuid);
  if (!applicatie) throw nietGevonden();
  return zgwJson(request, applicatieResource(applicatie, ctx.apiRoot));
}

async function bijwerken(request: Request, ctx: ZgwContext<UuidParams>, gedeeltelijk: boolean): Promise<Response> {
  const uuid = uuidUit(ctx);
  geenVerdereQuery(ctx.verzoekUrl);
  if (!(await zoekApplicatie(ctx.db, uuid))) throw nietGevonden();
  const applicatie = await werkApplicatieBij(ctx.db, uuid, await leesJson(request), gedeeltelijk, (tx) =>
    meld(ctx, request, uuid, gedeeltelijk ? "partial_update" : "update", 200)(tx),
  );
  if (!applicatie) throw nietGevonden();
  ctx.log.info({ applicatie: uuid, clientId: ctx.auth.clientId }, "ZGW-applicatie bijgewerkt");
  return zgwJson(request, applicatieResource(applicatie, ctx.apiRoot));
}

/** PUT /applicaties/{uuid} (applicatie_update) */
export function applicatieVervangen(request: Request, ctx: ZgwContext<UuidParams>): Promise<Response> {
  return bijwerken(request, ctx, false);
}

/** PATCH /applicaties/{uuid} (applicatie_partial_update) */
export function applicatieWijzigen(request: Request, ctx: ZgwContext<UuidParams>): Promise<Response> {
  return bijwerken(request, ctx, true);
}

/** DELETE /applicaties/{uuid} (applicatie_delete) */
export async function applicatieVerwijderen(request: Request, ctx: ZgwContext<UuidParams>): Promise<Response> {
  const uuid = uuidUit(ctx);
  const verwijderd = await ctx.db.transaction(async (tx) => {
    if (!(await verwijderApplicatie(tx, uuid))) return false;
    await meld(ctx, request, uuid, "destroy", 204)(tx);
    return true;
  });
  if (!verwijderd) throw nietGevonden();
  ctx.log.info({ applicatie: uuid, clientId: ctx.auth.clientId }, "ZGW-applicatie verwijderd");
  return new Response(null, { status: 204 });
}
