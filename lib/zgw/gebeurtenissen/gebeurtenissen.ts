import { randomUUID } from "node:crypto";
import { and, asc, eq } from "drizzle-orm";
import type { Database, Transaction } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseQuery } from "../query";
import { zgwJson, type ZgwContext } from "../route";
import { z } from "zod";
import { meldNieuweNotificaties } from "../notificaties/start";
import { notificatiesGeconfigureerd } from "../notificaties/env";
import { zgwAudittrail, zgwNotificatieUitgaand } from "./schema";

type Db = Database | Transaction;
type Handler<P> = (request: Request, ctx: ZgwContext<P>) => Promise<Response>;

export type Kanaal = "zaken" | "documenten" | "besluiten" | "zaaktypen" | "informatieobjecttypen" | "besluittypen" | "autorisaties";
export type Actie = "create" | "update" | "partial_update" | "destroy";

export interface Gebeurtenis {
  kanaal: Kanaal;
  /** URL of the main object (zaak, enkelvoudiginformatieobject, besluit, ...). */
  hoofdObject: string;
  hoofdObjectUuid: string;
  resource: string;
  resourceUrl: string;
  resourceWeergave: string;
  actie: Actie;
  /** HTTP status of the answer. */
  resultaat: number;
  oud: unknown;
  nieuw: unknown;
  kenmerken: Record<string, string>;
  /** Default true. */
  audit?: boolean;
  /** Default true; false for actions GUIDE 6 does not list. */
  notificeren?: boolean;
}

/** The component (`bron`) that writes the audit trail of a kanaal. */
const BRON: Record<Kanaal, string> = {
  zaken: "zrc",
  documenten: "drc",
  besluiten: "brc",
  zaaktypen: "ztc",
  informatieobjecttypen: "ztc",
  besluittypen: "ztc",
  autorisaties: "ac",
};

const ACTIE_WEERGAVE: Record<Actie, string> = {
  create: "Object aangemaakt",
  update: "Object bijgewerkt",
  partial_update: "Object deels bijgewerkt",
  destroy: "Object verwijderd",
};

/** Whether notifications are published (a Notificaties API is configured); only then are outbox rows written. */
export function notificatiesAan(): boolean {
  return notificatiesGeconfigureerd();
}

const kort = (tekst: string, max: number) => (tekst.length > max ? tekst.slice(0, max) : tekst);

/**
 * Records one write: the audit trail row (GUIDE 5.6) and, when notifications are on, the
 * outbox row (GUIDE 6). Runs in the caller's transaction, so both exist exactly when the
 * change does.
 */
export async function registreerGebeurtenis(tx: Db, ctx: ZgwContext<unknown>, request: Request, g: Gebeurtenis): Promise<void> {
  const nu = new Date();
  if (g.audit !== false) {
    const consumer = ctx.auth.consumer;
    await tx.insert(zgwAudittrail).values({
      uuid: randomUUID(),
      bron: BRON[g.kanaal],
      hoofdObjectUuid: g.hoofdObjectUuid,
      hoofdObject: g.hoofdObject,
      applicatieId: kort(consumer.clientId, 100),
      applicatieWeergave: kort(consumer.applicatie?.label ?? consumer.clientId, 200),
      gebruikersId: kort(consumer.gebruiker.id ?? "", 255),
      gebruikersWeergave: kort(consumer.gebruiker.weergave ?? "", 255),
      actie: g.actie,
      actieWeergave: ACTIE_WEERGAVE[g.actie],
      resultaat: g.resultaat,
      resource: kort(g.resource, 50),
      resourceUrl: g.resourceUrl,
      resourceWeergave: kort(g.resourceWeergave, 200),
      toelichting: request.headers.get("x-audit-toelichting") ?? "",
      aanmaakdatum: nu,
      wijzigingen: { oud: g.oud ?? null, nieuw: g.nieuw ?? null },
    });
  }
  if (g.notificeren !== false && notificatiesAan()) {
    await tx.insert(zgwNotificatieUitgaand).values({
      kanaal: g.kanaal,
      hoofdObject: g.hoofdObject,
      bericht: {
        kanaal: g.kanaal,
        hoofdObject: g.hoofdObject,
        resource: g.resource,
        resourceUrl: g.resourceUrl,
        actie: g.actie,
        aanmaakdatum: nu.toISOString(),
        kenmerken: g.kenmerken,
      },
    });
    // Wakes the delivery worker when (and only if) this transaction commits.
    await meldNieuweNotificaties(tx);
  }
}

/** Deletes the audit trail of a main object (hard delete, zrc-023 / drc-008 / brc-009). */
export async function verwijderAuditTrail(tx: Db, hoofdObjectUuid: string): Promise<void> {
  await tx.delete(zgwAudittrail).where(eq(zgwAudittrail.hoofdObjectUuid, hoofdObjectUuid));
}

type AuditRij = typeof zgwAudittrail.$inferSelect;

function auditResource(r: AuditRij): Record<string, unknown> {
  return {
    uuid: r.uuid,
    bron: r.bron,
    applicatieId: r.applicatieId,
    applicatieWeergave: r.applicatieWeergave,
    gebruikersId: r.gebruikersId,
    gebruikersWeergave: r.gebruikersWeergave,
    actie: r.actie,
    actieWeergave: r.actieWeergave,
    resultaat: r.resultaat,
    hoofdObject: r.hoofdObject,
    resource: r.resource,
    resourceUrl: r.resourceUrl,
    toelichting: r.toelichting,
    resourceWeergave: r.resourceWeergave,
    aanmaakdatum: r.aanmaakdatum.toISOString(),
    wijzigingen: r.wijzigingen,
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function nietGevonden(): AppError {
  return AppError.notFound("Niet gevonden.");
}

/** The audit trail rows of one main object, oldest first. */
export async function auditTrailVan(db: Db, hoofdObjectUuid: string): Promise<Record<string, unknown>[]> {
  const rijen = await db
    .select()
    .from(zgwAudittrail)
    .where(eq(zgwAudittrail.hoofdObjectUuid, hoofdObjectUuid))
    .orderBy(asc(zgwAudittrail.aanmaakdatum), asc(zgwAudittrail.volgorde));
  return rijen.map(auditResource);
}

/**
 * Handlers for `GET {hoofd}/{uuid}/audittrail` (a plain array, GUIDE 5.2) and
 * `.../audittrail/{uuid}`. `laadHoofd` checks existence (404) and the consumer's
 * `audittrails.lezen` for the main object's type (403).
 */
export function auditTrailHandlers<P extends Record<string, string>>(opties: {
  hoofdParam: keyof P & string;
  laadHoofd: (ctx: ZgwContext<P>, uuid: string) => Promise<{ url: string }>;
}): { lijst: Handler<P>; detail: Handler<P & { uuid: string }> } {
  const hoofdUuid = (ctx: ZgwContext<P>): string => {
    const uuid = ctx.params[opties.hoofdParam];
    if (typeof uuid !== "string" || !UUID.test(uuid)) throw nietGevonden();
    return uuid.toLowerCase();
  };
  return {
    async lijst(request, ctx) {
      parseQuery(ctx.verzoekUrl, z.object({}));
      const uuid = hoofdUuid(ctx);
      await opties.laadHoofd(ctx, uuid);
      return zgwJson(request, await auditTrailVan(ctx.db, uuid));
    },
    async detail(request, ctx) {
      const uuid = hoofdUuid(ctx);
      await opties.laadHoofd(ctx, uuid);
      const regel = ctx.params.uuid;
      if (!UUID.test(regel)) throw nietGevonden();
      const [rij] = await ctx.db
        .select()
        .from(zgwAudittrail)
        .where(and(eq(zgwAudittrail.hoofdObjectUuid, uuid), eq(zgwAudittrail.uuid, regel.toLowerCase())));
      if (!rij) throw nietGevonden();
      return zgwJson(request, auditResource(rij), { etag: true });
    },
  };
}
