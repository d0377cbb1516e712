import { randomUUID } from "node:crypto";
import type { Database } from "@/lib/db";
import * as catalogussen from "@/app/catalogi/api/v1/catalogussen/route";
import * as eigenschappen from "@/app/catalogi/api/v1/eigenschappen/route";
import * as iotPublish from "@/app/catalogi/api/v1/informatieobjecttypen/[uuid]/publish/route";
import * as iots from "@/app/catalogi/api/v1/informatieobjecttypen/route";
import * as roltypen from "@/app/catalogi/api/v1/roltypen/route";
import * as statustypen from "@/app/catalogi/api/v1/statustypen/route";
import * as zaakobjecttypen from "@/app/catalogi/api/v1/zaakobjecttypen/route";
import * as ziots from "@/app/catalogi/api/v1/zaaktype-informatieobjecttypen/route";
import * as zaaktypen from "@/app/catalogi/api/v1/zaaktypen/route";
import { zrcZaak } from "@/lib/zgw/zaken/schema";
import { catalogusBody, informatieobjecttypeBody, zaaktypeBody } from "../../../catalogi/testing/fixtures";
import { rang } from "../../../vertrouwelijkheid";
import { TEST_PUBLIC_URL, zgwAanroeper } from "../../../testing/zgw-test";

/** Catalogi data and zaken for the relation tests. Zaken are inserted directly (the zaken-kern routes are another helper's). */

export const ZRC = `${TEST_PUBLIC_URL}/zaken/api/v1`;
export const uuidVan = (url: string) => url.split("/").pop()!.split("?")[0]!;

export interface ZaaktypeSet {
  url: string;
  uuid: string;
  initiator: string;
  behandelaar: string;
  eigenschap: string;
  zaakobjecttype: string;
}

export async function maakCatalogi(beheer: string) {
  const ztc = zgwAanroeper("catalogi");
  const catalogus = (await ztc.roep(catalogussen.POST, "POST", "/catalogussen", { token: beheer, body: catalogusBody("REL") })).body.url as string;
  const iot = async (omschrijving: string) => {
    const url = (await ztc.roep(iots.POST, "POST", "/informatieobjecttypen", { token: beheer, body: informatieobjecttypeBody(catalogus, omschrijving) })).body.url as string;
    await ztc.roep(iotPublish.POST, "POST", `/informatieobjecttypen/${uuidVan(url)}/publish`, { token: beheer, params: { uuid: uuidVan(url) } });
    return url;
  };
  const iotAanvraag = await iot("Aanvraag");
  const iotAnders = await iot("Anders");

  let n = 0;
  const zaaktype = async (): Promise<ZaaktypeSet> => {
    n += 1;
    const url = (await ztc.roep(zaaktypen.POST, "POST", "/zaaktypen", { token: beheer, body: zaaktypeBody(catalogus, { identificatie: `REL-${n}` }) })).body.url as string;
    const rol = async (omschrijving: string, omschrijvingGeneriek: string) =>
      (await ztc.roep(roltypen.POST, "POST", "/roltypen", { token: beheer, body: { zaaktype: url, omschrijving, omschrijvingGeneriek } })).body.url as string;
    const statustype = (
      await ztc.roep(statustypen.POST, "POST", "/statustypen", { token: beheer, body: { omschrijving: "Ontvangen", zaaktype: url, volgnummer: 1 } })
    ).body.url as string;
    const eigenschap = (
      await ztc.roep(eigenschappen.POST, "POST", "/eigenschappen", {
        token: beheer,
        body: { naam: "Kenteken", definitie: "Kenteken", specificatie: { formaat: "tekst", lengte: "8", kardinaliteit: "1" }, zaaktype: url, statustype },
      })
    ).body.url as string;
    const zaakobjecttype = (
      await ztc.roep(zaakobjecttypen.POST, "POST", "/zaakobjecttypen", {
        token: beheer,
        body: { anderObjecttype: false, beginGeldigheid: "2025-01-01", objecttype: "https://objecttypen.example.nl/api/v2/objecttypes/1", relatieOmschrijving: "Betreft", zaaktype: url, catalogus },
      })
    ).body.url as string;
    return { url, uuid: uuidVan(url), initiator: await rol("Aanvrager", "initiator"), behandelaar: await rol("Behandelaar", "behandelaar"), eigenschap, zaakobjecttype };
  };
  const a = await zaaktype();
  const b = await zaaktype();
  const ziot = await ztc.roep(ziots.POST, "POST", "/zaaktype-informatieobjecttypen", {
    token: beheer,
    body: { zaaktype: a.url, informatieobjecttype: "Aanvraag", volgnummer: 1, richting: "inkomend" },
  });
  if (ziot.response.status !== 201) throw new Error(`ZIOT: ${JSON.stringify(ziot.body)}`);
  return { catalogus, iotAanvraag, iotAnders, a, b };
}

let volgnummer = 0;

/** A zaak row of this zaaktype (zaken-kern's table), returned as its URL and uuid. */
export async function maakZaak(
  db: Database,
  zaaktype: { url: string; uuid: string },
  opties: { vertrouwelijkheidaanduiding?: string; einddatum?: string; archiefstatus?: string } = {},
): Promise<{ uuid: string; url: string }> {
  volgnummer += 1;
  const uuid = randomUUID();
  const va = opties.vertrouwelijkheidaanduiding ?? "openbaar";
  await db.insert(zrcZaak).values({
    uuid,
    zaaktypeUrl: zaaktype.url,
    zaaktypeUuid: zaaktype.uuid,
    identificatie: `ZAAK-REL-${volgnummer}-${uuid.slice(0, 6)}`,
    bronorganisatie: "002220647",
    vertrouwelijkheidaanduiding: va,
    vertrouwelijkheid: rang(va),
    registratiedatum: "2025-03-01",
    startdatum: "2025-03-01",
    einddatum: opties.einddatum ?? null,
    archiefstatus: opties.archiefstatus ?? "nog_te_archiveren",
    gegevens: {},
  });
  return { uuid, url: `${ZRC}/zaken/${uuid}` };
}
