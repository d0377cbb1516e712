/** The historie tab: the audit trails of the zaak, its documents and its besluiten, merged, newest first. */
import { ZgwAuditTrail, ZgwBesluit, ZgwClient, ZgwZaakInformatieobject, type ZgwAuditTrail as Audit } from "@/lib/zgw-client";
import type { MedewerkerContext } from "./context";
import type { HistorieRegel } from "./contract";
import { verseZaak } from "./feiten";

const ACTIES: Record<string, string> = { create: "Aangemaakt", update: "Gewijzigd", partial_update: "Gewijzigd", destroy: "Verwijderd" };

function gewijzigdeVelden(a: Audit): string[] {
  const oud = (a.wijzigingen.oud ?? {}) as Record<string, unknown>;
  const nieuw = (a.wijzigingen.nieuw ?? {}) as Record<string, unknown>;
  if (a.actie === "create" || a.actie === "destroy") return [];
  const velden = new Set([...Object.keys(oud), ...Object.keys(nieuw)]);
  // Names only, never values: values may hold a BSN.
  return [...velden].filter((k) => JSON.stringify(oud[k]) !== JSON.stringify(nieuw[k]) && k !== "url").sort();
}

function regel(a: Audit, bron: HistorieRegel["bron"], object: string): HistorieRegel {
  return {
    uuid: a.uuid,
    aanmaakdatum: a.aanmaakdatum,
    bron,
    object,
    resource: a.resource,
    resourceWeergave: a.resourceWeergave,
    actie: a.actie,
    actieWeergave: a.actieWeergave || ACTIES[a.actie] || a.actie,
    gebruiker: a.gebruikersWeergave || a.gebruikersId || a.applicatieWeergave,
    toelichting: a.toelichting,
    gewijzigd: gewijzigdeVelden(a),
  };
}

export async function zaakHistorie(ctx: MedewerkerContext, uuid: string): Promise<HistorieRegel[]> {
  const vers = await verseZaak(ctx, uuid);
  const zaakUuid = vers.zaak.uuid ?? ZgwClient.uuidUit(vers.zaak.url);
  const [zaakAudit, zios, besluiten] = await Promise.all([
    ctx.zgw.array("zaken", `/zaken/${encodeURIComponent(zaakUuid)}/audittrail`, ZgwAuditTrail),
    ctx.zgw.array("zaken", "/zaakinformatieobjecten", ZgwZaakInformatieobject, { zaak: vers.zaak.url }),
    ctx.zgw.alle("besluiten", "/besluiten", ZgwBesluit, { zaak: vers.zaak.url }),
  ]);
  const documentAudits = await Promise.all(
    zios.map(async (zio) => {
      const id = ZgwClient.uuidUit(zio.informatieobject);
      const audit = await ctx.zgw.array("documenten", `/enkelvoudiginformatieobjecten/${encodeURIComponent(id)}/audittrail`, ZgwAuditTrail).catch(() => []);
      return audit.map((a) => regel(a, "document", zio.titel || a.resourceWeergave));
    }),
  );
  const besluitAudits = await Promise.all(
    besluiten.map(async (b) => {
      const audit = await ctx.zgw.array("besluiten", `/besluiten/${encodeURIComponent(ZgwClient.uuidUit(b.url))}/audittrail`, ZgwAuditTrail).catch(() => []);
      return audit.map((a) => regel(a, "besluit", b.identificatie));
    }),
  );
  return [...zaakAudit.map((a) => regel(a, "zaak", vers.zaak.identificatie)), ...documentAudits.flat(), ...besluitAudits.flat()].sort((a, b) =>
    b.aanmaakdatum.localeCompare(a.aanmaakdatum),
  );
}
