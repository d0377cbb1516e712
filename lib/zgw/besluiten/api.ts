import { and, asc, count, eq, type SQL } from "drizzle-orm";
import { z } from "zod";
import { auditTrailHandlers } from "../gebeurtenissen";
import { paginaVenster, pagineer } from "../pagination";
import { paginaParameter, parseQuery } from "../query";
import { leesJson, zgwJson, type ZgwContext } from "../route";
import { lokaleUuid } from "../verwijzingen";
import { besluitResource, besluitUrl, besluittypeVan, bioResource, isUuid, zoekBesluit, zoekBio } from "./opslag";
import { brcBesluit, brcBesluitinformatieobject } from "./schema";
import { maakBesluit, maakBesluitinformatieobject, nietGevonden, verwijderBesluit, verwijderBesluitinformatieobject, werkBesluitBij } from "./service";
import { telling } from "../telling";

/**
 * Handlers for the operations of besluiten-1.1.0.yaml, for zgwRoute (which has authenticated
 * the consumer and checked that the operation's scope is granted for some besluittype). Per
 * object the scope must hold for its besluittype; lists are filtered in the query.
 */

type UuidParams = { uuid: string };
type Handler<P> = (request: Request, ctx: ZgwContext<P>) => Promise<Response>;

/** A uuid that names nothing: a filter on a URL that is not ours gives an empty list. */
const GEEN = "00000000-0000-0000-0000-000000000000";

const urlParam = z.url({ error: "Verwacht een geldige URL." });

function geenQuery(url: URL): void {
  parseQuery(url, z.object({}));
}

// ---------------------------------------------------------------- besluiten

const BesluitQuery = z.object({
  identificatie: z.string().optional(),
  verantwoordelijkeOrganisatie: z.string().optional(),
  besluittype: urlParam.optional(),
  zaak: urlParam.optional(),
  page: paginaParameter,
});

export const besluitLijst: Handler<unknown> = async (request, ctx) => {
  const q = parseQuery(ctx.verzoekUrl, BesluitQuery);
  const pagina = q.page ?? 1;
  const delen: (SQL | undefined)[] = [ctx.auth.lijstFilter(ctx.operatie.scopes, { type: brcBesluit.besluittypeUrl })];
  if (q.identificatie !== undefined) delen.push(eq(brcBesluit.identificatie, q.identificatie));
  if (q.verantwoordelijkeOrganisatie !== undefined) delen.push(eq(brcBesluit.verantwoordelijkeOrganisatie, q.verantwoordelijkeOrganisatie));
  if (q.besluittype !== undefined) delen.push(eq(brcBesluit.besluittypeUrl, q.besluittype));
  if (q.zaak !== undefined) {
    const lokaal = lokaleUuid(q.zaak, "zaken", "zaken");
    delen.push(lokaal ? eq(brcBesluit.zaakUuid, lokaal) : eq(brcBesluit.zaakUrl, q.zaak));
  }
  const where = and(...delen);
  const telQuery = ctx.db.select({ n: count() }).from(brcBesluit).where(where);
  const totaal = await telling(telQuery, async () => Number((await telQuery)[0]?.n ?? 0));
  const { offset, limit } = paginaVenster(pagina);
  const rijen = await ctx.db.select().from(brcBesluit).where(where).orderBy(asc(brcBesluit.uuid)).offset(offset).limit(limit);
  return zgwJson(request, pagineer(ctx.verzoekUrl, pagina, totaal, rijen.map((r) => besluitResource(r, ctx.apiRoot))));
};

export const besluitAanmaken: Handler<unknown> = async (request, ctx) => {
  geenQuery(ctx.verzoekUrl);
  const body = await leesJson(request);
  const rij = await maakBesluit(ctx, request, body);
  const resource = besluitResource(rij, ctx.apiRoot);
  ctx.log.info({ besluit: rij.uuid, clientId: ctx.auth.clientId }, "BRC-besluit aangemaakt");
  return zgwJson(request, resource, { status: 201, headers: { Location: resource.url } });
};

/** GET and HEAD. */
export const besluitLezen: Handler<UuidParams> = async (request, ctx) => {
  const rij = await zoekBesluit(ctx.db, ctx.params.uuid);
  if (!rij) throw nietGevonden("besluit");
  ctx.auth.vereis(ctx.operatie.scopes, { type: besluittypeVan(rij) });
  return zgwJson(request, besluitResource(rij, ctx.apiRoot), { etag: true });
};

export function besluitBijwerken(gedeeltelijk: boolean): Handler<UuidParams> {
  return async (request, ctx) => {
    if (!isUuid(ctx.params.uuid)) throw nietGevonden("besluit");
    geenQuery(ctx.verzoekUrl);
    const body = await leesJson(request);
    const rij = await werkBesluitBij(ctx, request, ctx.params.uuid.toLowerCase(), body, gedeeltelijk);
    ctx.log.info({ besluit: rij.uuid, clientId: ctx.auth.clientId }, "BRC-besluit bijgewerkt");
    return zgwJson(request, besluitResource(rij, ctx.apiRoot));
  };
}

export const besluitVerwijderen: Handler<UuidParams> = async (request, ctx) => {
  if (!isUuid(ctx.params.uuid)) throw nietGevonden("besluit");
  await verwijderBesluit(ctx, request, ctx.params.uuid.toLowerCase());
  ctx.log.info({ besluit: ctx.params.uuid, clientId: ctx.auth.clientId }, "BRC-besluit verwijderd");
  return new Response(null, { status: 204 });
};

// ---------------------------------------------------------------- audit trail

const audit = auditTrailHandlers<{ besluit_uuid: string }>({
  hoofdParam: "besluit_uuid",
  async laadHoofd(ctx, uuid) {
    const rij = await zoekBesluit(ctx.db, uuid);
    if (!rij) throw nietGevonden("besluit");
    ctx.auth.vereis(ctx.operatie.scopes, { type: besluittypeVan(rij) });
    return { url: besluitUrl(rij.uuid, ctx.apiRoot) };
  },
});

/**
 * Next.js needs one slug name per path level, and besluiten/[uuid] is the besluit; so the
 * audit trail routes get `uuid` (the besluit) and `audit_uuid`, renamed here to the OAS's.
 */
export const auditTrailLijst: Handler<UuidParams> = (request, ctx) => audit.lijst(request, { ...ctx, params: { besluit_uuid: ctx.params.uuid } });

export const auditTrailDetail: Handler<{ uuid: string; audit_uuid: string }> = (request, ctx) =>
  audit.detail(request, { ...ctx, params: { besluit_uuid: ctx.params.uuid, uuid: ctx.params.audit_uuid } });

// ---------------------------------------------------------------- besluitinformatieobjecten

const BioQuery = z.object({
  besluit: urlParam.optional(),
  informatieobject: urlParam.optional(),
});

/** Not paginated (a plain array, GUIDE 5.2); filtered to the besluittypen the consumer may read. */
export const bioLijst: Handler<unknown> = async (request, ctx) => {
  const q = parseQuery(ctx.verzoekUrl, BioQuery);
  const delen: (SQL | undefined)[] = [ctx.auth.lijstFilter(ctx.operatie.scopes, { type: brcBesluit.besluittypeUrl })];
  if (q.besluit !== undefined) delen.push(eq(brcBesluitinformatieobject.besluitUuid, lokaleUuid(q.besluit, "besluiten", "besluiten") ?? GEEN));
  if (q.informatieobject !== undefined) {
    const lokaal = lokaleUuid(q.informatieobject, "documenten", "enkelvoudiginformatieobjecten");
    delen.push(lokaal ? eq(brcBesluitinformatieobject.informatieobjectUuid, lokaal) : eq(brcBesluitinformatieobject.informatieobjectUrl, q.informatieobject));
  }
  const rijen = await ctx.db
    .select({ bio: brcBesluitinformatieobject })
    .from(brcBesluitinformatieobject)
    .innerJoin(brcBesluit, eq(brcBesluit.uuid, brcBesluitinformatieobject.besluitUuid))
    .where(and(...delen))
    .orderBy(asc(brcBesluitinformatieobject.aangemaaktOp), asc(brcBesluitinformatieobject.uuid));
  return zgwJson(request, rijen.map((r) => bioResource(r.bio, ctx.apiRoot)));
};

export const bioAanmaken: Handler<unknown> = async (request, ctx) => {
  geenQuery(ctx.verzoekUrl);
  const body = await leesJson(request);
  const rij = await maakBesluitinformatieobject(ctx, request, body);
  const resource = bioResource(rij, ctx.apiRoot);
  ctx.log.info({ besluitinformatieobject: rij.uuid, clientId: ctx.auth.clientId }, "BRC-besluitinformatieobject aangemaakt");
  return zgwJson(request, resource, { status: 201, headers: { Location: resource.url } });
};

/** GET and HEAD. */
export const bioLezen: Handler<UuidParams> = async (request, ctx) => {
  const gevonden = await zoekBio(ctx.db, ctx.params.uuid);
  if (!gevonden) throw nietGevonden("besluitinformatieobject");
  ctx.auth.vereis(ctx.operatie.scopes, { type: besluittypeVan(gevonden.besluit) });
  return zgwJson(request, bioResource(gevonden.bio, ctx.apiRoot), { etag: true });
};

export const bioVerwijderen: Handler<UuidParams> = async (request, ctx) => {
  if (!isUuid(ctx.params.uuid)) throw nietGevonden("besluitinformatieobject");
  await verwijderBesluitinformatieobject(ctx, request, ctx.params.uuid.toLowerCase());
  ctx.log.info({ besluitinformatieobject: ctx.params.uuid, clientId: ctx.auth.clientId }, "BRC-besluitinformatieobject verwijderd");
  return new Response(null, { status: 204 });
};
