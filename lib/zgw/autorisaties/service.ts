import { randomUUID } from "node:crypto";
import { z } from "zod";
import { invalidParamsFromZod, type InvalidParam } from "@/lib/errors";
import type { Database, Transaction } from "@/lib/db";
import { validatieFout, zgwFout } from "../fouten";
import { COMPONENTEN } from "../scopes";
import { VERTROUWELIJKHEIDAANDUIDINGEN } from "../vertrouwelijkheid";
import {
  applicatieVoorClientId,
  bewaarApplicatie,
  clientIdsInGebruik,
  zoekApplicatie,
  type ApplicatieGegevens,
  type AutorisatieGegevens,
} from "./opslag";

/** `componentWeergave` (read-only): the OAS's explanation of each value. */
export const COMPONENT_WEERGAVE = {
  ac: "Autorisatiecomponent",
  nrc: "Notificatierouteringcomponent",
  zrc: "Zaakregistratiecomponent",
  ztc: "Zaaktypecatalogus",
  drc: "Documentregistratiecomponent",
  brc: "Besluitregistratiecomponent",
} as const;

// Input schemas follow components/schemas of autorisaties-1.0.0.yaml. Read-only members
// (url, componentWeergave) are ignored on input, as DRF does; unknown members too.
const leegIsAfwezig = (v: unknown) => (v === "" ? undefined : v);
const typeUrl = z.preprocess(leegIsAfwezig, z.url({ protocol: /^https?$/ }).max(1000).optional());

const AutorisatieInvoer = z.object({
  component: z.enum(COMPONENTEN),
  scopes: z.array(z.string().min(1).max(100)),
  zaaktype: typeUrl,
  informatieobjecttype: typeUrl,
  besluittype: typeUrl,
  maxVertrouwelijkheidaanduiding: z.enum(VERTROUWELIJKHEIDAANDUIDINGEN).optional(),
});

export const ApplicatieInvoer = z.object({
  clientIds: z.array(z.string().min(1).max(50)),
  label: z.string().min(1).max(100),
  heeftAlleAutorisaties: z.boolean().optional(),
  autorisaties: z.array(AutorisatieInvoer).optional(),
});
export type ApplicatieInvoer = z.output<typeof ApplicatieInvoer>;

export const ApplicatieWijziging = ApplicatieInvoer.partial();

/** The polymorphic serializer keeps only the fields of the autorisatie's component. */
function naarAutorisatie(a: z.output<typeof AutorisatieInvoer>): AutorisatieGegevens {
  return {
    component: a.component,
    scopes: a.scopes,
    zaaktype: a.component === "zrc" ? (a.zaaktype ?? null) : null,
    informatieobjecttype: a.component === "drc" ? (a.informatieobjecttype ?? null) : null,
    besluittype: a.component === "brc" ? (a.besluittype ?? null) : null,
    maxVertrouwelijkheidaanduiding: a.component === "zrc" || a.component === "drc" ? (a.maxVertrouwelijkheidaanduiding ?? null) : null,
  };
}

/** ac-003: which fields a typed autorisatie needs when it carries that API's scopes. */
const VERPLICHT_BIJ_SCOPES = {
  zrc: { prefix: "zaken.", velden: ["zaaktype", "maxVertrouwelijkheidaanduiding"] },
  drc: { prefix: "documenten.", velden: ["informatieobjecttype", "maxVertrouwelijkheidaanduiding"] },
  brc: { prefix: "besluiten.", velden: ["besluittype"] },
} as const;

/** ac-002 and ac-003 on the resulting applicatie. */
export function controleerRegels(applicatie: Pick<ApplicatieGegevens, "heeftAlleAutorisaties" | "autorisaties">): InvalidParam[] {
  const fouten: InvalidParam[] = [];
  if (applicatie.heeftAlleAutorisaties && applicatie.autorisaties.length > 0) {
    fouten.push({
      name: "nonFieldErrors",
      code: "ambiguous-authorizations-specified",
      reason: "Met heeftAlleAutorisaties=true mogen er geen autorisaties opgegeven worden.",
    });
  }
  if (!applicatie.heeftAlleAutorisaties && applicatie.autorisaties.length === 0) {
    fouten.push({
      name: "nonFieldErrors",
      code: "missing-authorizations",
      reason: "Geef autorisaties op, of zet heeftAlleAutorisaties op true.",
    });
  }
  applicatie.autorisaties.forEach((a, index) => {
    const eis = VERPLICHT_BIJ_SCOPES[a.component as keyof typeof VERPLICHT_BIJ_SCOPES];
    if (!eis || !a.scopes.some((s) => s.startsWith(eis.prefix))) return;
    for (const veld of eis.velden) {
      if (!a[veld]) {
        fouten.push({
          name: `autorisaties.${index}.${veld}`,
          code: "required",
          reason: `Dit veld is verplicht bij component ${a.component} met ${eis.prefix}*-scopes.`,
        });
      }
    }
  });
  return fouten;
}

async function controleerClientIds(db: Database | Transaction, clientIds: string[], eigenUuid?: string): Promise<void> {
  const dubbel = clientIds.filter((c, i) => clientIds.indexOf(c) !== i);
  if (dubbel.length > 0) {
    throw validatieFout([{ name: "clientIds", code: "unique", reason: `Dubbele client ids: ${[...new Set(dubbel)].join(", ")}` }]);
  }
  const bezet = await clientIdsInGebruik(db, clientIds, eigenUuid);
  if (bezet.length > 0) throw clientIdBestaat(bezet);
}

function clientIdBestaat(bezet: { clientId: string; applicatieUuid: string }[]) {
  const reden =
    `De client id(s) ${bezet.map((b) => b.clientId).join(", ")} worden al gebruikt door applicatie(s) ` +
    [...new Set(bezet.map((b) => b.applicatieUuid))].join(", ");
  return validatieFout([{ name: "clientIds", code: "clientId-exists", reason: reden }]);
}

function parse<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const resultaat = schema.safeParse(body);
  if (!resultaat.success) throw validatieFout(invalidParamsFromZod(resultaat.error));
  return resultaat.data;
}

function isUniekFout(error: unknown): boolean {
  for (let e: unknown = error, i = 0; e && i < 4; e = (e as { cause?: unknown }).cause, i++) {
    if ((e as { code?: unknown }).code === "23505") return true;
  }
  return false;
}

/**
 * Validates and stores. The ac-001 check runs in the transaction; a concurrent request that
 * claims the same client id in between loses on the primary key and gets the same 400.
 */
/** Runs in the write's transaction after the applicatie is stored (the notification). */
export type NaOpslaan = (tx: Transaction, applicatie: ApplicatieGegevens) => Promise<void>;

async function bewaar(db: Database, applicatie: ApplicatieGegevens, naOpslaan?: NaOpslaan): Promise<ApplicatieGegevens> {
  const regels = controleerRegels(applicatie);
  if (regels.length > 0) throw validatieFout(regels);
  try {
    await db.transaction(async (tx) => {
      await controleerClientIds(tx, applicatie.clientIds, applicatie.uuid);
      await bewaarApplicatie(tx, applicatie);
      await naOpslaan?.(tx, applicatie);
    });
  } catch (error) {
    if (isUniekFout(error)) throw clientIdBestaat(await clientIdsInGebruik(db, applicatie.clientIds, applicatie.uuid));
    throw error;
  }
  return applicatie;
}

export async function maakApplicatie(db: Database, body: unknown, naOpslaan?: NaOpslaan): Promise<ApplicatieGegevens> {
  const invoer = parse(ApplicatieInvoer, body);
  return bewaar(db, {
    uuid: randomUUID(),
    clientIds: invoer.clientIds,
    label: invoer.label,
    heeftAlleAutorisaties: invoer.heeftAlleAutorisaties ?? false,
    autorisaties: (invoer.autorisaties ?? []).map(naarAutorisatie),
  }, naOpslaan);
}

/** PUT (volledig) or PATCH: nested autorisaties and clientIds are replaced as a whole when given. */
export async function werkApplicatieBij(
  db: Database,
  uuid: string,
  body: unknown,
  gedeeltelijk: boolean,
  naOpslaan?: NaOpslaan,
): Promise<ApplicatieGegevens | null> {
  const bestaand = await zoekApplicatie(db, uuid);
  if (!bestaand) return null;
  const invoer = gedeeltelijk ? parse(ApplicatieWijziging, body) : parse(ApplicatieInvoer, body);
  return bewaar(db, {
    uuid,
    clientIds: invoer.clientIds ?? bestaand.clientIds,
    label: invoer.label ?? bestaand.label,
    heeftAlleAutorisaties: invoer.heeftAlleAutorisaties ?? (gedeeltelijk ? bestaand.heeftAlleAutorisaties : false),
    autorisaties: invoer.autorisaties ? invoer.autorisaties.map(naarAutorisatie) : gedeeltelijk ? bestaand.autorisaties : [],
  }, naOpslaan);
}

/** The consumer endpoint: the applicatie of one client id, as a list (the OAS's response shape). */
export async function applicatiesVoorConsumer(db: Database, clientId: string): Promise<ApplicatieGegevens[]> {
  const applicatie = await applicatieVoorClientId(db, clientId);
  if (!applicatie) throw zgwFout("not_found", "not_found", `Er is geen applicatie met client id ${clientId}.`);
  return [applicatie];
}

/** The `Applicatie` resource as the OAS describes it. */
export function applicatieResource(applicatie: ApplicatieGegevens, apiRoot: string) {
  return {
    url: `${apiRoot}/applicaties/${applicatie.uuid}`,
    clientIds: applicatie.clientIds,
    label: applicatie.label,
    heeftAlleAutorisaties: applicatie.heeftAlleAutorisaties,
    autorisaties: applicatie.autorisaties.map((a) => ({
      component: a.component,
      componentWeergave: COMPONENT_WEERGAVE[a.component],
      scopes: a.scopes,
      ...(a.component === "zrc" && a.zaaktype ? { zaaktype: a.zaaktype } : {}),
      ...(a.component === "drc" && a.informatieobjecttype ? { informatieobjecttype: a.informatieobjecttype } : {}),
      ...(a.component === "brc" && a.besluittype ? { besluittype: a.besluittype } : {}),
      ...((a.component === "zrc" || a.component === "drc") && a.maxVertrouwelijkheidaanduiding
        ? { maxVertrouwelijkheidaanduiding: a.maxVertrouwelijkheidaanduiding }
        : {}),
    })),
  };
}
