import { and, asc, count, eq, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { z } from "zod";
import { paginaParameter, parseQuery } from "../../query";
import { paginaVenster, pagineer } from "../../pagination";
import { leesJson, zgwJson, type ZgwContext } from "../../route";
import { lokaleUuid } from "../../verwijzingen";
import { zaakVoorRelatie, type ZaakVoorRelatie } from "../relatie";
import { zrcZaak } from "../schema";
import { isUuid, nietGevonden, vereisLezen, zaakLijstFilter, zaakUitPad, type Db, type Handler } from "./gedeeld";
import { BETROKKENE_TYPEN, OBJECT_TYPEN } from "./invoer";
import {
  klantcontactResource,
  rolResources,
  zaakbesluitResources,
  zaakcontactmomentResource,
  zaakeigenschapResource,
  zaakobjectResource,
  zaakverzoekResource,
  zioResource,
} from "./representaties";
import {
  zrcKlantcontact,
  zrcRol,
  zrcZaakcontactmoment,
  zrcZaakeigenschap,
  zrcZaakinformatieobject,
  zrcZaakobject,
  zrcZaakverzoek,
} from "./schema";
import * as service from "./service";
import { telling } from "../../telling";

/**
 * Handlers of the relation operations of zaken-1.5.1.yaml (rollen, zaakobjecten,
 * zaakinformatieobjecten, zaakeigenschappen, zaak-besluiten, klantcontacten,
 * zaakcontactmomenten, zaakverzoeken), for zgwRoute. Lists join zrc_zaak and filter on the
 * consumer's autorisaties in the query (zrc-006).
 */

type UuidParams = { uuid: string };
type ZaakParams = { zaak_uuid: string };
type GenesteParams = { zaak_uuid: string; uuid: string };

const urlParam = z.url({ error: "Verwacht een geldige URL." });
const GEEN = "00000000-0000-0000-0000-000000000000";

/** A zaak URL filter: its uuid, or one that matches nothing (a foreign URL names no zaak here). */
function zaakFilter(kolom: SQLWrapper, url: string | undefined): SQL | undefined {
  if (url === undefined) return undefined;
  return sql`${kolom} = ${lokaleUuid(url, "zaken", "zaken") ?? GEEN}`;
}

async function rijMetZaak<T extends { zaakUuid: string }>(db: Db, rij: T | undefined, wat: string): Promise<{ rij: T; zaak: ZaakVoorRelatie }> {
  if (!rij) throw nietGevonden(wat);
  const zaak = await zaakVoorRelatie(db, rij.zaakUuid);
  if (!zaak) throw nietGevonden(wat);
  return { rij, zaak };
}

const zichtbaar = (ctx: ZgwContext<unknown>) => zaakLijstFilter(ctx);

// ------------------------------------------------------------------ rollen

/** The betrokkeneIdentificatie filters: query suffix -> [betrokkeneType, member]. */
export const IDENTIFICATIE_FILTERS = {
  natuurlijkPersoon__inpBsn: ["natuurlijk_persoon", "inpBsn"],
  natuurlijkPersoon__anpIdentificatie: ["natuurlijk_persoon", "anpIdentificatie"],
  natuurlijkPersoon__inpA_nummer: ["natuurlijk_persoon", "inpA_nummer"],
  nietNatuurlijkPersoon__innNnpId: ["niet_natuurlijk_persoon", "innNnpId"],
  nietNatuurlijkPersoon__annIdentificatie: ["niet_natuurlijk_persoon", "annIdentificatie"],
  vestiging__vestigingsNummer: ["vestiging", "vestigingsNummer"],
  organisatorischeEenheid__identificatie: ["organisatorische_eenheid", "identificatie"],
  medewerker__identificatie: ["medewerker", "identificatie"],
} as const;
export type IdentificatieFilter = keyof typeof IDENTIFICATIE_FILTERS;

export interface RolFilters {
  betrokkeneType?: string;
  betrokkene?: string;
  omschrijvingGeneriek?: string;
  omschrijving?: string;
  roltype?: string;
  identificatie?: Partial<Record<IdentificatieFilter, string>>;
}

/** Conditions on zrc_rol for these filters (each can use an index of schema.ts). */
export function rolCondities(f: RolFilters): SQL[] {
  const delen: SQL[] = [];
  if (f.betrokkeneType !== undefined) delen.push(eq(zrcRol.betrokkeneType, f.betrokkeneType));
  if (f.betrokkene !== undefined) delen.push(eq(zrcRol.betrokkene, f.betrokkene));
  if (f.omschrijvingGeneriek !== undefined) delen.push(eq(zrcRol.omschrijvingGeneriek, f.omschrijvingGeneriek));
  if (f.omschrijving !== undefined) delen.push(eq(zrcRol.omschrijving, f.omschrijving));
  if (f.roltype !== undefined) delen.push(eq(zrcRol.roltypeUrl, f.roltype));
  for (const [sleutel, waarde] of Object.entries(f.identificatie ?? {})) {
    if (waarde === undefined) continue;
    const [type, lid] = IDENTIFICATIE_FILTERS[sleutel as IdentificatieFilter];
    // The literal member name keeps the expression identical to the partial index's.
    delen.push(sql`${zrcRol.betrokkeneType} = ${sql.raw(`'${type}'`)} and (${zrcRol.betrokkeneIdentificatie}->>${sql.raw(`'${lid}'`)}) = ${waarde}`);
  }
  return delen;
}

/**
 * For the zaken list (`rol__betrokkeneType`, `rol__betrokkeneIdentificatie__*`, ...): a
 * condition "the zaak has a rol matching all these filters", or undefined without filters.
 */
export function zaakHeeftRol(zaakUuid: SQLWrapper, f: RolFilters): SQL | undefined {
  const delen = rolCondities(f);
  if (delen.length === 0) return undefined;
  return sql`exists (select 1 from ${zrcRol} where ${zrcRol.zaakUuid} = ${zaakUuid} and ${and(...delen)})`;
}

const RolQuery = z.object({
  zaak: urlParam.optional(),
  betrokkene: urlParam.optional(),
  betrokkeneType: z.enum(BETROKKENE_TYPEN).optional(),
  ...Object.fromEntries(Object.keys(IDENTIFICATIE_FILTERS).map((k) => [`betrokkeneIdentificatie__${k}`, z.string().optional()])),
  roltype: urlParam.optional(),
  omschrijving: z.string().optional(),
  omschrijvingGeneriek: z
    .enum(["adviseur", "behandelaar", "belanghebbende", "beslisser", "initiator", "klantcontacter", "zaakcoordinator", "mede_initiator"])
    .optional(),
  page: paginaParameter,
});

export const rolLijst: Handler<unknown> = async (request, ctx) => {
  const q = parseQuery(ctx.verzoekUrl, RolQuery) as Record<string, string | undefined> & { page?: number };
  const identificatie: Partial<Record<IdentificatieFilter, string>> = {};
  for (const k of Object.keys(IDENTIFICATIE_FILTERS) as IdentificatieFilter[]) identificatie[k] = q[`betrokkeneIdentificatie__${k}`];
  const where = and(
    zichtbaar(ctx),
    zaakFilter(zrcRol.zaakUuid, q.zaak),
    ...rolCondities({
      betrokkeneType: q.betrokkeneType,
      betrokkene: q.betrokkene,
      omschrijvingGeneriek: q.omschrijvingGeneriek,
      omschrijving: q.omschrijving,
      roltype: q.roltype,
      identificatie,
    }),
  );
  const pagina = q.page ?? 1;
  const { offset, limit } = paginaVenster(pagina);
  const telQuery = ctx.db.select({ n: count() }).from(zrcRol).innerJoin(zrcZaak, eq(zrcZaak.uuid, zrcRol.zaakUuid)).where(where);
  const totaal = await telling(telQuery, async () => Number((await telQuery)[0]?.n ?? 0));
  const rijen = await ctx.db
    .select({ r: zrcRol })
    .from(zrcRol)
    .innerJoin(zrcZaak, eq(zrcZaak.uuid, zrcRol.zaakUuid))
    .where(where)
    .orderBy(asc(zrcRol.volgorde))
    .offset(offset)
    .limit(limit);
  const results = await rolResources(ctx.db, ctx.apiRoot, rijen.map((x) => x.r));
  return zgwJson(request, pagineer(ctx.verzoekUrl, pagina, totaal, results));
};

export const rolAanmaken: Handler<unknown> = async (request, ctx) => {
  const { resource } = await service.maakRol(ctx, request, await leesJson(request));
  return zgwJson(request, resource, { status: 201, headers: { Location: String(resource.url) } });
};

export const rolLezen: Handler<UuidParams> = async (request, ctx) => {
  const gevonden = isUuid(ctx.params.uuid) ? (await ctx.db.select().from(zrcRol).where(eq(zrcRol.uuid, ctx.params.uuid.toLowerCase())))[0] : undefined;
  const { rij, zaak } = await rijMetZaak(ctx.db, gevonden, "rol");
  vereisLezen(ctx, zaak);
  const [resource] = await rolResources(ctx.db, ctx.apiRoot, [rij]);
  return zgwJson(request, resource, { etag: true });
};

export const rolVerwijderen: Handler<UuidParams> = async (request, ctx) => {
  await service.verwijderRol(ctx, request, ctx.params.uuid);
  return new Response(null, { status: 204 });
};

// ------------------------------------------------------------------ zaakobjecten

const ZaakobjectQuery = z.object({
  zaak: urlParam.optional(),
  object: urlParam.optional(),
  objectType: z.enum(OBJECT_TYPEN).optional(),
  page: paginaParameter,
});

export const zaakobjectLijst: Handler<unknown> = async (request, ctx) => {
  const q = parseQuery(ctx.verzoekUrl, ZaakobjectQuery);
  const where = and(
    zichtbaar(ctx),
    zaakFilter(zrcZaakobject.zaakUuid, q.zaak),
    q.object !== undefined ? eq(zrcZaakobject.objectUrl, q.object) : undefined,
    q.objectType !== undefined ? eq(zrcZaakobject.objectType, q.objectType) : undefined,
  );
  const pagina = q.page ?? 1;
  const { offset, limit } = paginaVenster(pagina);
  const [totaal] = await ctx.db.select({ n: count() }).from(zrcZaakobject).innerJoin(zrcZaak, eq(zrcZaak.uuid, zrcZaakobject.zaakUuid)).where(where);
  const rijen = await ctx.db
    .select({ r: zrcZaakobject })
    .from(zrcZaakobject)
    .innerJoin(zrcZaak, eq(zrcZaak.uuid, zrcZaakobject.zaakUuid))
    .where(where)
    .orderBy(asc(zrcZaakobject.volgorde))
    .offset(offset)
    .limit(limit);
  return zgwJson(request, pagineer(ctx.verzoekUrl, pagina, Number(totaal?.n ?? 0), rijen.map((x) => zaakobjectResource(ctx.apiRoot, x.r))));
};

export const zaakobjectAanmaken: Handler<unknown> = async (request, ctx) => {
  const { resource } = await service.maakZaakobject(ctx, request, await leesJson(request));
  return zgwJson(request, resource, { status: 201, headers: { Location: String(resource.url) } });
};

export const zaakobjectLezen: Handler<UuidParams> = async (request, ctx) => {
  const gevonden = isUuid(ctx.params.uuid) ? (await ctx.db.select().from(zrcZaakobject).where(eq(zrcZaakobject.uuid, ctx.params.uuid.toLowerCase())))[0] : undefined;
  const { rij, zaak } = await rijMetZaak(ctx.db, gevonden, "zaakobject");
  vereisLezen(ctx, zaak);
  return zgwJson(request, zaakobjectResource(ctx.apiRoot, rij), { etag: true });
};

export function zaakobjectBijwerken(gedeeltelijk: boolean): Handler<UuidParams> {
  return async (request, ctx) => {
    const { resource } = await service.werkZaakobjectBij(ctx, request, ctx.params.uuid, await leesJson(request), gedeeltelijk);
    return zgwJson(request, resource);
  };
}

export const zaakobjectVerwijderen: Handler<UuidParams> = async (request, ctx) => {
  await service.verwijderZaakobject(ctx, request, ctx.params.uuid);
  return new Response(null, { status: 204 });
};

// ------------------------------------------------------------------ zaakinformatieobjecten

const ZioQuery = z.object({ zaak: urlParam.optional(), informatieobject: urlParam.optional() });

export const zioLijst: Handler<unknown> = async (request, ctx) => {
  const q = parseQuery(ctx.verzoekUrl, ZioQuery);
  let ioFilter: SQL | undefined;
  if (q.informatieobject !== undefined) {
    const documentUuid = lokaleUuid(q.informatieobject, "documenten", "enkelvoudiginformatieobjecten");
    ioFilter = documentUuid ? eq(zrcZaakinformatieobject.informatieobjectUuid, documentUuid) : eq(zrcZaakinformatieobject.informatieobjectUrl, q.informatieobject);
  }
  const rijen = await ctx.db
    .select({ r: zrcZaakinformatieobject })
    .from(zrcZaakinformatieobject)
    .innerJoin(zrcZaak, eq(zrcZaak.uuid, zrcZaakinformatieobject.zaakUuid))
    .where(and(zichtbaar(ctx), zaakFilter(zrcZaakinformatieobject.zaakUuid, q.zaak), ioFilter))
    .orderBy(asc(zrcZaakinformatieobject.volgorde));
  return zgwJson(request, rijen.map((x) => zioResource(ctx.apiRoot, x.r)));
};

export const zioAanmaken: Handler<unknown> = async (request, ctx) => {
  const { resource } = await service.maakZio(ctx, request, await leesJson(request));
  return zgwJson(request, resource, { status: 201, headers: { Location: String(resource.url) } });
};

export const zioLezen: Handler<UuidParams> = async (request, ctx) => {
  const gevonden = isUuid(ctx.params.uuid)
    ? (await ctx.db.select().from(zrcZaakinformatieobject).where(eq(zrcZaakinformatieobject.uuid, ctx.params.uuid.toLowerCase())))[0]
    : undefined;
  const { rij, zaak } = await rijMetZaak(ctx.db, gevonden, "zaakinformatieobject");
  vereisLezen(ctx, zaak);
  return zgwJson(request, zioResource(ctx.apiRoot, rij), { etag: true });
};

export function zioBijwerken(gedeeltelijk: boolean): Handler<UuidParams> {
  return async (request, ctx) => {
    const { resource } = await service.werkZioBij(ctx, request, ctx.params.uuid, await leesJson(request), gedeeltelijk);
    return zgwJson(request, resource);
  };
}

export const zioVerwijderen: Handler<UuidParams> = async (request, ctx) => {
  await service.verwijderZio(ctx, request, ctx.params.uuid);
  return new Response(null, { status: 204 });
};

// ------------------------------------------------------------------ zaakeigenschappen (nested)

export const zaakeigenschapLijst: Handler<ZaakParams> = async (request, ctx) => {
  const zaak = await zaakUitPad(ctx.db, ctx.params.zaak_uuid);
  vereisLezen(ctx, zaak);
  const rijen = await ctx.db.select().from(zrcZaakeigenschap).where(eq(zrcZaakeigenschap.zaakUuid, zaak.uuid)).orderBy(asc(zrcZaakeigenschap.volgorde));
  return zgwJson(request, rijen.map((r) => zaakeigenschapResource(ctx.apiRoot, r)));
};

export const zaakeigenschapAanmaken: Handler<ZaakParams> = async (request, ctx) => {
  const { resource } = await service.maakZaakeigenschap(ctx, request, ctx.params.zaak_uuid, await leesJson(request));
  return zgwJson(request, resource, { status: 201, headers: { Location: String(resource.url) } });
};

export const zaakeigenschapLezen: Handler<GenesteParams> = async (request, ctx) => {
  const zaak = await zaakUitPad(ctx.db, ctx.params.zaak_uuid);
  const rij = isUuid(ctx.params.uuid)
    ? (await ctx.db.select().from(zrcZaakeigenschap).where(and(eq(zrcZaakeigenschap.uuid, ctx.params.uuid.toLowerCase()), eq(zrcZaakeigenschap.zaakUuid, zaak.uuid))))[0]
    : undefined;
  if (!rij) throw nietGevonden("zaakeigenschap");
  vereisLezen(ctx, zaak);
  return zgwJson(request, zaakeigenschapResource(ctx.apiRoot, rij), { etag: true });
};

export function zaakeigenschapBijwerken(gedeeltelijk: boolean): Handler<GenesteParams> {
  return async (request, ctx) => {
    const { resource } = await service.werkZaakeigenschapBij(ctx, request, ctx.params.zaak_uuid, ctx.params.uuid, await leesJson(request), gedeeltelijk);
    return zgwJson(request, resource);
  };
}

export const zaakeigenschapVerwijderen: Handler<GenesteParams> = async (request, ctx) => {
  await service.verwijderZaakeigenschap(ctx, request, ctx.params.zaak_uuid, ctx.params.uuid);
  return new Response(null, { status: 204 });
};

// ------------------------------------------------------------------ zaak-besluiten (nested)

export const zaakbesluitLijst: Handler<ZaakParams> = async (request, ctx) => {
  const zaak = await zaakUitPad(ctx.db, ctx.params.zaak_uuid);
  vereisLezen(ctx, zaak);
  return zgwJson(request, await zaakbesluitResources(ctx.db, ctx.apiRoot, zaak.uuid));
};

export const zaakbesluitAanmaken: Handler<ZaakParams> = async (request, ctx) => {
  const { resource } = await service.maakZaakbesluit(ctx, request, ctx.params.zaak_uuid, await leesJson(request));
  return zgwJson(request, resource, { status: 201, headers: { Location: String(resource.url) } });
};

export const zaakbesluitLezen: Handler<GenesteParams> = async (request, ctx) => {
  const zaak = await zaakUitPad(ctx.db, ctx.params.zaak_uuid);
  const { resource } = await service.zoekZaakbesluit(ctx.db, ctx.apiRoot, zaak, ctx.params.uuid);
  vereisLezen(ctx, zaak);
  return zgwJson(request, resource);
};

export const zaakbesluitVerwijderen: Handler<GenesteParams> = async (request, ctx) => {
  await service.verwijderZaakbesluit(ctx, request, ctx.params.zaak_uuid, ctx.params.uuid);
  return new Response(null, { status: 204 });
};

// ------------------------------------------------------------------ klantcontacten

const KlantcontactQuery = z.object({ zaak: urlParam.optional(), page: paginaParameter });

export const klantcontactLijst: Handler<unknown> = async (request, ctx) => {
  const q = parseQuery(ctx.verzoekUrl, KlantcontactQuery);
  const where = and(zichtbaar(ctx), zaakFilter(zrcKlantcontact.zaakUuid, q.zaak));
  const pagina = q.page ?? 1;
  const { offset, limit } = paginaVenster(pagina);
  const [totaal] = await ctx.db.select({ n: count() }).from(zrcKlantcontact).innerJoin(zrcZaak, eq(zrcZaak.uuid, zrcKlantcontact.zaakUuid)).where(where);
  const rijen = await ctx.db
    .select({ r: zrcKlantcontact })
    .from(zrcKlantcontact)
    .innerJoin(zrcZaak, eq(zrcZaak.uuid, zrcKlantcontact.zaakUuid))
    .where(where)
    .orderBy(asc(zrcKlantcontact.volgorde))
    .offset(offset)
    .limit(limit);
  return zgwJson(request, pagineer(ctx.verzoekUrl, pagina, Number(totaal?.n ?? 0), rijen.map((x) => klantcontactResource(ctx.apiRoot, x.r))));
};

export const klantcontactAanmaken: Handler<unknown> = async (request, ctx) => {
  const { resource } = await service.maakKlantcontact(ctx, request, await leesJson(request));
  return zgwJson(request, resource, { status: 201, headers: { Location: String(resource.url) } });
};

export const klantcontactLezen: Handler<UuidParams> = async (request, ctx) => {
  const gevonden = isUuid(ctx.params.uuid) ? (await ctx.db.select().from(zrcKlantcontact).where(eq(zrcKlantcontact.uuid, ctx.params.uuid.toLowerCase())))[0] : undefined;
  const { rij, zaak } = await rijMetZaak(ctx.db, gevonden, "klantcontact");
  vereisLezen(ctx, zaak);
  return zgwJson(request, klantcontactResource(ctx.apiRoot, rij));
};

// ------------------------------------------------------------------ zaakcontactmomenten / zaakverzoeken

const ZcmQuery = z.object({ zaak: urlParam.optional(), contactmoment: urlParam.optional() });

export const zaakcontactmomentLijst: Handler<unknown> = async (request, ctx) => {
  const q = parseQuery(ctx.verzoekUrl, ZcmQuery);
  const rijen = await ctx.db
    .select({ r: zrcZaakcontactmoment })
    .from(zrcZaakcontactmoment)
    .innerJoin(zrcZaak, eq(zrcZaak.uuid, zrcZaakcontactmoment.zaakUuid))
    .where(
      and(
        zichtbaar(ctx),
        zaakFilter(zrcZaakcontactmoment.zaakUuid, q.zaak),
        q.contactmoment !== undefined ? eq(zrcZaakcontactmoment.contactmomentUrl, q.contactmoment) : undefined,
      ),
    )
    .orderBy(asc(zrcZaakcontactmoment.volgorde));
  return zgwJson(request, rijen.map((x) => zaakcontactmomentResource(ctx.apiRoot, x.r)));
};

export const zaakcontactmomentAanmaken: Handler<unknown> = async (request, ctx) => {
  const { resource } = await service.maakZaakcontactmoment(ctx, request, await leesJson(request));
  return zgwJson(request, resource, { status: 201, headers: { Location: String(resource.url) } });
};

export const zaakcontactmomentLezen: Handler<UuidParams> = async (request, ctx) => {
  const gevonden = isUuid(ctx.params.uuid) ? (await ctx.db.select().from(zrcZaakcontactmoment).where(eq(zrcZaakcontactmoment.uuid, ctx.params.uuid.toLowerCase())))[0] : undefined;
  const { rij, zaak } = await rijMetZaak(ctx.db, gevonden, "zaakcontactmoment");
  vereisLezen(ctx, zaak);
  return zgwJson(request, zaakcontactmomentResource(ctx.apiRoot, rij));
};

export const zaakcontactmomentVerwijderen: Handler<UuidParams> = async (request, ctx) => {
  await service.verwijderZaakcontactmoment(ctx, request, ctx.params.uuid);
  return new Response(null, { status: 204 });
};

const ZvQuery = z.object({ zaak: urlParam.optional(), verzoek: urlParam.optional() });

export const zaakverzoekLijst: Handler<unknown> = async (request, ctx) => {
  const q = parseQuery(ctx.verzoekUrl, ZvQuery);
  const rijen = await ctx.db
    .select({ r: zrcZaakverzoek })
    .from(zrcZaakverzoek)
    .innerJoin(zrcZaak, eq(zrcZaak.uuid, zrcZaakverzoek.zaakUuid))
    .where(and(zichtbaar(ctx), zaakFilter(zrcZaakverzoek.zaakUuid, q.zaak), q.verzoek !== undefined ? eq(zrcZaakverzoek.verzoekUrl, q.verzoek) : undefined))
    .orderBy(asc(zrcZaakverzoek.volgorde));
  return zgwJson(request, rijen.map((x) => zaakverzoekResource(ctx.apiRoot, x.r)));
};

export const zaakverzoekAanmaken: Handler<unknown> = async (request, ctx) => {
  const { resource } = await service.maakZaakverzoek(ctx, request, await leesJson(request));
  return zgwJson(request, resource, { status: 201, headers: { Location: String(resource.url) } });
};

export const zaakverzoekLezen: Handler<UuidParams> = async (request, ctx) => {
  const gevonden = isUuid(ctx.params.uuid) ? (await ctx.db.select().from(zrcZaakverzoek).where(eq(zrcZaakverzoek.uuid, ctx.params.uuid.toLowerCase())))[0] : undefined;
  const { rij, zaak } = await rijMetZaak(ctx.db, gevonden, "zaakverzoek");
  vereisLezen(ctx, zaak);
  return zgwJson(request, zaakverzoekResource(ctx.apiRoot, rij));
};

export const zaakverzoekVerwijderen: Handler<UuidParams> = async (request, ctx) => {
  await service.verwijderZaakverzoek(ctx, request, ctx.params.uuid);
  return new Response(null, { status: 204 });
};

/**
 * Adapts a nested handler to a route folder whose zaak segment has another name (Next.js
 * allows one dynamic name per level; the zaak detail route owns `[uuid]`).
 */
export function metZaakParam<P extends Record<string, string>, Q>(handler: Handler<Q>, map: (p: P) => Q): Handler<P> {
  return (request, ctx) => handler(request, { ...ctx, params: map(ctx.params) });
}
