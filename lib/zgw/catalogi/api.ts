import { and, asc, count, eq, gte, inArray, isNull, lte, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { registreerGebeurtenis, type Actie, type Kanaal } from "../gebeurtenissen";
import { paginaVenster, pagineer } from "../pagination";
import { kommaLijst, paginaParameter, parseQuery } from "../query";
import { leesJson, zgwJson, type ZgwContext } from "../route";
import {
  SnapshotCache,
  isUuid,
  resourceUrl,
  uuidUitUrl,
  zoekCatalogus,
  zoekOnderdeel,
  zoekType,
  type Db,
  type HoofdSoort,
  type OnderdeelRij,
  type OnderdeelSoort,
  type TypeRij,
} from "./opslag";
import { Bouwer } from "./resources";
import { ztcCatalogus, ztcOnderdeel, ztcType } from "./schema";
import {
  maakCatalogus,
  maakHoofdtype,
  maakOnderdeel,
  nietGevonden,
  publiceer,
  verwijderHoofdtype,
  verwijderOnderdeel,
  werkHoofdtypeBij,
  werkOnderdeelBij,
  type Omgeving,
} from "./service";

/**
 * Handlers for the operations of catalogi-1.3.1.yaml, for zgwRoute (which has
 * authenticated the consumer and checked the operation's scope, ztc-014 included).
 */

type UuidParams = { uuid: string };
type Handler<P> = (request: Request, ctx: ZgwContext<P>) => Promise<Response>;

function uuidUit(ctx: ZgwContext<UuidParams>, soort: string): string {
  if (!isUuid(ctx.params.uuid)) throw nietGevonden(soort);
  return ctx.params.uuid.toLowerCase();
}

function geenQuery(url: URL): void {
  parseQuery(url, z.object({}));
}

/** Runs a write in one transaction. */
function schrijf<T>(ctx: ZgwContext<unknown>, werk: (omg: Omgeving) => Promise<T>): Promise<T> {
  return ctx.db.transaction((tx) => werk({ db: tx, apiRoot: ctx.apiRoot, auth: ctx.auth }));
}

const KANAAL: Record<HoofdSoort, Kanaal> = { zaaktype: "zaaktypen", informatieobjecttype: "informatieobjecttypen", besluittype: "besluittypen" };

/** Notification (GUIDE 6: kanaal per type, kenmerk catalogus) in the write's transaction; no audit trail in the ZTC. */
function meldType(db: Db, ctx: ZgwContext<unknown>, request: Request, rij: TypeRij, actie: Actie, resultaat: number): Promise<void> {
  const soort = rij.soort as HoofdSoort;
  const url = resourceUrl(ctx.apiRoot, soort, rij.uuid);
  return registreerGebeurtenis(db, ctx, request, {
    kanaal: KANAAL[soort],
    hoofdObject: url,
    hoofdObjectUuid: rij.uuid,
    resource: soort,
    resourceUrl: url,
    resourceWeergave: rij.sleutel,
    actie,
    resultaat,
    oud: null,
    nieuw: null,
    kenmerken: { catalogus: resourceUrl(ctx.apiRoot, "catalogus", rij.catalogusUuid) },
    audit: false,
  });
}

async function typeResource(db: Db, apiRoot: string, rij: TypeRij, cache = new SnapshotCache(db)): Promise<Record<string, unknown>> {
  const bouwer = new Bouwer(await cache.get(rij.catalogusUuid), apiRoot);
  const soort = rij.soort as HoofdSoort;
  return soort === "zaaktype" ? bouwer.zaaktype(rij) : soort === "informatieobjecttype" ? bouwer.informatieobjecttype(rij) : bouwer.besluittype(rij);
}

async function onderdeelResource(db: Db, apiRoot: string, rij: OnderdeelRij, catalogusUuid: string, cache = new SnapshotCache(db)): Promise<Record<string, unknown>> {
  const bouwer = new Bouwer(await cache.get(catalogusUuid), apiRoot);
  return bouwer.onderdeel(rij);
}

// ---------------------------------------------------------------- query parameters

const datum = z.iso.date({ error: "Verwacht een datum (JJJJ-MM-DD)." });
const status = z.enum(["alles", "concept", "definitief"]).optional().default("definitief");
const urlParam = z.url({ error: "Verwacht een geldige URL." });
const bool = z.enum(["true", "false"]).transform((v) => v === "true");

/** A type URL filter: the uuid it names, or null (no match: an empty list, as a foreign URL names nothing here). */
function uuidFilter(apiRoot: string, soort: Parameters<typeof uuidUitUrl>[1], url: string): string {
  return uuidUitUrl(apiRoot, soort, url) ?? "00000000-0000-0000-0000-000000000000";
}

function statusConditie(kolom: typeof ztcType.concept, waarde: "alles" | "concept" | "definitief"): SQL | undefined {
  return waarde === "alles" ? undefined : eq(kolom, waarde === "concept");
}

function geldigOp(begin: typeof ztcType.beginGeldigheid, einde: typeof ztcType.eindeGeldigheid, d: string | undefined): SQL | undefined {
  if (!d) return undefined;
  return and(lte(begin, d), or(isNull(einde), gte(einde, d)));
}

// ---------------------------------------------------------------- catalogussen

const CatalogusQuery = z.object({
  domein: z.string().optional(),
  domein__in: kommaLijst.optional(),
  rsin: z.string().optional(),
  rsin__in: kommaLijst.optional(),
  page: paginaParameter,
});

export const catalogusLijst: Handler<unknown> = async (request, ctx) => {
  const q = parseQuery(ctx.verzoekUrl, CatalogusQuery);
  const pagina = q.page ?? 1;
  const where = and(
    q.domein !== undefined ? eq(ztcCatalogus.domein, q.domein) : undefined,
    q.domein__in ? inArray(ztcCatalogus.domein, q.domein__in.length ? q.domein__in : [""]) : undefined,
    q.rsin !== undefined ? eq(ztcCatalogus.rsin, q.rsin) : undefined,
    q.rsin__in ? inArray(ztcCatalogus.rsin, q.rsin__in.length ? q.rsin__in : [""]) : undefined,
  );
  const [totaal] = await ctx.db.select({ n: count() }).from(ztcCatalogus).where(where);
  const { offset, limit } = paginaVenster(pagina);
  const rijen = await ctx.db.select().from(ztcCatalogus).where(where).orderBy(asc(ztcCatalogus.aangemaaktOp), asc(ztcCatalogus.uuid)).offset(offset).limit(limit);
  const cache = new SnapshotCache(ctx.db);
  const results = [];
  for (const r of rijen) results.push(new Bouwer(await cache.get(r.uuid), ctx.apiRoot).catalogus());
  return zgwJson(request, pagineer(ctx.verzoekUrl, pagina, Number(totaal?.n ?? 0), results));
};

export const catalogusAanmaken: Handler<unknown> = async (request, ctx) => {
  geenQuery(ctx.verzoekUrl);
  const body = await leesJson(request);
  const uuid = await schrijf(ctx, (omg) => maakCatalogus(omg, body));
  const resource = new Bouwer((await new SnapshotCache(ctx.db).get(uuid)), ctx.apiRoot).catalogus();
  ctx.log.info({ catalogus: uuid, clientId: ctx.auth.clientId }, "ZTC-catalogus aangemaakt");
  return zgwJson(request, resource, { status: 201, headers: { Location: resource.url } });
};

export const catalogusLezen: Handler<UuidParams> = async (request, ctx) => {
  const uuid = uuidUit(ctx, "catalogus");
  if (!(await zoekCatalogus(ctx.db, uuid))) throw nietGevonden("catalogus");
  return zgwJson(request, new Bouwer(await new SnapshotCache(ctx.db).get(uuid), ctx.apiRoot).catalogus(), { etag: true });
};

// ---------------------------------------------------------------- zaaktypen, informatieobjecttypen, besluittypen

const HOOFD_QUERY = {
  zaaktype: z.object({
    catalogus: urlParam.optional(),
    identificatie: z.string().optional(),
    trefwoorden: kommaLijst.optional(),
    status,
    datumGeldigheid: datum.optional(),
    page: paginaParameter,
  }),
  informatieobjecttype: z.object({
    catalogus: urlParam.optional(),
    status,
    datumGeldigheid: datum.optional(),
    omschrijving: z.string().optional(),
    page: paginaParameter,
  }),
  besluittype: z.object({
    catalogus: urlParam.optional(),
    zaaktypen: urlParam.optional(),
    informatieobjecttypen: urlParam.optional(),
    status,
    omschrijving: z.string().optional(),
    datumGeldigheid: datum.optional(),
    page: paginaParameter,
  }),
} as const;

function hoofdFilter(apiRoot: string, soort: HoofdSoort, q: Record<string, unknown>): SQL | undefined {
  const delen: (SQL | undefined)[] = [
    eq(ztcType.soort, soort),
    statusConditie(ztcType.concept, q.status as "alles"),
    geldigOp(ztcType.beginGeldigheid, ztcType.eindeGeldigheid, q.datumGeldigheid as string | undefined),
  ];
  if (typeof q.catalogus === "string") delen.push(eq(ztcType.catalogusUuid, uuidFilter(apiRoot, "catalogus", q.catalogus)));
  if (typeof q.identificatie === "string") delen.push(eq(ztcType.sleutel, q.identificatie));
  if (typeof q.omschrijving === "string") delen.push(eq(ztcType.omschrijving, q.omschrijving));
  if (Array.isArray(q.trefwoorden) && q.trefwoorden.length > 0) {
    delen.push(sql`${ztcType.gegevens}->'trefwoorden' @> ${JSON.stringify(q.trefwoorden)}::jsonb`);
  }
  if (typeof q.zaaktypen === "string") {
    // Besluittypen that this zaaktype names (by omschrijving, in its catalogus).
    const z = uuidFilter(apiRoot, "zaaktype", q.zaaktypen);
    delen.push(sql`exists (select 1 from ${ztcType} as z where z.uuid = ${z} and z.soort = 'zaaktype'
      and z.catalogus_uuid = ${ztcType.catalogusUuid} and z.gegevens->'besluittypen' ? ${ztcType.sleutel})`);
  }
  if (typeof q.informatieobjecttypen === "string") {
    const i = uuidFilter(apiRoot, "informatieobjecttype", q.informatieobjecttypen);
    delen.push(sql`exists (select 1 from ${ztcType} as i where i.uuid = ${i} and i.soort = 'informatieobjecttype'
      and i.catalogus_uuid = ${ztcType.catalogusUuid} and ${ztcType.gegevens}->'informatieobjecttypen' ? i.sleutel)`);
  }
  return and(...delen);
}

export function hoofdLijst(soort: HoofdSoort): Handler<unknown> {
  return async (request, ctx) => {
    const q = parseQuery(ctx.verzoekUrl, HOOFD_QUERY[soort]) as Record<string, unknown> & { page?: number };
    const pagina = q.page ?? 1;
    const where = hoofdFilter(ctx.apiRoot, soort, q);
    const [totaal] = await ctx.db.select({ n: count() }).from(ztcType).where(where);
    const { offset, limit } = paginaVenster(pagina);
    const rijen = await ctx.db
      .select()
      .from(ztcType)
      .where(where)
      .orderBy(asc(ztcType.sleutel), asc(ztcType.beginGeldigheid), asc(ztcType.uuid))
      .offset(offset)
      .limit(limit);
    const cache = new SnapshotCache(ctx.db);
    const results = [];
    for (const r of rijen) results.push(await typeResource(ctx.db, ctx.apiRoot, r, cache));
    return zgwJson(request, pagineer(ctx.verzoekUrl, pagina, Number(totaal?.n ?? 0), results));
  };
}

export function hoofdAanmaken(soort: HoofdSoort): Handler<unknown> {
  return async (request, ctx) => {
    geenQuery(ctx.verzoekUrl);
    const body = await leesJson(request);
    const rij = await schrijf(ctx, async (omg) => {
      const nieuw = await maakHoofdtype(omg, soort, body);
      await meldType(omg.db, ctx, request, nieuw, "create", 201);
      return nieuw;
    });
    const resource = await typeResource(ctx.db, ctx.apiRoot, rij);
    ctx.log.info({ [soort]: rij.uuid, clientId: ctx.auth.clientId }, `ZTC-${soort} aangemaakt`);
    return zgwJson(request, resource, { status: 201, headers: { Location: String(resource.url) } });
  };
}

export function hoofdLezen(soort: HoofdSoort): Handler<UuidParams> {
  return async (request, ctx) => {
    const uuid = uuidUit(ctx, soort);
    let rij = await zoekType(ctx.db, soort, uuid);
    if (!rij) throw nietGevonden(soort);
    if (soort === "zaaktype" && request.method === "GET") {
      // ?datumGeldigheid: the version of this zaaktype (same identificatie) valid on that date.
      const { datumGeldigheid } = parseQuery(ctx.verzoekUrl, z.object({ datumGeldigheid: datum.optional() }));
      if (datumGeldigheid) {
        const [versie] = await ctx.db
          .select()
          .from(ztcType)
          .where(
            and(
              eq(ztcType.soort, "zaaktype"),
              eq(ztcType.catalogusUuid, rij.catalogusUuid),
              eq(ztcType.sleutel, rij.sleutel),
              geldigOp(ztcType.beginGeldigheid, ztcType.eindeGeldigheid, datumGeldigheid),
            ),
          )
          .limit(1);
        if (!versie) throw nietGevonden(soort);
        rij = versie;
      }
    }
    return zgwJson(request, await typeResource(ctx.db, ctx.apiRoot, rij), { etag: true });
  };
}

export function hoofdBijwerken(soort: HoofdSoort, gedeeltelijk: boolean): Handler<UuidParams> {
  return async (request, ctx) => {
    const uuid = uuidUit(ctx, soort);
    geenQuery(ctx.verzoekUrl);
    if (!(await zoekType(ctx.db, soort, uuid))) throw nietGevonden(soort);
    const body = await leesJson(request);
    const rij = await schrijf(ctx, async (omg) => {
      const bijgewerkt = await werkHoofdtypeBij(omg, soort, uuid, body, gedeeltelijk);
      await meldType(omg.db, ctx, request, bijgewerkt, gedeeltelijk ? "partial_update" : "update", 200);
      return bijgewerkt;
    });
    ctx.log.info({ [soort]: uuid, clientId: ctx.auth.clientId }, `ZTC-${soort} bijgewerkt`);
    return zgwJson(request, await typeResource(ctx.db, ctx.apiRoot, rij));
  };
}

export function hoofdVerwijderen(soort: HoofdSoort): Handler<UuidParams> {
  return async (request, ctx) => {
    const uuid = uuidUit(ctx, soort);
    await schrijf(ctx, async (omg) => meldType(omg.db, ctx, request, await verwijderHoofdtype(omg, soort, uuid), "destroy", 204));
    ctx.log.info({ [soort]: uuid, clientId: ctx.auth.clientId }, `ZTC-${soort} verwijderd`);
    return new Response(null, { status: 204 });
  };
}

export function hoofdPubliceren(soort: HoofdSoort): Handler<UuidParams> {
  return async (request, ctx) => {
    const uuid = uuidUit(ctx, soort);
    geenQuery(ctx.verzoekUrl);
    const rij = await schrijf(ctx, async (omg) => {
      const gepubliceerd = await publiceer(omg, soort, uuid);
      // Publishing changes the resource (concept -> false): an update for subscribers.
      await meldType(omg.db, ctx, request, gepubliceerd, "update", 200);
      return gepubliceerd;
    });
    ctx.log.info({ [soort]: uuid, clientId: ctx.auth.clientId }, `ZTC-${soort} gepubliceerd`);
    return zgwJson(request, await typeResource(ctx.db, ctx.apiRoot, rij));
  };
}

// ---------------------------------------------------------------- onderdelen

const zaaktypeParams = {
  zaaktype: urlParam.optional(),
  zaaktypeIdentificatie: z.string().optional(),
  status,
  datumGeldigheid: datum.optional(),
  page: paginaParameter,
};

const ONDERDEEL_QUERY = {
  statustype: z.object(zaaktypeParams),
  eigenschap: z.object(zaaktypeParams),
  roltype: z.object({
    ...zaaktypeParams,
    omschrijvingGeneriek: z
      .enum(["adviseur", "behandelaar", "belanghebbende", "beslisser", "initiator", "klantcontacter", "zaakcoordinator", "mede_initiator"])
      .optional(),
  }),
  // The OAS spells these two in snake case for resultaattypen.
  resultaattype: z.object({
    zaaktype: urlParam.optional(),
    zaaktype_identificatie: z.string().optional(),
    status,
    datum_geldigheid: datum.optional(),
    page: paginaParameter,
  }),
  "zaaktype-informatieobjecttype": z.object({
    zaaktype: urlParam.optional(),
    informatieobjecttype: z.string().optional(),
    richting: z.enum(["inkomend", "intern", "uitgaand"]).optional(),
    status,
    page: paginaParameter,
  }),
  zaakobjecttype: z.object({
    anderObjecttype: bool.optional(),
    catalogus: urlParam.optional(),
    datumBeginGeldigheid: datum.optional(),
    datumEindeGeldigheid: datum.optional(),
    datumGeldigheid: datum.optional(),
    objecttype: urlParam.optional(),
    relatieOmschrijving: z.string().optional(),
    zaaktype: urlParam.optional(),
    zaaktypeIdentificatie: z.string().optional(),
    page: paginaParameter,
  }),
} as const;

const veld = (naam: string) => sql`${ztcOnderdeel.gegevens}->>${naam}`;

function onderdeelFilter(apiRoot: string, soort: OnderdeelSoort, q: Record<string, unknown>): SQL | undefined {
  const delen: (SQL | undefined)[] = [eq(ztcOnderdeel.soort, soort)];
  if (typeof q.zaaktype === "string") delen.push(eq(ztcOnderdeel.zaaktypeUuid, uuidFilter(apiRoot, "zaaktype", q.zaaktype)));
  const identificatie = q.zaaktypeIdentificatie ?? q.zaaktype_identificatie;
  if (typeof identificatie === "string") delen.push(eq(ztcType.sleutel, identificatie));
  // status and datumGeldigheid follow the zaaktype the member belongs to (its group).
  if (soort !== "zaakobjecttype") delen.push(statusConditie(ztcType.concept, (q.status as "alles") ?? "definitief"));
  const opDatum = (q.datumGeldigheid ?? q.datum_geldigheid) as string | undefined;
  if (soort === "zaakobjecttype") {
    if (opDatum) delen.push(sql`(${veld("beginGeldigheid")})::date <= ${opDatum}::date and (${veld("eindeGeldigheid")} is null or (${veld("eindeGeldigheid")})::date >= ${opDatum}::date)`);
    if (typeof q.datumBeginGeldigheid === "string") delen.push(sql`${veld("beginGeldigheid")} = ${q.datumBeginGeldigheid}`);
    if (typeof q.datumEindeGeldigheid === "string") delen.push(sql`${veld("eindeGeldigheid")} = ${q.datumEindeGeldigheid}`);
    if (typeof q.anderObjecttype === "boolean") delen.push(sql`(${ztcOnderdeel.gegevens}->'anderObjecttype')::boolean = ${q.anderObjecttype}`);
    if (typeof q.catalogus === "string") delen.push(eq(ztcType.catalogusUuid, uuidFilter(apiRoot, "catalogus", q.catalogus)));
    if (typeof q.objecttype === "string") delen.push(sql`${veld("objecttype")} = ${q.objecttype}`);
    if (typeof q.relatieOmschrijving === "string") delen.push(sql`${veld("relatieOmschrijving")} = ${q.relatieOmschrijving}`);
  } else {
    delen.push(geldigOp(ztcType.beginGeldigheid, ztcType.eindeGeldigheid, opDatum));
  }
  if (typeof q.omschrijvingGeneriek === "string") delen.push(sql`${veld("omschrijvingGeneriek")} = ${q.omschrijvingGeneriek}`);
  if (typeof q.richting === "string") delen.push(sql`${veld("richting")} = ${q.richting}`);
  if (typeof q.informatieobjecttype === "string") {
    // A URL of an informatieobjecttype (its omschrijving within its catalogus) or an omschrijving.
    const iot = uuidUitUrl(apiRoot, "informatieobjecttype", q.informatieobjecttype);
    delen.push(
      iot
        ? sql`exists (select 1 from ${ztcType} as i where i.uuid = ${iot} and i.catalogus_uuid = ${ztcType.catalogusUuid} and i.sleutel = ${veld("informatieobjecttype")})`
        : sql`${veld("informatieobjecttype")} = ${q.informatieobjecttype}`,
    );
  }
  return and(...delen);
}

export function onderdeelLijst(soort: OnderdeelSoort): Handler<unknown> {
  return async (request, ctx) => {
    const q = parseQuery(ctx.verzoekUrl, ONDERDEEL_QUERY[soort]) as Record<string, unknown> & { page?: number };
    const pagina = q.page ?? 1;
    const where = onderdeelFilter(ctx.apiRoot, soort, q);
    const basis = () => ctx.db.select({ n: count() }).from(ztcOnderdeel).innerJoin(ztcType, eq(ztcType.uuid, ztcOnderdeel.zaaktypeUuid));
    const [totaal] = await basis().where(where);
    const { offset, limit } = paginaVenster(pagina);
    const rijen = await ctx.db
      .select({ onderdeel: ztcOnderdeel, catalogusUuid: ztcType.catalogusUuid })
      .from(ztcOnderdeel)
      .innerJoin(ztcType, eq(ztcType.uuid, ztcOnderdeel.zaaktypeUuid))
      .where(where)
      .orderBy(asc(ztcType.sleutel), asc(ztcType.beginGeldigheid), asc(ztcOnderdeel.aangemaaktOp), asc(ztcOnderdeel.uuid))
      .offset(offset)
      .limit(limit);
    const cache = new SnapshotCache(ctx.db);
    const results = [];
    for (const r of rijen) results.push(await onderdeelResource(ctx.db, ctx.apiRoot, r.onderdeel, r.catalogusUuid, cache));
    return zgwJson(request, pagineer(ctx.verzoekUrl, pagina, Number(totaal?.n ?? 0), results));
  };
}

export function onderdeelAanmaken(soort: OnderdeelSoort): Handler<unknown> {
  return async (request, ctx) => {
    geenQuery(ctx.verzoekUrl);
    const body = await leesJson(request);
    const rij = await schrijf(ctx, (omg) => maakOnderdeel(omg, soort, body));
    const gevonden = (await zoekOnderdeel(ctx.db, soort, rij.uuid))!;
    const resource = await onderdeelResource(ctx.db, ctx.apiRoot, rij, gevonden.zaaktype.catalogusUuid);
    ctx.log.info({ [soort]: rij.uuid, clientId: ctx.auth.clientId }, `ZTC-${soort} aangemaakt`);
    return zgwJson(request, resource, { status: 201, headers: { Location: resourceUrl(ctx.apiRoot, soort, rij.uuid) } });
  };
}

export function onderdeelLezen(soort: OnderdeelSoort): Handler<UuidParams> {
  return async (request, ctx) => {
    const uuid = uuidUit(ctx, soort);
    const gevonden = await zoekOnderdeel(ctx.db, soort, uuid);
    if (!gevonden) throw nietGevonden(soort);
    return zgwJson(request, await onderdeelResource(ctx.db, ctx.apiRoot, gevonden.onderdeel, gevonden.zaaktype.catalogusUuid), { etag: true });
  };
}

export function onderdeelBijwerken(soort: OnderdeelSoort, gedeeltelijk: boolean): Handler<UuidParams> {
  return async (request, ctx) => {
    const uuid = uuidUit(ctx, soort);
    geenQuery(ctx.verzoekUrl);
    if (!(await zoekOnderdeel(ctx.db, soort, uuid))) throw nietGevonden(soort);
    const body = await leesJson(request);
    await schrijf(ctx, (omg) => werkOnderdeelBij(omg, soort, uuid, body, gedeeltelijk));
    const gevonden = (await zoekOnderdeel(ctx.db, soort, uuid))!;
    ctx.log.info({ [soort]: uuid, clientId: ctx.auth.clientId }, `ZTC-${soort} bijgewerkt`);
    return zgwJson(request, await onderdeelResource(ctx.db, ctx.apiRoot, gevonden.onderdeel, gevonden.zaaktype.catalogusUuid));
  };
}

export function onderdeelVerwijderen(soort: OnderdeelSoort): Handler<UuidParams> {
  return async (_request, ctx) => {
    const uuid = uuidUit(ctx, soort);
    await schrijf(ctx, (omg) => verwijderOnderdeel(omg, soort, uuid));
    ctx.log.info({ [soort]: uuid, clientId: ctx.auth.clientId }, `ZTC-${soort} verwijderd`);
    return new Response(null, { status: 204 });
  };
}


// ---------------------------------------------------------------- local readers

/** A type as its GET answers, for references from the other APIs of this app (lib/zgw/lokaal.ts). */
export async function leesType(db: Db, apiRoot: string, soort: HoofdSoort, uuid: string): Promise<Record<string, unknown> | null> {
  const rij = await zoekType(db, soort, uuid);
  return rij ? typeResource(db, apiRoot, rij) : null;
}

/** A member of a zaaktype's group as its GET answers (lib/zgw/lokaal.ts). */
export async function leesOnderdeel(db: Db, apiRoot: string, soort: OnderdeelSoort, uuid: string): Promise<Record<string, unknown> | null> {
  const gevonden = await zoekOnderdeel(db, soort, uuid);
  return gevonden ? onderdeelResource(db, apiRoot, gevonden.onderdeel, gevonden.zaaktype.catalogusUuid) : null;
}
