import * as catalogussen from "@/app/catalogi/api/v1/catalogussen/route";
import * as resultaattypen from "@/app/catalogi/api/v1/resultaattypen/route";
import * as statustypen from "@/app/catalogi/api/v1/statustypen/route";
import * as zaaktypePublish from "@/app/catalogi/api/v1/zaaktypen/[uuid]/publish/route";
import * as zaaktypen from "@/app/catalogi/api/v1/zaaktypen/route";
import { catalogusBody, zaaktypeBody } from "../../catalogi/testing/fixtures";
import { TEST_PUBLIC_URL, zgwAanroeper } from "../../testing/zgw-test";

/** Catalogi data for the zaken-kern tests: published zaaktypen with statustypen and resultaattypen. */

export const ZRC = `${TEST_PUBLIC_URL}/zaken/api/v1`;
export const uuidVan = (url: string) => url.split("/").pop()!.split("?")[0]!;
export const SELECTIELIJST_KLASSE = "https://selectielijst.example.nl/api/v1/resultaten/cc5ae4e3-a9e6-4386-bcee-46be4986a829";
export const RESULTAATOMSCHRIJVING = "https://referentielijsten.example.nl/api/v1/resultaattypeomschrijvingen/fb65d251-1518-4185-865f-b8bdcfad07b1";

export interface Zaaktype {
  url: string;
  status1: string;
  status2: string;
  eind: string;
  /** afgehandeld, archiefactietermijn P5Y, vernietigen */
  afgehandeld: string;
  /** termijn P1Y, archiefactietermijn P5Y, blijvend_bewaren */
  termijn: string;
  /** hoofdzaak, P10Y */
  hoofdzaak: string;
}

export async function maakKernCatalogi(beheer: string) {
  const ztc = zgwAanroeper("catalogi");
  const catalogus = (await ztc.roep(catalogussen.POST, "POST", "/catalogussen", { token: beheer, body: catalogusBody("KERN") })).body.url as string;
  let n = 0;
  const zaaktype = async (opties: { publiceer?: boolean; vertrouwelijkheidaanduiding?: string } = {}): Promise<Zaaktype> => {
    n += 1;
    const r = await ztc.roep(zaaktypen.POST, "POST", "/zaaktypen", {
      token: beheer,
      body: zaaktypeBody(catalogus, { identificatie: `KERN-${n}`, vertrouwelijkheidaanduiding: opties.vertrouwelijkheidaanduiding ?? "openbaar" }),
    });
    if (r.response.status !== 201) throw new Error(`zaaktype: ${JSON.stringify(r.body)}`);
    const url = r.body.url as string;
    const st = async (volgnummer: number) =>
      (await ztc.roep(statustypen.POST, "POST", "/statustypen", { token: beheer, body: { omschrijving: `Status ${volgnummer}`, zaaktype: url, volgnummer } })).body.url as string;
    const rt = async (omschrijving: string, extra: Record<string, unknown>) => {
      const a = await ztc.roep(resultaattypen.POST, "POST", "/resultaattypen", {
        token: beheer,
        body: { zaaktype: url, omschrijving, resultaattypeomschrijving: RESULTAATOMSCHRIJVING, selectielijstklasse: SELECTIELIJST_KLASSE, ...extra },
      });
      if (a.response.status !== 201) throw new Error(`resultaattype: ${JSON.stringify(a.body)}`);
      return a.body.url as string;
    };
    const set: Zaaktype = {
      url,
      status1: await st(1),
      status2: await st(2),
      eind: await st(3),
      afgehandeld: await rt("Afgehandeld", { archiefnominatie: "vernietigen", archiefactietermijn: "P5Y", brondatumArchiefprocedure: { afleidingswijze: "afgehandeld" } }),
      termijn: await rt("Termijn", { archiefnominatie: "blijvend_bewaren", archiefactietermijn: "P5Y", brondatumArchiefprocedure: { afleidingswijze: "termijn", procestermijn: "P1Y" } }),
      hoofdzaak: await rt("Hoofdzaak", { archiefnominatie: "vernietigen", archiefactietermijn: "P10Y", brondatumArchiefprocedure: { afleidingswijze: "hoofdzaak" } }),
    };
    if (opties.publiceer !== false) {
      const p = await ztc.roep(zaaktypePublish.POST, "POST", `/zaaktypen/${uuidVan(url)}/publish`, { token: beheer, params: { uuid: uuidVan(url) } });
      if (p.response.status !== 200) throw new Error(`publish: ${JSON.stringify(p.body)}`);
    }
    return set;
  };
  return { catalogus, zaaktype };
}

export function zaakBody(zaaktype: string, extra: Record<string, unknown> = {}) {
  return {
    bronorganisatie: "002220647",
    verantwoordelijkeOrganisatie: "002220647",
    zaaktype,
    startdatum: "2025-03-01",
    omschrijving: "Een zaak",
    ...extra,
  };
}

export const GEO_HEADERS = { "Accept-Crs": "EPSG:4326", "Content-Crs": "EPSG:4326" };
