import { and, asc, count, eq, gte, inArray, lte, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { auditTrailHandlers } from "../gebeurtenissen";
import { paginaVenster, pagineer } from "../pagination";
import { paginaParameter, parseQuery } from "../query";
import { leesJson, zgwJson, type ZgwContext } from "../route";
import { lokaleUuid } from "../verwijzingen";
import { breidUit, expandBoom } from "./expand";
import { CRS, controleerCrs, kaderVan, ligtBinnen, type Geometrie } from "./geo";
import { isUuid, resultaatResource, statusResources, zaakResources, zoekResultaat, zoekStatus, zoekZaak, type ZaakRij } from "./opslag";
import { zrcResultaat, zrcStatus, zrcZaak } from "./schema";
import {
  maakResultaat,
  maakStatus,
  maakZaak,
  nietGevonden,
  objectKenmerken,
  SCOPE,
  verwijderResultaat,
  verwijderZaak,
  werkResultaatBij,
  werkZaakBij,
  type Omgeving,
} from "./service";
import { filterConditie, leesLijstQuery, leesZoekBody, ordening, type ZaakFilter } from "./zoeken";
import { telling } from "../telling";

/** Handlers for the zaak, status and resultaat operations of zaken-1.5.1.yaml (for zgwRoute). */

type Handler<P> = (request: Request, ctx: ZgwContext<P>) => Promise<Response>;
type UuidParams = { uuid: string };

const GEO = { "Content-Crs": CRS };

function schrijf<T>(request: Request, ctx: ZgwContext<unknown>, werk: (omg: Omgeving) => Promise<T>): Promise<T> {
  return ctx.db.transaction((tx) => werk({ tx, ctx, request, cache: new Map() }));
}

function uuidUit(ctx: ZgwContext<UuidParams>, soort: string): string {
  if (!isUuid(ctx.params.uuid)) throw nietGevonden(soort);
  return ctx.params.uuid.toLowerCase();
}

const zaakAutorisatie = (ctx: ZgwContext<unknown>): SQL | undefined =>
  ctx.auth.lijstFilter(SCOPE.lezen, { type: zrcZaak.zaaktypeUrl, vertrouwelijkheidaanduiding: zrcZaak.vertrouwelijkheidaanduiding });

async function zaakPagina(ctx: ZgwContext<unknown>, rijen: ZaakRij[], expand: string | undefined): Promise<Record<string, unknown>[]> {
  const boom = expandBoom(expand);
  const resources = await zaakResources(ctx.db, ctx.apiRoot, rijen);
  await breidUit({ db: ctx.db, root: ctx.apiRoot, auth: ctx.auth, cache: new Map() }, resources, boom);
  return resources;
}

/** A page of zaken for the filters: in SQL, or - with `within` - over the bbox candidates tested exactly. */
async function zoekZaken(ctx: ZgwContext<unknown>, filter: ZaakFilter, pagina: number) {
  // Validate the expand paths before any work (404 for an unknown one).
  expandBoom(filter.expand);
  let where = and(filterConditie(filter), zaakAutorisatie(ctx));
  const orde = ordening(filter.ordering);
  const { offset, limit } = paginaVenster(pagina);
  let totaal: number;
  let rijen: ZaakRij[];
  if (filter.within) {
    const k = kaderVan(filter.within);
    where = and(where, gte(zrcZaak.geoMinX, k.minX), lte(zrcZaak.geoMaxX, k.maxX), gte(zrcZaak.geoMinY, k.minY), lte(zrcZaak.geoMaxY, k.maxY));
    // The exact test runs on the candidates in order, before paging.
    const kandidaten = await ctx.db.select({ uuid: zrcZaak.uuid, geo: zrcZaak.zaakgeometrie }).from(zrcZaak).where(where).orderBy(...orde);
    const binnen = kandidaten.filter((c) => c.geo && ligtBinnen(c.geo as unknown as Geometrie, filter.within!)).map((c) => c.uuid);
    totaal = binnen.length;
    const paginaUuids = binnen.slice(offset, offset + limit);
    const gevonden = paginaUuids.length ? await ctx.db.select().from(zrcZaak).where(inArray(zrcZaak.uuid, paginaUuids)) : [];
    const perUuid = new Map(gevonden.map((r) => [r.uuid, r]));
    rijen = paginaUuids.map((u) => perUuid.get(u)!).filter(Boolean);
  } else {
    const telQuery = ctx.db.select({ n: count() }).from(zrcZaak).where(where);
    totaal = await telling(telQuery, async () => Number((await telQuery)[0]?.n ?? 0));
    rijen = await ctx.db.select().from(zrcZaak).where(where).orderBy(...orde).offset(offset).limit(limit);
  }
  const pagina_ = pagineer(ctx.verzoekUrl, pagina, totaal, [] as Record<string, unknown>[]);
  pagina_.results = await zaakPagina(ctx, rijen, filter.expand);
  return pagina_;
}

// ------------------------------------------------------------------------------- zaken

export const zaakLijst: Handler<unknown> = async (request, ctx) => {
  controleerCrs(request, { accept: true, content: false });
  const { filter, pagina } = leesLijstQuery(ctx.verzoekUrl);
  return zgwJson(request, await zoekZaken(ctx, filter, pagina), { headers: GEO });
};

export const zaakZoek: Handler<unknown> = async (request, ctx) => {
  controleerCrs(request, { accept: true, content: true });
  const { page } = parseQuery(ctx.verzoekUrl, z.object({ page: paginaParameter }));
  const filter = leesZoekBody(await leesJson(request));
  return zgwJson(request, await zoekZaken(ctx, filter, page ?? 1), { headers: GEO });
};

export const zaakAanmaken: Handler<unknown> = async (request, ctx) => {
  controleerCrs(request, { accept: false, content: true });
  const body = await leesJson(request);
  const resource = await schrijf(request, ctx, (omg) => maakZaak(omg, body));
  return zgwJson(request, resource, { status: 201, headers: { ...GEO, Location: String(resource.url) } });
};

async function leesgeautoriseerdeZaak(ctx: ZgwContext<UuidParams>): Promise<ZaakRij> {
  const zaak = await zoekZaak(ctx.db, uuidUit(ctx, "zaak"));
  if (!zaak) throw nietGevonden();
  ctx.auth.vereis(SCOPE.lezen, objectKenmerken(zaak));
  return zaak;
}

export const zaakLezen: Handler<UuidParams> = async (request, ctx) => {
  controleerCrs(request, { accept: true, content: false });
  const expand = ctx.verzoekUrl.searchParams.get("expand") ?? undefined;
  expandBoom(expand);
  const zaak = await leesgeautoriseerdeZaak(ctx);
  const [resource] = await zaakPagina(ctx as ZgwContext<unknown>, [zaak], expand);
  return zgwJson(request, resource, { etag: true, headers: GEO });
};

export const zaakHead: Handler<UuidParams> = async (request, ctx) => {
  controleerCrs(request, { accept: true, content: false });
  const zaak = await leesgeautoriseerdeZaak(ctx);
  const [resource] = await zaakResources(ctx.db, ctx.apiRoot, [zaak]);
  return zgwJson(request, resource, { etag: true, headers: GEO });
};

const zaakBijwerken =
  (gedeeltelijk: boolean): Handler<UuidParams> =>
  async (request, ctx) => {
    controleerCrs(request, { accept: false, content: true });
    const uuid = uuidUit(ctx, "zaak");
    const body = await leesJson(request);
    const resource = await schrijf(request, ctx as ZgwContext<unknown>, (omg) => werkZaakBij(omg, uuid, body, gedeeltelijk));
    return zgwJson(request, resource, { headers: GEO });
  };
export const zaakVervangen = zaakBijwerken(false);
export const zaakWijzigen = zaakBijwerken(true);

export const zaakVerwijderen: Handler<UuidParams> = async (request, ctx) => {
  controleerCrs(request, { accept: false, content: false });
  const uuid = uuidUit(ctx, "zaak");
  await schrijf(request, ctx as ZgwContext<unknown>, (omg) => verwijderZaak(omg, uuid));
  return new Response(null, { status: 204, headers: GEO });
};

export const zaakAudittrail = auditTrailHandlers<{ zaak_uuid: string }>({
  hoofdParam: "zaak_uuid",
  async laadHoofd(ctx, uuid) {
    const zaak = await zoekZaak(ctx.db, uuid);
    if (!zaak) throw nietGevonden();
    ctx.auth.vereis(SCOPE.audittrails, objectKenmerken(zaak));
    return { url: `${ctx.apiRoot}/zaken/${zaak.uuid}` };
  },
});

/** Routes live at zaken/[uuid]/audittrail[/[audit_uuid]] (one slug name per level in Next.js). */
export const zaakAudittrailLijst: Handler<UuidParams> = (request, ctx) =>
  zaakAudittrail.lijst(request, { ...ctx, params: { zaak_uuid: ctx.params.uuid } });
export const zaakAudittrailDetail: Handler<{ uuid: string; audit_uuid: string }> = (request, ctx) =>
  zaakAudittrail.detail(request, { ...ctx, params: { zaak_uuid: ctx.params.uuid, uuid: ctx.params.audit_uuid } });

// ------------------------------------------------------------------------------- statussen

const urlFilter = z.url({ error: "Verwacht een geldige URL." });
const bool = z.enum(["true", "false"]).transform((v) => v === "true");
const GEEN = "00000000-0000-0000-0000-000000000000";

/** Lists of zaak data are authorised on their zaak (join), in the query. */
function zaakJoinAutorisatie(ctx: ZgwContext<unknown>): SQL | undefined {
  return zaakAutorisatie(ctx);
}

const StatusQuery = z.object({
  zaak: urlFilter.optional(),
  statustype: urlFilter.optional(),
  indicatieLaatstGezetteStatus: bool.optional(),
  page: paginaParameter,
});

export const statusLijst: Handler<unknown> = async (request, ctx) => {
  const q = parseQuery(ctx.verzoekUrl, StatusQuery);
  const pagina = q.page ?? 1;
  const where = and(
    q.zaak !== undefined ? eq(zrcStatus.zaakUuid, lokaleUuid(q.zaak, "zaken", "zaken") ?? GEEN) : undefined,
    q.statustype !== undefined ? eq(zrcStatus.statustypeUrl, q.statustype) : undefined,
    q.indicatieLaatstGezetteStatus === true ? sql`${zrcZaak.statusUuid} = ${zrcStatus.uuid}` : undefined,
    q.indicatieLaatstGezetteStatus === false ? sql`${zrcZaak.statusUuid} is distinct from ${zrcStatus.uuid}` : undefined,
    zaakJoinAutorisatie(ctx),
  );
  const [n] = await ctx.db.select({ n: count() }).from(zrcStatus).innerJoin(zrcZaak, eq(zrcZaak.uuid, zrcStatus.zaakUuid)).where(where);
  const { offset, limit } = paginaVenster(pagina);
  const rijen = await ctx.db
    .select({ s: zrcStatus })
    .from(zrcStatus)
    .innerJoin(zrcZaak, eq(zrcZaak.uuid, zrcStatus.zaakUuid))
    .where(where)
    .orderBy(asc(zrcStatus.volgorde))
    .offset(offset)
    .limit(limit);
  const totaal = Number(n?.n ?? 0);
  const leeg = pagineer(ctx.verzoekUrl, pagina, totaal, [] as Record<string, unknown>[]);
  leeg.results = await statusResources(ctx.db, ctx.apiRoot, rijen.map((r) => r.s));
  return zgwJson(request, leeg);
};

export const statusAanmaken: Handler<unknown> = async (request, ctx) => {
  parseQuery(ctx.verzoekUrl, z.object({}));
  const body = await leesJson(request);
  const resource = await schrijf(request, ctx, (omg) => maakStatus(omg, body));
  return zgwJson(request, resource, { status: 201, headers: { Location: String(resource.url) } });
};

export const statusLezen: Handler<UuidParams> = async (request, ctx) => {
  const status = await zoekStatus(ctx.db, uuidUit(ctx, "status"));
  if (!status) throw nietGevonden("status");
  const zaak = (await zoekZaak(ctx.db, status.zaakUuid))!;
  ctx.auth.vereis(SCOPE.lezen, objectKenmerken(zaak));
  const [resource] = await statusResources(ctx.db, ctx.apiRoot, [status]);
  return zgwJson(request, resource, { etag: true });
};

// ------------------------------------------------------------------------------- resultaten

const ResultaatQuery = z.object({
  zaak: urlFilter.optional(),
  resultaattype: urlFilter.optional(),
  page: paginaParameter,
});

export const resultaatLijst: Handler<unknown> = async (request, ctx) => {
  const q = parseQuery(ctx.verzoekUrl, ResultaatQuery);
  const pagina = q.page ?? 1;
  const where = and(
    q.zaak !== undefined ? eq(zrcResultaat.zaakUuid, lokaleUuid(q.zaak, "zaken", "zaken") ?? GEEN) : undefined,
    q.resultaattype !== undefined ? eq(zrcResultaat.resultaattypeUrl, q.resultaattype) : undefined,
    zaakJoinAutorisatie(ctx),
  );
  const [n] = await ctx.db.select({ n: count() }).from(zrcResultaat).innerJoin(zrcZaak, eq(zrcZaak.uuid, zrcResultaat.zaakUuid)).where(where);
  const { offset, limit } = paginaVenster(pagina);
  const rijen = await ctx.db
    .select({ r: zrcResultaat })
    .from(zrcResultaat)
    .innerJoin(zrcZaak, eq(zrcZaak.uuid, zrcResultaat.zaakUuid))
    .where(where)
    .orderBy(asc(zrcResultaat.volgorde))
    .offset(offset)
    .limit(limit);
  return zgwJson(request, pagineer(ctx.verzoekUrl, pagina, Number(n?.n ?? 0), rijen.map((r) => resultaatResource(ctx.apiRoot, r.r))));
};

export const resultaatAanmaken: Handler<unknown> = async (request, ctx) => {
  parseQuery(ctx.verzoekUrl, z.object({}));
  const body = await leesJson(request);
  const resource = await schrijf(request, ctx, (omg) => maakResultaat(omg, body));
  return zgwJson(request, resource, { status: 201, headers: { Location: String(resource.url) } });
};

export const resultaatLezen: Handler<UuidParams> = async (request, ctx) => {
  const resultaat = await zoekResultaat(ctx.db, uuidUit(ctx, "resultaat"));
  if (!resultaat) throw nietGevonden("resultaat");
  const zaak = (await zoekZaak(ctx.db, resultaat.zaakUuid))!;
  ctx.auth.vereis(SCOPE.lezen, objectKenmerken(zaak));
  return zgwJson(request, resultaatResource(ctx.apiRoot, resultaat), { etag: true });
};

const resultaatBijwerken =
  (gedeeltelijk: boolean): Handler<UuidParams> =>
  async (request, ctx) => {
    const uuid = uuidUit(ctx, "resultaat");
    const body = await leesJson(request);
    const resource = await schrijf(request, ctx as ZgwContext<unknown>, (omg) => werkResultaatBij(omg, uuid, body, gedeeltelijk));
    return zgwJson(request, resource);
  };
export const resultaatVervangen = resultaatBijwerken(false);
export const resultaatWijzigen = resultaatBijwerken(true);

export const resultaatVerwijderen: Handler<UuidParams> = async (request, ctx) => {
  const uuid = uuidUit(ctx, "resultaat");
  await schrijf(request, ctx as ZgwContext<unknown>, (omg) => verwijderResultaat(omg, uuid));
  return new Response(null, { status: 204 });
};
