/**
 * From ZGW data to the policy's input facts, and the questions the proxy asks the policy.
 * Every yes/no comes from lib/policy; this module only gathers the facts.
 */
import { AppError } from "@/lib/errors";
import {
  assertRecht,
  documentInvoer,
  documentRechten,
  gebruikerInvoer,
  notitieRechten,
  overigeRechten,
  taakInvoer,
  taakRechten,
  werklijstRechten,
  zaakInvoer,
  zaakRechten,
  type DocumentFeiten,
  type DocumentRechten,
  type TaakFeiten,
  type TaakRechten,
  type ZaakFeiten,
  type ZaakRechten,
} from "@/lib/policy";
import { ZgwStatus, ZgwZaak, type ZgwDocument, type ZgwStatustype, type ZgwZaaktype } from "@/lib/zgw-client";
import { alleZaaktypen, eindStatustype, statustypen, zaaktypeVan } from "./catalogus";
import type { MedewerkerContext } from "./context";

/** Facts of a zaak: `statussen` in the order they were set (oldest first). */
export function zaakFeiten(zaak: ZgwZaak, zaaktype: ZgwZaaktype, typen: readonly ZgwStatustype[], statussen: readonly ZgwStatus[]): ZaakFeiten {
  const eind = eindStatustype(typen);
  const eerste = typen[0];
  const huidig = zaak.status ? statussen.find((s) => s.url === zaak.status) ?? statussen[statussen.length - 1] : undefined;
  const huidigType = huidig ? typen.find((t) => t.url === huidig.statustype) : undefined;
  const open = !zaak.einddatum;
  return {
    open,
    zaaktype: zaaktype.omschrijving,
    opgeschort: zaak.opschorting.indicatie,
    verlengd: !!zaak.verlenging?.duur,
    // Intake: no status yet, or still the first status of the zaaktype.
    intake: !huidigType || (eerste !== undefined && huidigType.url === eerste.url),
    besloten: zaaktype.besluittypen.length > 0,
    // Reopened: open now, but an end status was set before.
    heropend: open && !!eind && statussen.some((s) => s.statustype === eind.url),
    brondatumBepaald: !!zaak.startdatumBewaartermijn,
    vertrouwelijkheidaanduiding: zaak.vertrouwelijkheidaanduiding || "openbaar",
  };
}

export interface VerseZaak {
  zaak: ZgwZaak;
  zaaktype: ZgwZaaktype;
  statustypen: ZgwStatustype[];
  statussen: ZgwStatus[];
  feiten: ZaakFeiten;
  rechten: ZaakRechten;
}

/** Statussen of a zaak, oldest first. */
export async function statussenVan(ctx: MedewerkerContext, zaakUrl: string): Promise<ZgwStatus[]> {
  const lijst = await ctx.zgw.alle("zaken", "/statussen", ZgwStatus, { zaak: zaakUrl });
  return lijst.sort((a, b) => a.datumStatusGezet.localeCompare(b.datumStatusGezet));
}

/**
 * The zaak as it is now (fresh from the Zaken API), its facts and the user's rights on it.
 * 404 when it does not exist; 403 when the user may not read it (before anything else is
 * loaded or returned).
 */
export async function verseZaak(ctx: MedewerkerContext, uuid: string): Promise<VerseZaak> {
  const zaak = await ctx.zgw.haalOfNull({ api: "zaken", pad: `/zaken/${encodeURIComponent(uuid)}` }, ZgwZaak);
  if (!zaak) throw AppError.notFound("Deze zaak bestaat niet.");
  return verseZaakVan(ctx, zaak);
}

export async function verseZaakVan(ctx: MedewerkerContext, zaak: ZgwZaak): Promise<VerseZaak> {
  const [zaaktype, statussen] = await Promise.all([zaaktypeVan(ctx.zgw, zaak.zaaktype), statussenVan(ctx, zaak.url)]);
  const typen = await statustypen(ctx.zgw, zaaktype.url);
  const feiten = zaakFeiten(zaak, zaaktype, typen, statussen);
  const rechten = zaakRechten(zaakInvoer(ctx.policy, feiten, ctx.opties));
  // A read-denial names nothing of the zaak (not even its identificatie): the user may not know it.
  if (!rechten.lezen) throw geenLeestoegang("zaak.lezen", "Je hebt geen toegang tot deze zaak.");
  return { zaak, zaaktype, statustypen: typen, statussen, feiten, rechten };
}

/** 403 for an object the user may not read: a generic detail that reveals nothing about it. */
export function geenLeestoegang(recht: "zaak.lezen" | "document.lezen" | "taak.lezen", detail: string): AppError {
  return new AppError("permission_denied", { detail, extensions: { recht } });
}

/** A fresh zaak on which the user must have `recht` (403 problem+json otherwise, nothing changed). */
export async function zaakMetRecht(ctx: MedewerkerContext, uuid: string, recht: keyof ZaakRechten): Promise<VerseZaak> {
  const vers = await verseZaak(ctx, uuid);
  assertRecht(vers.rechten, `zaak.${recht}`, `zaak ${vers.zaak.identificatie}`);
  return vers;
}

/** The facts of a document: its zaak decides zaaktype and zaakOpen; the lock holder comes from our own table. */
export function documentFeiten(
  document: ZgwDocument,
  zaak: { zaaktype: string; open: boolean } | null,
  vergrendeldDoor: string | null,
): DocumentFeiten {
  return {
    definitief: document.status === "definitief" || document.status === "gearchiveerd",
    vergrendeld: document.locked,
    // Locked outside this app (no row of ours): locked by "someone else".
    vergrendeldDoor: document.locked ? (vergrendeldDoor ?? "(onbekend)") : null,
    ondertekend: !!document.ondertekening,
    zaaktype: zaak?.zaaktype ?? null,
    zaakOpen: zaak?.open ?? false,
  };
}

export function documentRechtenVoor(ctx: MedewerkerContext, feiten: DocumentFeiten): DocumentRechten {
  return documentRechten(documentInvoer(ctx.policy, feiten, ctx.opties));
}

export function taakRechtenVoor(ctx: MedewerkerContext, feiten: TaakFeiten): TaakRechten {
  return taakRechten(taakInvoer(ctx.policy, feiten, ctx.opties));
}

export function werklijstRechtenVoor(ctx: MedewerkerContext) {
  return werklijstRechten(gebruikerInvoer(ctx.policy, ctx.opties));
}

export function notitieRechtenVoor(ctx: MedewerkerContext) {
  return notitieRechten(gebruikerInvoer(ctx.policy, ctx.opties));
}

export function overigeRechtenVoor(ctx: MedewerkerContext) {
  return overigeRechten(gebruikerInvoer(ctx.policy, ctx.opties));
}

/** The question "may this user read / start a zaak of zaaktype X" (state does not matter for these). */
export function standaardFeiten(zaaktype: string, besloten = false): ZaakFeiten {
  return {
    open: true,
    zaaktype,
    opgeschort: false,
    verlengd: false,
    intake: false,
    besloten,
    heropend: false,
    brondatumBepaald: false,
    vertrouwelijkheidaanduiding: "openbaar",
  };
}

export function magZaaktypeLezen(ctx: MedewerkerContext, omschrijving: string): boolean {
  return zaakRechten(zaakInvoer(ctx.policy, standaardFeiten(omschrijving), ctx.opties)).lezen;
}

/**
 * The zaaktypen whose zaken the user may read (decided by the policy per zaaktype
 * omschrijving), with the URLs of all their versions: the werklijst filter goes into the
 * Zaken API query as `zaaktype__in`.
 */
export async function leesbareZaaktypen(ctx: MedewerkerContext): Promise<{ omschrijvingen: string[]; urls: string[]; perUrl: Map<string, ZgwZaaktype> }> {
  const alle = await alleZaaktypen(ctx.zgw);
  const oordeel = new Map<string, boolean>();
  const urls: string[] = [];
  const perUrl = new Map<string, ZgwZaaktype>();
  for (const zt of alle) {
    perUrl.set(zt.url, zt);
    let mag = oordeel.get(zt.omschrijving);
    if (mag === undefined) {
      mag = magZaaktypeLezen(ctx, zt.omschrijving);
      oordeel.set(zt.omschrijving, mag);
    }
    if (mag) urls.push(zt.url);
  }
  const omschrijvingen = [...oordeel].filter(([, mag]) => mag).map(([o]) => o).sort((a, b) => a.localeCompare(b, "nl"));
  return { omschrijvingen, urls, perUrl };
}
