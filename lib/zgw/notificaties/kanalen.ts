import type { Logger } from "@/lib/log";
import type { Kanaal } from "./nrc";
import type { NrcClient } from "./nrc";

/**
 * The kanalen this app publishes to (GUIDE 6), with the kenmerken subscribers can filter on.
 * `api` is where the main resource lives (its OAS serves as documentation link).
 */
export const KANALEN = [
  { naam: "zaken", api: "/zaken/api/v1", filters: ["bronorganisatie", "zaaktype", "vertrouwelijkheidaanduiding"] },
  { naam: "documenten", api: "/documenten/api/v1", filters: ["bronorganisatie", "informatieobjecttype", "vertrouwelijkheidaanduiding"] },
  { naam: "besluiten", api: "/besluiten/api/v1", filters: ["verantwoordelijke_organisatie", "besluittype"] },
  { naam: "zaaktypen", api: "/catalogi/api/v1", filters: ["catalogus"] },
  { naam: "informatieobjecttypen", api: "/catalogi/api/v1", filters: ["catalogus"] },
  { naam: "besluittypen", api: "/catalogi/api/v1", filters: ["catalogus"] },
  { naam: "autorisaties", api: "/autorisaties/api/v1", filters: [] },
] as const satisfies readonly { naam: string; api: string; filters: readonly string[] }[];

export function kanaalDefinities(publicUrl: string): Kanaal[] {
  return KANALEN.map((k) => ({ naam: k.naam, documentatieLink: `${publicUrl}${k.api}/openapi.yaml`, filters: [...k.filters] }));
}

/**
 * Registers each kanaal that the NRC does not know yet (GET /kanaal?naam=, then POST /kanaal).
 * Idempotent: an existing kanaal is left as it is. Never throws: returns whether all kanalen
 * now exist, so the caller can try again later.
 */
export async function registreerKanalen(nrc: NrcClient, publicUrl: string, log: Logger): Promise<boolean> {
  let allemaal = true;
  for (const kanaal of kanaalDefinities(publicUrl)) {
    try {
      const bestaand = await nrc.zoekKanaal(kanaal.naam);
      if (bestaand.length > 0) continue;
      await nrc.maakKanaal(kanaal);
      log.info({ kanaal: kanaal.naam }, "kanaal geregistreerd bij de Notificaties API");
    } catch (error) {
      allemaal = false;
      log.warn({ kanaal: kanaal.naam, fout: error instanceof Error ? error.message : String(error) }, "kanaal kon niet worden geregistreerd; later opnieuw");
    }
  }
  return allemaal;
}
