import { Readable } from "node:stream";
import { and, arrayContains, asc, count, eq, gt, gte, inArray, lt, lte, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { selectRows } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { auditTrailHandlers } from "../gebeurtenissen";
import { validatieFout } from "../fouten";
import { paginaVenster, pagineer } from "../pagination";
import { kommaLijst, paginaParameter, parseQuery } from "../query";
import { leesJson, zgwJson, type ZgwContext } from "../route";
import { haalResource, lokaleUuid } from "../verwijzingen";
import { bestaatBlob, blobOmvang, leesBlob } from "./blobs";
import { uploadBestandsdeel } from "./bestandsdelen";
import {
  bestandsdelenVan,
  eioResource,
  eioUuidUitUrl,
  gebruiksrechtResource,
  isUuid,
  naarOioRij,
  oioBron,
  oioResource,
  verzendingResource,
  zoekDocument,
  zoekOio,
  zoekVersie,
  type Db,
  type DocumentRij,
} from "./opslag";
import { drcGebruiksrecht, drcInformatieobject, drcInformatieobjectVersie, drcVerzending } from "./schema";
import {
  kenmerken,
  lockDocument,
  maakDocument,
  maakGebruiksrecht,
  maakOio,
  maakVerzending,
  nietGevonden,
  schrijf,
  SCOPE,
  unlockDocument,
  verwijderDocument,
  verwijderGebruiksrecht,
  verwijderOio,
  verwijderVerzending,
  werkDocumentBij,
  werkGebruiksrechtBij,
  werkVerzendingBij,
} from "./service";
import { telling } from "../telling";

/**
 * Handlers for the operations of documenten-1.4.2.yaml, for zgwRoute (which authenticated
 * the consumer and checked the operation's scope for any type). Per-object rights are
 * checked here and in service.ts; lists are filtered in the query (ctx.auth.lijstFilter).
 */

type UuidParams = { uuid: string };
type Handler<P> = (request: Request, ctx: ZgwContext<P>) => Promise<Response>;

function uuidUit(waarde: string | undefined, soort: string): string {
  if (!waarde || !isUuid(waarde)) throw nietGevonden(soort);
  return waarde.toLowerCase();
}

const geenQuery = (url: URL) => parseQuery(url, z.object({}));
const urlParam = z.url({ error: "Verwacht een geldige URL." });
const GEEN = "00000000-0000-0000-0000-000000000000";

/** The list filter of the documents this consumer may read (zrc-006 for the DRC). */
function leesFilter(ctx: ZgwContext<unknown>): SQL | undefined {
  return ctx.auth.lijstFilter(SCOPE.lezen, { type: drcInformatieobject.informatieobjecttype, vertrouwelijkheidaanduiding: drcInformatieobject.vertrouwelijkheidaanduiding });
}

// ---------------------------------------------------------------- expand (drc-011..014)

type ExpandBoom = Map<string, ExpandBoom>;

/** Allowed expand paths per resource: only Documenten and Catalogi data (drc-011), max 3 levels (drc-012). */
const EXPAND: Record<"eio" | "gebruiksrecht" | "verzending", string[]> = {
  eio: ["informatieobjecttype"],
  gebruiksrecht: ["informatieobject", "informatieobject.informatieobjecttype"],
  verzending: ["informatieobject", "informatieobject.informatieobjecttype"],
};

/** Parses `expand`; an unknown path is a 400 in lists/_zoek and a 404 on a detail (drc-013). */
function parseExpand(waarde: string | undefined, soort: keyof typeof EXPAND, opDetail: boolean): ExpandBoom {
  const boom: ExpandBoom = new Map();
  if (!waarde) return boom;
  for (const pad of waarde.split(",").map((p) => p.trim()).filter(Boolean)) {
    const delen = pad.split(".").slice(0, 3);
    if (!EXPAND[soort].includes(delen.join("."))) {
      if (opDetail) throw AppError.notFound(`Het expand-pad ${pad} bestaat niet.`);
      throw validatieFout([{ name: "expand", code: "invalid", reason: `Het expand-pad ${pad} bestaat niet voor deze resource.` }]);
    }
    let knoop = boom;
    for (const d of delen) {
      if (!knoop.has(d)) knoop.set(d, new Map());
      knoop = knoop.get(d)!;
    }
  }
  return boom;
}

type Cache = Map<string, Promise<Record<string, unknown>>>;

/** Adds `_expand` to documents: the informatieobjecttype (one fetch per distinct type). */
async function expandeerDocumenten(db: Db, resources: Record<string, unknown>[], boom: ExpandBoom, cache: Cache, opDetail: boolean): Promise<void> {
  if (!boom.has("informatieobjecttype")) return;
  for (const r of resources) {
    try {
      const iot = await haalResource(db, String(r.informatieobjecttype), { api: "catalogi", collectie: "informatieobjecttypen" }, "informatieobjecttype", cache);
      r._expand = { informatieobjecttype: iot };
    } catch (error) {
      // drc-014: what cannot be fetched is a 404 on a detail; in a list it stays empty.
      if (opDetail) throw AppError.notFound(`Het informatieobjecttype kon niet worden opgehaald (${error instanceof Error ? error.message : "onbekende fout"}).`);
      r._expand = { informatieobjecttype: {} };
    }
  }
}

/** Adds `_expand.informatieobject` (and its type) to gebruiksrechten/verzendingen, batch-loaded. */
async function expandeerInformatieobject(ctx: ZgwContext<unknown>, resources: Record<string, unknown>[], boom: ExpandBoom, opDetail: boolean): Promise<void> {
  const sub = boom.get("informatieobject");
  if (!sub) return;
  const uuids = [...new Set(resources.map((r) => eioUuidUitUrl(ctx.apiRoot, String(r.informatieobject))).filter((u): u is string => u !== null))];
  const documenten = await laadDocumenten(ctx.db, ctx.apiRoot, uuids);
  const cache: Cache = new Map();
  await expandeerDocumenten(ctx.db, [...documenten.values()], sub, cache, opDetail);
  for (const r of resources) {
    const u = eioUuidUitUrl(ctx.apiRoot, String(r.informatieobject));
    r._expand = { informatieobject: (u && documenten.get(u)) || {} };
  }
}

/** Latest versions of documents as resources, keyed by uuid (one query for documents+versions, one for parts). */
async function laadDocumenten(db: Db, root: string, uuids: string[]): Promise<Map<string, Record<string, unknown>>> {
  const uit = new Map<string, Record<string, unknown>>();
  if (uuids.length === 0) return uit;
  const rijen = await db
    .select({ doc: drcInformatieobject, versie: drcInformatieobjectVersie })
    .from(drcInformatieobject)
    .innerJoin(drcInformatieobjectVersie, and(eq(drcInformatieobjectVersie.informatieobjectUuid, drcInformatieobject.uuid), eq(drcInformatieobjectVersie.versie, drcInformatieobject.versie)))
    .where(inArray(drcInformatieobject.uuid, uuids));
  const delen = await bestandsdelenVan(db, rijen.filter((r) => r.doc.lock !== "").map((r) => r.doc.uuid));
  for (const r of rijen) uit.set(r.doc.uuid, eioResource(root, r.doc, r.versie, delen.get(r.doc.uuid) ?? []));
  return uit;
}

// ---------------------------------------------------------------- enkelvoudiginformatieobjecten

const EioQuery = z.object({
  identificatie: z.string().optional(),
  bronorganisatie: z.string().optional(),
  trefwoorden: kommaLijst.optional(),
  expand: z.string().optional(),
  page: paginaParameter,
});

async function documentPagina(
  request: Request,
  ctx: ZgwContext<unknown>,
  filters: { identificatie?: string; bronorganisatie?: string; trefwoorden?: string[]; uuidIn?: string[] },
  expand: string | undefined,
  pagina: number,
): Promise<Response> {
  const boom = parseExpand(expand, "eio", false);
  const d = drcInformatieobject;
  const where = and(
    leesFilter(ctx),
    filters.identificatie !== undefined ? eq(d.identificatie, filters.identificatie) : undefined,
    filters.bronorganisatie !== undefined ? eq(d.bronorganisatie, filters.bronorganisatie) : undefined,
    filters.trefwoorden && filters.trefwoorden.length > 0 ? arrayContains(d.trefwoorden, filters.trefwoorden) : undefined,
    filters.uuidIn !== undefined ? inArray(d.uuid, filters.uuidIn.length > 0 ? filters.uuidIn : [GEEN]) : undefined,
  );
  const telQuery = ctx.db.select({ n: count() }).from(d).where(where);
  const totaal = await telling(telQuery, async () => Number((await telQuery)[0]?.n ?? 0));
  const { offset, limit } = paginaVenster(pagina);
  const rijen = await ctx.db
    .select({ doc: d, versie: drcInformatieobjectVersie })
    .from(d)
    .innerJoin(drcInformatieobjectVersie, and(eq(drcInformatieobjectVersie.informatieobjectUuid, d.uuid), eq(drcInformatieobjectVersie.versie, d.versie)))
    .where(where)
    .orderBy(asc(d.volgorde))
    .offset(offset)
    .limit(limit);
  const delen = await bestandsdelenVan(ctx.db, rijen.filter((r) => r.doc.lock !== "").map((r) => r.doc.uuid));
  const results = rijen.map((r) => eioResource(ctx.apiRoot, r.doc, r.versie, delen.get(r.doc.uuid) ?? []));
  await expandeerDocumenten(ctx.db, results, boom, new Map(), false);
  return zgwJson(request, pagineer(ctx.verzoekUrl, pagina, totaal, results));
}

export const documentLijst: Handler<unknown> = async (request, ctx) => {
  const q = parseQuery(ctx.verzoekUrl, EioQuery);
  return documentPagina(request, ctx, q, q.expand, q.page ?? 1);
};

const ZoekBody = z.object({
  uuid__in: z.array(z.uuid({ error: "Verwacht een UUID." })),
  identificatie: z.string().optional(),
  bronorganisatie: z.string().optional(),
  expand: z.string().optional(),
});

export const documentZoek: Handler<unknown> = async (request, ctx) => {
  const { page } = parseQuery(ctx.verzoekUrl, z.object({ page: paginaParameter }));
  const body = ZoekBody.safeParse(await leesJson(request));
  if (!body.success) {
    throw validatieFout(body.error.issues.map((i) => ({ name: i.path.length ? i.path.map(String).join(".") : "nonFieldErrors", code: i.path.length === 1 && i.code === "invalid_type" ? "required" : "invalid", reason: i.message })));
  }
  const b = body.data;
  return documentPagina(request, ctx, { identificatie: b.identificatie, bronorganisatie: b.bronorganisatie, uuidIn: b.uuid__in.map((u) => u.toLowerCase()) }, b.expand, page ?? 1);
};

export const documentAanmaken: Handler<unknown> = async (request, ctx) => {
  geenQuery(ctx.verzoekUrl);
  const body = await leesJson(request);
  const { resource, lock } = await schrijf(ctx, request, (omg) => maakDocument(omg, body));
  ctx.log.info({ document: resource.url, clientId: ctx.auth.clientId }, "DRC-document aangemaakt");
  return zgwJson(request, { ...resource, lock }, { status: 201, headers: { Location: String(resource.url) } });
};

/** The document a reader may see: 404 when absent, 403 without `expressie` for its type/confidentiality. */
async function leesbaarDocument(ctx: ZgwContext<unknown>, uuid: string, expressie = SCOPE.lezen): Promise<DocumentRij> {
  const doc = await zoekDocument(ctx.db, uuid);
  if (!doc) throw nietGevonden("document");
  ctx.auth.vereis(expressie, kenmerken(doc));
  return doc;
}

/** `versie` / `registratieOp` of a detail or download: an unusable value names no version (404). */
function versieKeuze(url: URL): { versie?: number; registratieOp?: Date } {
  const keuze: { versie?: number; registratieOp?: Date } = {};
  const versie = url.searchParams.get("versie");
  const op = url.searchParams.get("registratieOp");
  if (versie !== null) {
    if (!/^\d+$/.test(versie)) throw nietGevonden("document");
    keuze.versie = Number(versie);
  }
  if (op !== null) {
    const datum = new Date(op);
    if (Number.isNaN(datum.getTime())) throw nietGevonden("document");
    keuze.registratieOp = datum;
  }
  return keuze;
}

export const documentLezen: Handler<UuidParams> = async (request, ctx) => {
  const uuid = uuidUit(ctx.params.uuid, "document");
  const doc = await leesbaarDocument(ctx, uuid);
  const versie = await zoekVersie(ctx.db, uuid, versieKeuze(ctx.verzoekUrl));
  if (!versie) throw nietGevonden("document");
  const delen = (await bestandsdelenVan(ctx.db, [uuid])).get(uuid) ?? [];
  const resource = eioResource(ctx.apiRoot, doc, versie, delen);
  const boom = parseExpand(ctx.verzoekUrl.searchParams.get("expand") ?? undefined, "eio", true);
  await expandeerDocumenten(ctx.db, [resource], boom, new Map(), true);
  return zgwJson(request, resource, { etag: true });
};

export function documentBijwerken(gedeeltelijk: boolean): Handler<UuidParams> {
  return async (request, ctx) => {
    const uuid = uuidUit(ctx.params.uuid, "document");
    geenQuery(ctx.verzoekUrl);
    if (!(await zoekDocument(ctx.db, uuid))) throw nietGevonden("document");
    const body = await leesJson(request);
    const resource = await schrijf(ctx as ZgwContext<unknown>, request, (omg) => werkDocumentBij(omg, uuid, body, gedeeltelijk));
    ctx.log.info({ document: uuid, versie: resource.versie, clientId: ctx.auth.clientId }, "DRC-document bijgewerkt");
    return zgwJson(request, resource);
  };
}

export const documentVerwijderen: Handler<UuidParams> = async (request, ctx) => {
  const uuid = uuidUit(ctx.params.uuid, "document");
  await schrijf(ctx as ZgwContext<unknown>, request, (omg) => verwijderDocument(omg, uuid));
  ctx.log.info({ document: uuid, clientId: ctx.auth.clientId }, "DRC-document verwijderd");
  return new Response(null, { status: 204 });
};

function bestandsnaamHeader(naam: string): string {
  const veilig = naam.replace(/[^\x20-\x7e]|["\\]/g, "_") || "document";
  return `attachment; filename="${veilig}"; filename*=UTF-8''${encodeURIComponent(naam || "document")}`;
}

/** GET .../download: the content of a version, streamed from the store (never buffered). */
export const documentDownload: Handler<UuidParams> = async (request, ctx) => {
  const uuid = uuidUit(ctx.params.uuid, "document");
  await leesbaarDocument(ctx, uuid);
  const versie = await zoekVersie(ctx.db, uuid, versieKeuze(ctx.verzoekUrl));
  if (!versie?.blob || !(await bestaatBlob(versie.blob))) throw AppError.notFound("Deze versie van het document heeft geen inhoud.");
  const omvang = await blobOmvang(versie.blob);
  const stroom = Readable.toWeb(leesBlob(versie.blob)) as unknown as ReadableStream<Uint8Array>;
  return new Response(stroom, {
    status: 200,
    headers: {
      "Content-Type": "application/octet-stream",
      "Content-Length": String(omvang),
      "Content-Disposition": bestandsnaamHeader(String(versie.gegevens.bestandsnaam ?? "")),
    },
  });
};

export const documentLock: Handler<UuidParams> = async (request, ctx) => {
  const uuid = uuidUit(ctx.params.uuid, "document");
  const lock = await schrijf(ctx as ZgwContext<unknown>, request, (omg) => lockDocument(omg, uuid));
  return zgwJson(request, { lock });
};

export const documentUnlock: Handler<UuidParams> = async (request, ctx) => {
  const uuid = uuidUit(ctx.params.uuid, "document");
  const tekst = await request.text();
  let body: unknown = {};
  if (tekst.trim() !== "") {
    try {
      body = JSON.parse(tekst);
    } catch {
      throw validatieFout([{ name: "nonFieldErrors", code: "parse_error", reason: "De inhoud van het verzoek is geen geldige JSON." }]);
    }
  }
  await schrijf(ctx as ZgwContext<unknown>, request, (omg) => unlockDocument(omg, uuid, body));
  return new Response(null, { status: 204 });
};

export const bestandsdeelBijwerken: Handler<UuidParams> = async (request, ctx) => {
  const uuid = uuidUit(ctx.params.uuid, "bestandsdeel");
  const resource = await uploadBestandsdeel(request, ctx, uuid);
  return zgwJson(request, resource);
};

const audit = auditTrailHandlers<{ hoofd: string }>({
  hoofdParam: "hoofd",
  laadHoofd: async (ctx, uuid) => {
    const doc = await leesbaarDocument(ctx as ZgwContext<unknown>, uuid, SCOPE.audit);
    return { url: `${ctx.apiRoot}/enkelvoudiginformatieobjecten/${doc.uuid}` };
  },
});

/** `uuid` is the OAS's `enkelvoudiginformatieobject_uuid` (one slug name per path level in Next.js). */
export const auditTrailLijst: Handler<UuidParams> = (request, ctx) => audit.lijst(request, { ...ctx, params: { hoofd: ctx.params.uuid } });

/** `uuid` is the document, `audit_uuid` the OAS's `uuid` of the audit trail row. */
export const auditTrailDetail: Handler<{ uuid: string; audit_uuid: string }> = (request, ctx) =>
  audit.detail(request, { ...ctx, params: { hoofd: ctx.params.uuid, uuid: ctx.params.audit_uuid } });

// ---------------------------------------------------------------- gebruiksrechten

const datumTijdParam = z.iso.datetime({ offset: true, local: true, error: "Verwacht een datum en tijd (ISO 8601)." }).transform((v) => new Date(v));

const GebruiksrechtQuery = z.object({
  informatieobject: urlParam.optional(),
  startdatum__lt: datumTijdParam.optional(),
  startdatum__lte: datumTijdParam.optional(),
  startdatum__gt: datumTijdParam.optional(),
  startdatum__gte: datumTijdParam.optional(),
  einddatum__lt: datumTijdParam.optional(),
  einddatum__lte: datumTijdParam.optional(),
  einddatum__gt: datumTijdParam.optional(),
  einddatum__gte: datumTijdParam.optional(),
  expand: z.string().optional(),
});

export const gebruiksrechtLijst: Handler<unknown> = async (request, ctx) => {
  const q = parseQuery(ctx.verzoekUrl, GebruiksrechtQuery);
  const boom = parseExpand(q.expand, "gebruiksrecht", false);
  const g = drcGebruiksrecht;
  const where = and(
    leesFilter(ctx),
    q.informatieobject !== undefined ? eq(g.informatieobjectUuid, eioUuidUitUrl(ctx.apiRoot, q.informatieobject) ?? GEEN) : undefined,
    q.startdatum__lt ? lt(g.startdatum, q.startdatum__lt) : undefined,
    q.startdatum__lte ? lte(g.startdatum, q.startdatum__lte) : undefined,
    q.startdatum__gt ? gt(g.startdatum, q.startdatum__gt) : undefined,
    q.startdatum__gte ? gte(g.startdatum, q.startdatum__gte) : undefined,
    q.einddatum__lt ? lt(g.einddatum, q.einddatum__lt) : undefined,
    q.einddatum__lte ? lte(g.einddatum, q.einddatum__lte) : undefined,
    q.einddatum__gt ? gt(g.einddatum, q.einddatum__gt) : undefined,
    q.einddatum__gte ? gte(g.einddatum, q.einddatum__gte) : undefined,
  );
  const rijen = await ctx.db
    .select({ recht: g })
    .from(g)
    .innerJoin(drcInformatieobject, eq(drcInformatieobject.uuid, g.informatieobjectUuid))
    .where(where)
    .orderBy(asc(g.aangemaaktOp), asc(g.uuid));
  const results = rijen.map((r) => gebruiksrechtResource(ctx.apiRoot, r.recht));
  await expandeerInformatieobject(ctx, results, boom, false);
  return zgwJson(request, results);
};

async function laadGebruiksrecht(ctx: ZgwContext<unknown>, uuid: string) {
  const [rij] = await ctx.db.select().from(drcGebruiksrecht).where(eq(drcGebruiksrecht.uuid, uuid));
  if (!rij) throw nietGevonden("gebruiksrecht");
  await leesbaarDocument(ctx, rij.informatieobjectUuid);
  return rij;
}

export const gebruiksrechtLezen: Handler<UuidParams> = async (request, ctx) => {
  const uuid = uuidUit(ctx.params.uuid, "gebruiksrecht");
  const rij = await laadGebruiksrecht(ctx as ZgwContext<unknown>, uuid);
  const resource = gebruiksrechtResource(ctx.apiRoot, rij);
  const boom = parseExpand(ctx.verzoekUrl.searchParams.get("expand") ?? undefined, "gebruiksrecht", true);
  await expandeerInformatieobject(ctx as ZgwContext<unknown>, [resource], boom, true);
  return zgwJson(request, resource, { etag: true });
};

export const gebruiksrechtAanmaken: Handler<unknown> = async (request, ctx) => {
  geenQuery(ctx.verzoekUrl);
  const body = await leesJson(request);
  const resource = await schrijf(ctx, request, (omg) => maakGebruiksrecht(omg, body));
  return zgwJson(request, resource, { status: 201, headers: { Location: String(resource.url) } });
};

export function gebruiksrechtBijwerken(gedeeltelijk: boolean): Handler<UuidParams> {
  return async (request, ctx) => {
    const uuid = uuidUit(ctx.params.uuid, "gebruiksrecht");
    geenQuery(ctx.verzoekUrl);
    const body = await leesJson(request);
    const resource = await schrijf(ctx as ZgwContext<unknown>, request, (omg) => werkGebruiksrechtBij(omg, uuid, body, gedeeltelijk));
    return zgwJson(request, resource);
  };
}

export const gebruiksrechtVerwijderen: Handler<UuidParams> = async (request, ctx) => {
  const uuid = uuidUit(ctx.params.uuid, "gebruiksrecht");
  await schrijf(ctx as ZgwContext<unknown>, request, (omg) => verwijderGebruiksrecht(omg, uuid));
  return new Response(null, { status: 204 });
};

// ---------------------------------------------------------------- objectinformatieobjecten

const OioQuery = z.object({ object: urlParam.optional(), informatieobject: urlParam.optional() });

export const oioLijst: Handler<unknown> = async (request, ctx) => {
  const q = parseQuery(ctx.verzoekUrl, OioQuery);
  const bron = await oioBron(ctx.db);
  const delen: SQL[] = [];
  const filter = leesFilter(ctx);
  if (filter) delen.push(filter);
  if (q.informatieobject !== undefined) delen.push(sql`o.informatieobject_uuid = ${eioUuidUitUrl(ctx.apiRoot, q.informatieobject) ?? GEEN}`);
  if (q.object !== undefined) {
    const zaak = lokaleUuid(q.object, "zaken", "zaken");
    const besluit = lokaleUuid(q.object, "besluiten", "besluiten");
    if (zaak) delen.push(sql`o.object_type = 'zaak' and o.object_uuid = ${zaak}`);
    else if (besluit) delen.push(sql`o.object_type = 'besluit' and o.object_uuid = ${besluit}`);
    else delen.push(sql`o.object = ${q.object}`);
  }
  const where = delen.length > 0 ? sql`where ${sql.join(delen, sql` and `)}` : sql``;
  const rijen = await selectRows<Record<string, unknown>>(
    ctx.db,
    sql`select o.* from (${bron}) as o join ${drcInformatieobject} on ${drcInformatieobject.uuid} = o.informatieobject_uuid ${where} order by o.uuid`,
  );
  return zgwJson(request, rijen.map((r) => oioResource(ctx.apiRoot, naarOioRij(r))));
};

async function laadOio(ctx: ZgwContext<unknown>, uuid: string, expressie = SCOPE.lezen) {
  const rij = await zoekOio(ctx.db, uuid);
  if (!rij) throw nietGevonden("objectinformatieobject");
  await leesbaarDocument(ctx, rij.informatieobjectUuid, expressie);
  return rij;
}

export const oioLezen: Handler<UuidParams> = async (request, ctx) => {
  const uuid = uuidUit(ctx.params.uuid, "objectinformatieobject");
  const rij = await laadOio(ctx as ZgwContext<unknown>, uuid);
  return zgwJson(request, oioResource(ctx.apiRoot, rij), { etag: true });
};

export const oioAanmaken: Handler<unknown> = async (request, ctx) => {
  geenQuery(ctx.verzoekUrl);
  const body = await leesJson(request);
  const { resource } = await schrijf(ctx, request, (omg) => maakOio(omg, body));
  return zgwJson(request, resource, { status: 201, headers: { Location: String(resource.url) } });
};

export const oioVerwijderen: Handler<UuidParams> = async (request, ctx) => {
  const uuid = uuidUit(ctx.params.uuid, "objectinformatieobject");
  const rij = await laadOio(ctx as ZgwContext<unknown>, uuid, SCOPE.verwijderen);
  await schrijf(ctx as ZgwContext<unknown>, request, (omg) => verwijderOio(omg, rij));
  return new Response(null, { status: 204 });
};

// ---------------------------------------------------------------- verzendingen

const VerzendingQuery = z.object({
  aardRelatie: z.enum(["afzender", "geadresseerde"]).optional(),
  informatieobject: urlParam.optional(),
  betrokkene: urlParam.optional(),
  expand: z.string().optional(),
  page: paginaParameter,
});

export const verzendingLijst: Handler<unknown> = async (request, ctx) => {
  const q = parseQuery(ctx.verzoekUrl, VerzendingQuery);
  const boom = parseExpand(q.expand, "verzending", false);
  const pagina = q.page ?? 1;
  const v = drcVerzending;
  const where = and(
    leesFilter(ctx),
    q.aardRelatie !== undefined ? eq(v.aardRelatie, q.aardRelatie) : undefined,
    q.informatieobject !== undefined ? eq(v.informatieobjectUuid, eioUuidUitUrl(ctx.apiRoot, q.informatieobject) ?? GEEN) : undefined,
    q.betrokkene !== undefined ? eq(v.betrokkene, q.betrokkene) : undefined,
  );
  const basis = () => ctx.db.select({ n: count() }).from(v).innerJoin(drcInformatieobject, eq(drcInformatieobject.uuid, v.informatieobjectUuid));
  const [totaal] = await basis().where(where);
  const { offset, limit } = paginaVenster(pagina);
  const rijen = await ctx.db
    .select({ verzending: v })
    .from(v)
    .innerJoin(drcInformatieobject, eq(drcInformatieobject.uuid, v.informatieobjectUuid))
    .where(where)
    .orderBy(asc(v.volgorde))
    .offset(offset)
    .limit(limit);
  const results = rijen.map((r) => verzendingResource(ctx.apiRoot, r.verzending));
  await expandeerInformatieobject(ctx, results, boom, false);
  return zgwJson(request, pagineer(ctx.verzoekUrl, pagina, Number(totaal?.n ?? 0), results));
};

export const verzendingLezen: Handler<UuidParams> = async (request, ctx) => {
  const uuid = uuidUit(ctx.params.uuid, "verzending");
  const [rij] = await ctx.db.select().from(drcVerzending).where(eq(drcVerzending.uuid, uuid));
  if (!rij) throw nietGevonden("verzending");
  await leesbaarDocument(ctx as ZgwContext<unknown>, rij.informatieobjectUuid);
  const resource = verzendingResource(ctx.apiRoot, rij);
  const boom = parseExpand(ctx.verzoekUrl.searchParams.get("expand") ?? undefined, "verzending", true);
  await expandeerInformatieobject(ctx as ZgwContext<unknown>, [resource], boom, true);
  return zgwJson(request, resource, { etag: true });
};

export const verzendingAanmaken: Handler<unknown> = async (request, ctx) => {
  geenQuery(ctx.verzoekUrl);
  const body = await leesJson(request);
  const resource = await schrijf(ctx, request, (omg) => maakVerzending(omg, body));
  return zgwJson(request, resource, { status: 201, headers: { Location: String(resource.url) } });
};

export function verzendingBijwerken(gedeeltelijk: boolean): Handler<UuidParams> {
  return async (request, ctx) => {
    const uuid = uuidUit(ctx.params.uuid, "verzending");
    geenQuery(ctx.verzoekUrl);
    const body = await leesJson(request);
    const resource = await schrijf(ctx as ZgwContext<unknown>, request, (omg) => werkVerzendingBij(omg, uuid, body, gedeeltelijk));
    return zgwJson(request, resource);
  };
}

export const verzendingVerwijderen: Handler<UuidParams> = async (request, ctx) => {
  const uuid = uuidUit(ctx.params.uuid, "verzending");
  await schrijf(ctx as ZgwContext<unknown>, request, (omg) => verwijderVerzending(omg, uuid));
  return new Response(null, { status: 204 });
};
