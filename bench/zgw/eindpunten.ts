import type pg from "pg";

/**
 * The measured requests (Open Zaak's technical and functional scenarios). Detail requests
 * rotate over many objects so the figures are not those of one cached row.
 */

export interface BenchContext {
  token: string;
  publicUrl: string;
  zaken: string[];
  zaaktypen: string[];
  documenten: string[];
  betrokkenen: string[];
  /** Open zaken with a non-end statustype of their zaaktype (for POST status). */
  openZaken: { zaak: string; statustype: string }[];
  informatieobjecttype: string;
  /** Square areas in the Netherlands for _zoek on zaakgeometrie. */
  gebieden: number[][][][];
  inhoud100kB: string;
  teller: number;
}

export interface Verzoek {
  method: "GET" | "POST";
  pad: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface Eindpunt {
  naam: string;
  soort: "lijst" | "detail" | "aanmaken";
  verzoek(ctx: BenchContext): Verzoek;
}

const CRS = { "Accept-Crs": "EPSG:4326", "Content-Crs": "EPSG:4326" };
const Z = "/zaken/api/v1";
const D = "/documenten/api/v1";
const RSIN = "002220647";

function volgende<T>(ctx: BenchContext, lijst: T[]): T {
  ctx.teller = (ctx.teller + 1) % 1_000_000_007;
  return lijst[ctx.teller % lijst.length]!;
}

function vandaag(): string {
  return new Date().toISOString().slice(0, 10);
}

export const EINDPUNTEN: Eindpunt[] = [
  { naam: "zaken-lijst", soort: "lijst", verzoek: () => ({ method: "GET", pad: `${Z}/zaken`, headers: CRS }) },
  {
    naam: "zaken-lijst-zaaktype",
    soort: "lijst",
    verzoek: (ctx) => ({ method: "GET", pad: `${Z}/zaken?zaaktype=${encodeURIComponent(volgende(ctx, ctx.zaaktypen))}`, headers: CRS }),
  },
  { naam: "zaak-detail", soort: "detail", verzoek: (ctx) => ({ method: "GET", pad: `${Z}/zaken/${volgende(ctx, ctx.zaken)}`, headers: CRS }) },
  {
    naam: "zaak-aanmaken",
    soort: "aanmaken",
    verzoek: (ctx) => ({
      method: "POST",
      pad: `${Z}/zaken`,
      headers: CRS,
      body: JSON.stringify({
        bronorganisatie: RSIN,
        verantwoordelijkeOrganisatie: RSIN,
        zaaktype: volgende(ctx, ctx.zaaktypen),
        startdatum: vandaag(),
        omschrijving: "Prestatietest: nieuwe zaak",
      }),
    }),
  },
  {
    naam: "status-aanmaken",
    soort: "aanmaken",
    verzoek: (ctx) => {
      const z = volgende(ctx, ctx.openZaken);
      return {
        method: "POST",
        pad: `${Z}/statussen`,
        body: JSON.stringify({ zaak: z.zaak, statustype: z.statustype, datumStatusGezet: new Date().toISOString(), statustoelichting: "Prestatietest" }),
      };
    },
  },
  {
    naam: "zaken-zoek-geometrie",
    soort: "lijst",
    verzoek: (ctx) => ({
      method: "POST",
      pad: `${Z}/zaken/_zoek`,
      headers: CRS,
      body: JSON.stringify({ zaakgeometrie: { within: { type: "Polygon", coordinates: volgende(ctx, ctx.gebieden) } } }),
    }),
  },
  {
    naam: "rollen-betrokkene",
    soort: "lijst",
    verzoek: (ctx) => ({ method: "GET", pad: `${Z}/rollen?betrokkene=${encodeURIComponent(volgende(ctx, ctx.betrokkenen))}` }),
  },
  { naam: "document-detail", soort: "detail", verzoek: (ctx) => ({ method: "GET", pad: `${D}/enkelvoudiginformatieobjecten/${volgende(ctx, ctx.documenten)}` }) },
  {
    naam: "document-aanmaken",
    soort: "aanmaken",
    verzoek: (ctx) => ({
      method: "POST",
      pad: `${D}/enkelvoudiginformatieobjecten`,
      body: JSON.stringify({
        bronorganisatie: RSIN,
        creatiedatum: vandaag(),
        titel: "Prestatietest 100 kB",
        auteur: "Benchmark",
        taal: "dut",
        formaat: "application/octet-stream",
        bestandsnaam: "prestatietest.bin",
        vertrouwelijkheidaanduiding: "openbaar",
        informatieobjecttype: ctx.informatieobjecttype,
        inhoud: ctx.inhoud100kB,
      }),
    }),
  },
];

/** Samples the objects the requests rotate over. */
export async function BenchContextLaden(client: pg.Client, token: string, publicUrl = "http://zac-bench.localhost"): Promise<BenchContext> {
  const kolom = async (q: string) => (await client.query(q)).rows.map((r: Record<string, unknown>) => String(Object.values(r)[0]));
  const zaken = await kolom("select uuid from zrc_zaak tablesample system (2) limit 5000");
  const zaaktypen = await kolom("select distinct zaaktype_url from zrc_zaak where zaaktype_url like '%/zaaktypen/%' and identificatie like 'PERF-%' limit 100");
  const documenten = await kolom("select uuid from drc_informatieobject tablesample system (2) limit 5000");
  const betrokkenen = await kolom("select betrokkene from zrc_rol tablesample system (2) where betrokkene <> '' limit 2000");
  const open = await client.query(`
    select z.uuid, z.zaaktype_url, o.uuid as st
    from (select uuid, zaaktype_url, zaaktype_uuid from zrc_zaak tablesample system (2) where einddatum is null limit 2000) z
    join ztc_onderdeel o on o.zaaktype_uuid = z.zaaktype_uuid and o.soort = 'statustype' and (o.gegevens->>'volgnummer')::int = 2`);
  const catalogi = /^(.*)\/zaaktypen\//.exec(zaaktypen[0] ?? "")?.[1] ?? `${publicUrl}/catalogi/api/v1`;
  const zakenRoot = `${catalogi.replace(/\/catalogi\/api\/v1$/, "")}/zaken/api/v1`;
  const openZaken = open.rows.map((r: { uuid: string; st: string }) => ({ zaak: `${zakenRoot}/zaken/${r.uuid}`, statustype: `${catalogi}/statustypen/${r.st}` }));
  const [iot] = await kolom("select informatieobjecttype from drc_informatieobject where vertrouwelijkheidaanduiding = 'openbaar' limit 1");
  if (zaken.length === 0 || zaaktypen.length === 0 || documenten.length === 0 || betrokkenen.length === 0 || openZaken.length === 0 || !iot) {
    throw new Error("de dataset mist objecten om over te rouleren (is hij gebouwd?)");
  }
  const gebieden: number[][][][] = [];
  for (let i = 0; i < 50; i++) {
    const x = 3.6 + ((i * 0.37) % 3.4);
    const y = 51.0 + ((i * 0.23) % 2.3);
    gebieden.push([
      [
        [x, y],
        [x + 0.1, y],
        [x + 0.1, y + 0.1],
        [x, y + 0.1],
        [x, y],
      ],
    ]);
  }
  const inhoud = Buffer.alloc(100 * 1024);
  for (let i = 0; i < inhoud.length; i++) inhoud[i] = (i * 31 + 7) % 256;
  return { token, publicUrl, zaken, zaaktypen, documenten, betrokkenen, openZaken, informatieobjecttype: iot, gebieden, inhoud100kB: inhoud.toString("base64"), teller: 0 };
}
