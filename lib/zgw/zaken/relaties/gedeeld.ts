import { AppError } from "@/lib/errors";
import type { Database, Transaction } from "@/lib/db";
import { getLogger } from "@/lib/log";
import { validatieFout, zgwFout } from "../../fouten";
import { registreerGebeurtenis, type Actie } from "../../gebeurtenissen";
import { apiRoot, type ZgwContext } from "../../route";
import { parseScopeExpressie, type ObjectKenmerken } from "../../scopes";
import { lokaleUuid, zgwExternVerzoek } from "../../verwijzingen";
import { zaakVoorRelatie, type ZaakVoorRelatie } from "../relatie";
import { zrcZaak } from "../schema";

export type Db = Database | Transaction;
export type Handler<P> = (request: Request, ctx: ZgwContext<P>) => Promise<Response>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (v: unknown): v is string => typeof v === "string" && UUID.test(v);

export const ZAKEN_LEZEN = parseScopeExpressie("zaken.lezen");
const GEFORCEERD_BIJWERKEN = parseScopeExpressie("zaken.geforceerd-bijwerken");

/** The zaak columns a relation needs, for joins (same shape as zaakVoorRelatie). */
export const ZAAK_KOLOMMEN = {
  uuid: zrcZaak.uuid,
  zaaktypeUrl: zrcZaak.zaaktypeUrl,
  zaaktypeUuid: zrcZaak.zaaktypeUuid,
  identificatie: zrcZaak.identificatie,
  bronorganisatie: zrcZaak.bronorganisatie,
  vertrouwelijkheidaanduiding: zrcZaak.vertrouwelijkheidaanduiding,
  startdatum: zrcZaak.startdatum,
  einddatum: zrcZaak.einddatum,
  archiefstatus: zrcZaak.archiefstatus,
  hoofdzaakUuid: zrcZaak.hoofdzaakUuid,
};

export function metUrl(z: Omit<ZaakVoorRelatie, "url">): ZaakVoorRelatie {
  return { ...z, url: `${apiRoot("zaken")}/zaken/${z.uuid}` };
}

export function kenmerkenVan(zaak: ZaakVoorRelatie): ObjectKenmerken {
  return { type: zaak.zaaktypeUrl, vertrouwelijkheidaanduiding: zaak.vertrouwelijkheidaanduiding };
}

/** zrc-006 on lists: the WHERE condition on the joined zrc_zaak, so paging and counts only see what the consumer may see. */
export function zaakLijstFilter(ctx: ZgwContext<unknown>) {
  return ctx.auth.lijstFilter(ZAKEN_LEZEN, { type: zrcZaak.zaaktypeUrl, vertrouwelijkheidaanduiding: zrcZaak.vertrouwelijkheidaanduiding });
}

export function nietGevonden(wat: string): AppError {
  return zgwFout("not_found", "not_found", `Deze ${wat} bestaat niet.`);
}

/**
 * zrc-006 on one object: reading needs zaken.lezen for the zaak's zaaktype and
 * vertrouwelijkheid (also for HEAD, which the OAS leaves without a security block; Open Zaak
 * protects it the same way).
 */
export function vereisLezen(ctx: ZgwContext<unknown>, zaak: ZaakVoorRelatie): void {
  ctx.auth.vereis(ZAKEN_LEZEN, kenmerkenVan(zaak));
}

/**
 * zrc-006 and zrc-007 for a write on a relation of this zaak: the operation's scope for its
 * zaaktype/vertrouwelijkheid; a closed zaak only with zaken.geforceerd-bijwerken; nothing on
 * an archived zaak (Open Zaak's `zaak-archiefstatus-invalid`).
 */
export function vereisSchrijven(ctx: ZgwContext<unknown>, zaak: ZaakVoorRelatie): void {
  ctx.auth.vereis(ctx.operatie.scopes, kenmerkenVan(zaak));
  if (zaak.einddatum !== null && !ctx.auth.mag(GEFORCEERD_BIJWERKEN, kenmerkenVan(zaak))) {
    throw new AppError("permission_denied", {
      detail: "Deze zaak is afgesloten; de gegevens ervan wijzigen kan alleen met de scope zaken.geforceerd-bijwerken.",
      extensions: { code: "permission_denied", scopes: "zaken.geforceerd-bijwerken" },
    });
  }
  if (zaak.archiefstatus !== "nog_te_archiveren") {
    throw validatieFout([
      { name: "nonFieldErrors", code: "zaak-archiefstatus-invalid", reason: "De archiefstatus van de zaak staat dit niet toe; die moet nog_te_archiveren zijn." },
    ]);
  }
}

/** The local zaak a body's `zaak` URL names (relations only exist on zaken of this API). */
export async function zaakUitUrl(db: Db, url: string, veld = "zaak"): Promise<ZaakVoorRelatie> {
  const uuid = lokaleUuid(url, "zaken", "zaken");
  const zaak = uuid ? await zaakVoorRelatie(db, uuid) : null;
  if (!zaak) {
    throw validatieFout([{ name: veld, code: uuid ? "does-not-exist" : "bad-url", reason: `De URL ${url} verwijst niet naar een zaak van deze Zaken API.` }]);
  }
  return zaak;
}

/** The zaak of a nested path (`/zaken/{zaak_uuid}/...`): 404 when it does not exist. */
export async function zaakUitPad(db: Db, uuid: string): Promise<ZaakVoorRelatie> {
  const zaak = isUuid(uuid) ? await zaakVoorRelatie(db, uuid.toLowerCase()) : null;
  if (!zaak) throw nietGevonden("zaak");
  return zaak;
}

/** Whether a zaaktype URL (of a roltype, eigenschap, ...) is the zaak's zaaktype (zrc-018/019). */
export function zelfdeZaaktype(zaak: ZaakVoorRelatie, zaaktype: unknown): boolean {
  if (typeof zaaktype !== "string") return false;
  if (zaaktype === zaak.zaaktypeUrl) return true;
  const uuid = lokaleUuid(zaaktype, "catalogi", "zaaktypen");
  return uuid !== null && zaak.zaaktypeUuid !== null && uuid === zaak.zaaktypeUuid.toLowerCase();
}

export function zaaktypeMismatch(veld: string, wat: string): AppError {
  return validatieFout([{ name: "nonFieldErrors", code: "zaaktype-mismatch", reason: `Het ${wat} (${veld}) hoort niet bij het zaaktype van de zaak.` }]);
}

/** 400 `wijzigen-niet-toegelaten` when an immutable member is sent with another value. */
export function onveranderlijk(velden: Array<[string, unknown, unknown]>): void {
  const fouten = velden
    .filter(([, nieuw, oud]) => nieuw !== undefined && nieuw !== oud)
    .map(([naam]) => ({ name: naam, code: "wijzigen-niet-toegelaten", reason: "Dit veld mag niet gewijzigd worden." }));
  if (fouten.length > 0) throw validatieFout(fouten);
}

/** Records a write on a relation in the zaak's audit trail and (per GUIDE 6) the notification outbox. */
export function gebeurtenis(
  tx: Db,
  ctx: ZgwContext<unknown>,
  request: Request,
  zaak: ZaakVoorRelatie,
  g: { resource: string; resourceUrl: string; actie: Actie; resultaat: number; oud: unknown; nieuw: unknown; notificeren: boolean },
): Promise<void> {
  return registreerGebeurtenis(tx, ctx, request, {
    kanaal: "zaken",
    hoofdObject: zaak.url,
    hoofdObjectUuid: zaak.uuid,
    resource: g.resource,
    resourceUrl: g.resourceUrl,
    resourceWeergave: g.resourceUrl,
    actie: g.actie,
    resultaat: g.resultaat,
    oud: g.oud,
    nieuw: g.nieuw,
    kenmerken: { bronorganisatie: zaak.bronorganisatie, zaaktype: zaak.zaaktypeUrl, vertrouwelijkheidaanduiding: zaak.vertrouwelijkheidaanduiding },
    notificeren: g.notificeren,
  });
}

export const iso = (d: Date | null): string | null => (d === null ? null : d.toISOString());

/** The API root of an external resource URL: everything before `/<collectie>/`. */
export function externeRoot(url: string, collectie: string): string | null {
  // The last occurrence: the API's own mount path may contain the same word (/contactmomenten/api/v1/contactmomenten/...).
  const i = url.lastIndexOf(`/${collectie}/`);
  return i > 0 ? url.slice(0, i) : null;
}

/**
 * Creates the mirror of a relation in another API (zrc-005 objectinformatieobjecten, zrc-024
 * objectverzoeken, zrc-025 objectcontactmomenten) and returns its URL. The other API checks
 * that our side exists, so our row is committed before this call. Failure: 400
 * `pending-relations` on `veld` (the caller removes its row).
 */
export async function maakExterneRelatie(db: Db, doelUrl: string, body: Record<string, unknown>, veld: string): Promise<string | null> {
  let antwoord: Response;
  try {
    antwoord = await zgwExternVerzoek(db, doelUrl, { method: "POST", body });
  } catch (error) {
    getLogger().warn({ url: doelUrl, err: error }, "externe relatie niet aangemaakt");
    throw pendingRelations(veld, `${doelUrl} is niet bereikbaar.`);
  }
  if (antwoord.status !== 201 && antwoord.status !== 200) {
    throw pendingRelations(veld, `${doelUrl} antwoordde HTTP ${antwoord.status}.`);
  }
  const json = (await antwoord.json().catch(() => ({}))) as { url?: unknown };
  return typeof json.url === "string" ? json.url : null;
}

/** Deletes a mirrored relation; false when that failed (the caller restores its row). */
export async function verwijderExterneRelatie(db: Db, url: string): Promise<boolean> {
  try {
    const antwoord = await zgwExternVerzoek(db, url, { method: "DELETE" });
    // Already gone counts as deleted.
    return antwoord.status === 204 || antwoord.status === 200 || antwoord.status === 404;
  } catch (error) {
    getLogger().warn({ url, err: error }, "externe relatie niet verwijderd");
    return false;
  }
}

export function pendingRelations(veld: string, reden: string): AppError {
  return validatieFout([{ name: veld, code: "pending-relations", reason: `De relatie kon niet gespiegeld worden: ${reden}` }]);
}
