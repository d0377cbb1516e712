import { performance } from "node:perf_hooks";
import { sql } from "drizzle-orm";
import { selectRows, type Database } from "@/lib/db";
import { ZGW_APIS } from "@/lib/zgw/apis";
import { EioVelden } from "@/lib/zgw/documenten/invoer";
import { rang } from "@/lib/zgw/vertrouwelijkheid";
import { oasSchema } from "@/lib/zgw/zaken/relaties/oas-zod";
import { maakPrestatieCatalogus, PRESTATIE_RSIN, type PrestatieCatalogus } from "./catalogus";

/**
 * Open Zaak's performance data set (1 catalogus with 100 zaaktypen, N zaken, N documenten,
 * N besluiten, with statussen, resultaten, rollen and zaakinformatieobjecten to match, a
 * share with zaakgeometrie), written set-based: one `INSERT ... SELECT generate_series`
 * statement per table and batch, so PostgreSQL builds a million zaken in minutes. Rows have
 * exactly the storage shape the APIs write (the same tables, the same jsonb members as their
 * input schemas give); uuids are md5-derived from the row number so relations are computed,
 * not looked up. Indexes stay in place (the migrations' definitions are never touched).
 *
 * Deliberate differences from data written through the APIs: no audit trail rows and no
 * notifications (Open Zaak's data set has none either), and every document shares ONE small
 * blob (the Documenten storage keeps a blob key per version, so many versions may name the
 * same file; nothing in the benchmark deletes documents).
 */

export interface DatasetOpties {
  zaken: number;
  documenten?: number;
  besluiten?: number;
  zaaktypen?: number;
  /** Rows per INSERT statement. */
  batch?: number;
  /**
   * Drop the secondary indexes of the filled tables during the load and recreate them from
   * their saved definitions afterwards (faster for large N). Default: from 50,000 zaken on.
   */
  indexenLaterBouwen?: boolean;
  /** Public base URL the app will run on (URLs of local objects are stored in some columns). */
  publicUrl: string;
  /** Key and size of the blob every document version names, or null for documents without content. */
  blob: { sleutel: string; omvang: number } | null;
  log?: (regel: string) => void;
}

export interface DatasetResultaat {
  zaken: number;
  documenten: number;
  besluiten: number;
  statussen: number;
  rollen: number;
  seconden: number;
  catalogus: PrestatieCatalogus;
}

/** Marker of a built data set (bench reruns skip the build); not part of the app's schema. */
export const MARKER_TABEL = "bench_zgw_dataset";
const HULPTABEL = "bench_zgw_zaaktype";

/** A v4-shaped uuid derived from a text expression (deterministic per row number). */
function uid(expr: string): string {
  return `(overlay(overlay(md5('ds:' || ${expr}) placing '4' from 13) placing '8' from 17))::uuid`;
}

const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;
const jsonLit = (v: unknown) => `${lit(JSON.stringify(v))}::jsonb`;

/** Builds the data set in `db`. Refuses when a data set is already there (see `datasetMarker`). */
export async function genereerDataset(db: Database, opties: DatasetOpties): Promise<DatasetResultaat> {
  const log = opties.log ?? (() => {});
  const n = opties.zaken;
  const nDoc = opties.documenten ?? n;
  const nBes = opties.besluiten ?? n;
  const batch = opties.batch ?? 100_000;
  if (!Number.isInteger(n) || n < 1) throw new Error("--zaken moet een positief geheel getal zijn");
  const start = performance.now();
  const exec = (q: string) => db.execute(sql.raw(q));

  const bestaand = await datasetMarker(db);
  if (bestaand) throw new Error(`Er staat al een dataset (${bestaand.zaken} zaken) in deze database.`);

  const root = (api: keyof typeof ZGW_APIS) => `${opties.publicUrl.replace(/\/$/, "")}${ZGW_APIS[api].pad}`;
  const catalogi = root("catalogi");
  const documenten = root("documenten");

  await herstelIndexen(db, log);
  log("catalogus met zaaktypen aanmaken ...");
  const catalogus = await db.transaction((tx) => maakPrestatieCatalogus(tx, opties.zaaktypen ?? 100));
  const nZt = catalogus.zaaktypen.length;
  const nIot = catalogus.informatieobjecttypen.length;

  // A small lookup table per zaaktype (joined by row number % nZt) keeps the statements short.
  await exec(`drop table if exists ${HULPTABEL}`);
  await exec(`create table ${HULPTABEL} (i int primary key, uuid uuid, url text, omschrijving text, va text, rang smallint,
    st text[], rt text[], rt_oms text[], rt_gen text[], rs text[], bt_uuid uuid, bt_url text)`);
  const rijen = catalogus.zaaktypen.map(
    (z, i) =>
      `(${i}, '${z.uuid}', ${lit(`${catalogi}/zaaktypen/${z.uuid}`)}, ${lit(z.omschrijving)}, ${lit(z.vertrouwelijkheidaanduiding)}, ${rang(z.vertrouwelijkheidaanduiding)},
      array[${z.statustypen.map((s) => lit(`${catalogi}/statustypen/${s}`)).join(",")}],
      array[${z.roltypen.map((r) => lit(`${catalogi}/roltypen/${r.uuid}`)).join(",")}],
      array[${z.roltypen.map((r) => lit(r.omschrijving)).join(",")}],
      array[${z.roltypen.map((r) => lit(r.generiek)).join(",")}],
      array[${z.resultaattypen.map((r) => lit(`${catalogi}/resultaattypen/${r}`)).join(",")}],
      '${z.besluittype}', ${lit(`${catalogi}/besluittypen/${z.besluittype}`)})`,
  );
  await exec(`insert into ${HULPTABEL} values ${rijen.join(",\n")}`);

  const iotUrls = `array[${catalogus.informatieobjecttypen.map((t) => lit(`${catalogi}/informatieobjecttypen/${t.uuid}`)).join(",")}]`;
  const iotVa = `array[${catalogus.informatieobjecttypen.map((t) => lit(t.vertrouwelijkheidaanduiding)).join(",")}]`;

  // The gegevensgroepen as the Zaken API's input schemas complete them; per row only the
  // identifying members differ.
  const np = oasSchema("RolNatuurlijkPersoon").parse({ geslachtsnaam: "Jansen", voorletters: "J", voornamen: "Jan" });
  const nnp = oasSchema("RolNietNatuurlijkPersoon").parse({ statutaireNaam: "Bouwbedrijf De Vries B.V." });
  const mw = oasSchema("RolMedewerker").parse({ achternaam: "Behandelaar", voorletters: "B" });
  const eioSjabloon = EioVelden.parse({
    bronorganisatie: PRESTATIE_RSIN,
    creatiedatum: "2024-01-01",
    titel: "x",
    auteur: "Prestatietest",
    taal: "dut",
    formaat: "text/plain",
    informatieobjecttype: "https://x.invalid/x",
  });

  // zaak state by row number: 20% intake (1 status), 40% in behandeling (2), 10% besluit
  // genomen (3), 30% afgehandeld (4 = end status, with resultaat and einddatum).
  const ns = (g: string) => `(case when ${g} % 10 < 2 then 1 when ${g} % 10 < 6 then 2 when ${g} % 10 < 7 then 3 else 4 end)`;
  const startdatum = (g: string) => `(current_date - ((${g} * 7919) % 1095)::int)`;
  const einddatum = (g: string) => `least(${startdatum(g)} + 30, current_date)`;

  // As superuser, skip the foreign-key triggers during the load: every reference is computed
  // from the same row numbers, so they hold by construction (an FK check per row would
  // double the load time).
  const [rol] = await selectRows<{ su: boolean }>(db, sql.raw("select rolsuper as su from pg_roles where rolname = current_user"));
  const zonderTriggers = rol?.su === true;

  async function inBatches(naam: string, totaal: number, statement: (a: number, b: number) => string): Promise<void> {
    const t0 = performance.now();
    for (let a = 1; a <= totaal; a += batch) {
      const b = Math.min(totaal, a + batch - 1);
      await db.transaction(async (tx) => {
        // Losing the last batches in a crash is harmless here (the run is redone); saves a
        // WAL flush per statement.
        await tx.execute(sql.raw("set local synchronous_commit = off"));
        if (zonderTriggers) await tx.execute(sql.raw("set local session_replication_role = replica"));
        await tx.execute(sql.raw(statement(a, b)));
      });
      const s = (performance.now() - t0) / 1000;
      log(`  ${naam}: ${b.toLocaleString("nl-NL")} / ${totaal.toLocaleString("nl-NL")} (${s.toFixed(1)} s, ${Math.round(b / Math.max(s, 0.001)).toLocaleString("nl-NL")}/s)`);
    }
  }

  if (opties.indexenLaterBouwen ?? n >= 50_000) await laatIndexenVallen(db, GEVULDE_TABELLEN, log);

  log(`zaken (${n.toLocaleString("nl-NL")}) ...`);
  await inBatches("zaken", n, (a, b) => `
    insert into zrc_zaak (uuid, zaaktype_url, zaaktype_uuid, identificatie, bronorganisatie, vertrouwelijkheidaanduiding, vertrouwelijkheid,
      registratiedatum, startdatum, einddatum, einddatum_gepland, uiterlijke_einddatum_afdoening, archiefnominatie, archiefactiedatum,
      archiefstatus, status_uuid, zaakgeometrie, geo_min_x, geo_min_y, geo_max_x, geo_max_y, gegevens)
    select ${uid("'z' || g")}, t.url, t.uuid, 'PERF-' || lpad(g::text, 10, '0'), '${PRESTATIE_RSIN}', t.va, t.rang,
      ${startdatum("g")}, ${startdatum("g")},
      case when ${ns("g")} = 4 then ${einddatum("g")} end,
      ${startdatum("g")} + 56, ${startdatum("g")} + 84,
      case when ${ns("g")} = 4 then 'vernietigen' end,
      case when ${ns("g")} = 4 then (${einddatum("g")} + interval '10 years')::date end,
      'nog_te_archiveren', ${uid(`'s' || g || '-' || ${ns("g")}`)},
      case when g % 10 = 5 then
        case when g % 100 = 15 then jsonb_build_object('type', 'Polygon', 'coordinates', jsonb_build_array(jsonb_build_array(
            jsonb_build_array(p.x, p.y), jsonb_build_array(p.x + 0.002, p.y), jsonb_build_array(p.x + 0.002, p.y + 0.002),
            jsonb_build_array(p.x, p.y + 0.002), jsonb_build_array(p.x, p.y))))
        else jsonb_build_object('type', 'Point', 'coordinates', jsonb_build_array(p.x, p.y)) end
      end,
      case when g % 10 = 5 then p.x end, case when g % 10 = 5 then p.y end,
      case when g % 10 = 5 then p.x + (case when g % 100 = 15 then 0.002 else 0 end) end,
      case when g % 10 = 5 then p.y + (case when g % 100 = 15 then 0.002 else 0 end) end,
      jsonb_build_object(
        'omschrijving', t.omschrijving || ' ' || g, 'toelichting', '', 'verantwoordelijkeOrganisatie', '${PRESTATIE_RSIN}',
        'communicatiekanaal', '', 'productenOfDiensten', '[]'::jsonb, 'betalingsindicatie', '', 'laatsteBetaaldatum', null,
        'verlenging', null, 'opschorting', jsonb_build_object('indicatie', false, 'reden', ''), 'selectielijstklasse', '',
        'hoofdzaak', null, 'relevanteAndereZaken', '[]'::jsonb, 'kenmerken', '[]'::jsonb, 'opdrachtgevendeOrganisatie', '',
        'processobjectaard', null, 'startdatumBewaartermijn', null, 'processobject', null)
    from generate_series(${a}::bigint, ${b}::bigint) g
    join ${HULPTABEL} t on t.i = (g - 1) % ${nZt}
    cross join lateral (select 3.4 + ((g * 7) % 38000) / 10000.0 as x, 50.8 + ((g * 13) % 27000) / 10000.0 as y) p`);

  let statussen = 0;
  for (let g = 1; g <= n; g++) statussen += [1, 1, 2, 2, 2, 2, 3, 4, 4, 4][g % 10]!;
  log("statussen ...");
  await inBatches("statussen (zaken)", n, (a, b) => `
    insert into zrc_status (uuid, zaak_uuid, statustype_url, datum_status_gezet, gegevens)
    select ${uid("'s' || g || '-' || k")}, ${uid("'z' || g")}, t.st[k],
      (${startdatum("g")} + (k - 1) * 7)::timestamp + interval '9 hours' + (g % 480) * interval '1 minute',
      jsonb_build_object('statustoelichting', '', 'gezetdoor', '')
    from generate_series(${a}::bigint, ${b}::bigint) g
    join ${HULPTABEL} t on t.i = (g - 1) % ${nZt}
    cross join lateral generate_series(1, ${ns("g")}) k`);

  log("resultaten ...");
  await inBatches("resultaten (zaken)", n, (a, b) => `
    insert into zrc_resultaat (uuid, zaak_uuid, resultaattype_url, toelichting)
    select ${uid("'r' || g")}, ${uid("'z' || g")}, t.rs[1 + g % 2], ''
    from generate_series(${a}::bigint, ${b}::bigint) g
    join ${HULPTABEL} t on t.i = (g - 1) % ${nZt}
    where ${ns("g")} = 4`);

  log("rollen ...");
  // Initiator: a natuurlijk persoon (odd rows; 50,000 people, each with a betrokkene URL) or a
  // niet-natuurlijk persoon; behandelaar: one of 20 medewerkers.
  const bsn = `lpad((100000000 + (g % 100000))::text, 9, '0')`;
  await inBatches("rollen (zaken)", n, (a, b) => `
    insert into zrc_rol (uuid, zaak_uuid, betrokkene_type, betrokkene, roltype_url, omschrijving, omschrijving_generiek, registratiedatum,
      betrokkene_identificatie, gegevens)
    select ${uid("'i' || g")}, ${uid("'z' || g")},
      case when g % 2 = 1 then 'natuurlijk_persoon' else 'niet_natuurlijk_persoon' end,
      case when g % 2 = 1 then 'https://personen.gemeente.example/api/v1/ingeschrevenpersonen/' || ${bsn} else '' end,
      t.rt[1], t.rt_oms[1], t.rt_gen[1], ${startdatum("g")}::timestamp + interval '9 hours',
      case when g % 2 = 1 then ${jsonLit(np)} || jsonb_build_object('inpBsn', ${bsn})
        else ${jsonLit(nnp)} || jsonb_build_object('innNnpId', lpad((g % 100000000)::text, 9, '0')) end,
      jsonb_build_object('afwijkendeNaamBetrokkene', '', 'roltoelichting', 'Aanvrager', 'indicatieMachtiging', '', 'contactpersoonRol', null)
    from generate_series(${a}::bigint, ${b}::bigint) g
    join ${HULPTABEL} t on t.i = (g - 1) % ${nZt}
    union all
    select ${uid("'b' || g")}, ${uid("'z' || g")}, 'medewerker', '', t.rt[2], t.rt_oms[2], t.rt_gen[2],
      ${startdatum("g")}::timestamp + interval '10 hours',
      ${jsonLit(mw)} || jsonb_build_object('identificatie', 'behandelaar' || (1 + g % 20)),
      jsonb_build_object('afwijkendeNaamBetrokkene', '', 'roltoelichting', 'Behandelaar', 'indicatieMachtiging', '', 'contactpersoonRol', null)
    from generate_series(${a}::bigint, ${b}::bigint) g
    join ${HULPTABEL} t on t.i = (g - 1) % ${nZt}`);

  log(`documenten (${nDoc.toLocaleString("nl-NL")}) ...`);
  // Document d belongs to zaak ((d - 1) % n) + 1; definitief when that zaak is afgehandeld.
  const docZaak = `(((d - 1) % ${n}) + 1)`;
  await inBatches("documenten", nDoc, (a, b) => `
    insert into drc_informatieobject (uuid, identificatie, bronorganisatie, informatieobjecttype, vertrouwelijkheidaanduiding, status, versie, lock)
    select ${uid("'d' || d")}, 'PERF-DOC-' || lpad(d::text, 10, '0'), '${PRESTATIE_RSIN}', (${iotUrls})[1 + d % ${nIot}], (${iotVa})[1 + d % ${nIot}],
      case when ${ns(docZaak)} = 4 then 'definitief' else 'in_bewerking' end, 1, ''
    from generate_series(${a}::bigint, ${b}::bigint) d`);
  const blobKolommen = opties.blob ? `${lit(opties.blob.sleutel)}, ${opties.blob.omvang}` : "null, null";
  await inBatches("documentversies", nDoc, (a, b) => `
    insert into drc_informatieobject_versie (informatieobject_uuid, versie, begin_registratie, gegevens, blob, bestandsomvang)
    select ${uid("'d' || d")}, 1, (${startdatum(docZaak)})::timestamp + interval '11 hours',
      ${jsonLit(eioSjabloon)} || jsonb_build_object(
        'identificatie', 'PERF-DOC-' || lpad(d::text, 10, '0'), 'creatiedatum', ${startdatum(docZaak)}::text,
        'titel', 'Document ' || d, 'bestandsnaam', 'document-' || d || '.txt',
        'vertrouwelijkheidaanduiding', (${iotVa})[1 + d % ${nIot}], 'informatieobjecttype', (${iotUrls})[1 + d % ${nIot}],
        'status', case when ${ns(docZaak)} = 4 then 'definitief' else 'in_bewerking' end),
      ${blobKolommen}
    from generate_series(${a}::bigint, ${b}::bigint) d`);
  await inBatches("zaakinformatieobjecten", nDoc, (a, b) => `
    insert into zrc_zaakinformatieobject (uuid, zaak_uuid, informatieobject_url, informatieobject_uuid, aard_relatie, titel, beschrijving, registratiedatum)
    select ${uid("'o' || d")}, ${uid(`'z' || ${docZaak}`)}, ${lit(`${documenten}/enkelvoudiginformatieobjecten/`)} || ${uid("'d' || d")}::text,
      ${uid("'d' || d")}, 'hoort_bij', 'Document ' || d, '', (${startdatum(docZaak)})::timestamp + interval '11 hours'
    from generate_series(${a}::bigint, ${b}::bigint) d`);

  log(`besluiten (${nBes.toLocaleString("nl-NL")}) ...`);
  const besZaak = `(((e - 1) % ${n}) + 1)`;
  await inBatches("besluiten", nBes, (a, b) => `
    insert into brc_besluit (uuid, identificatie, verantwoordelijke_organisatie, besluittype_url, besluittype_uuid, zaak_uuid, datum, ingangsdatum)
    select ${uid("'e' || e")}, 'PERF-BESLUIT-' || lpad(e::text, 10, '0'), '${PRESTATIE_RSIN}', t.bt_url, t.bt_uuid, ${uid(`'z' || ${besZaak}`)},
      ${startdatum(besZaak)} + 14, ${startdatum(besZaak)} + 14
    from generate_series(${a}::bigint, ${b}::bigint) e
    join ${HULPTABEL} t on t.i = (${besZaak} - 1) % ${nZt}`);

  await exec(`drop table if exists ${HULPTABEL}`);
  await herstelIndexen(db, log);
  // VACUUM sets the visibility map, so counts and index-only scans need no heap visits (a
  // freshly loaded table would otherwise fetch every heap page until autovacuum gets to it).
  log("vacuum en analyseren ...");
  for (const tabel of GEVULDE_TABELLEN) {
    const t0 = performance.now();
    await exec(`vacuum (analyze) ${tabel}`);
    log(`  ${tabel} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  }
  const seconden = (performance.now() - start) / 1000;
  await exec(`create table if not exists ${MARKER_TABEL} (id int primary key, zaken int not null, documenten int not null, besluiten int not null,
    public_url text not null, seconden double precision not null, gebouwd_op timestamptz not null default now())`);
  await exec(`insert into ${MARKER_TABEL} (id, zaken, documenten, besluiten, public_url, seconden) values (1, ${n}, ${nDoc}, ${nBes}, ${lit(opties.publicUrl)}, ${seconden})`);
  return { zaken: n, documenten: nDoc, besluiten: nBes, statussen, rollen: 2 * n, seconden, catalogus };
}

const GEVULDE_TABELLEN = [
  "zrc_zaak",
  "zrc_status",
  "zrc_resultaat",
  "zrc_rol",
  "drc_informatieobject",
  "drc_informatieobject_versie",
  "zrc_zaakinformatieobject",
  "brc_besluit",
] as const;

/** Saved definitions of the indexes dropped for the load (survives a crash; see herstelIndexen). */
const INDEX_TABEL = "bench_zgw_index";

/**
 * Drops the secondary indexes (not those of primary key / unique constraints) of `tabellen`,
 * after saving their exact definitions (pg_get_indexdef: what the migrations created).
 */
async function laatIndexenVallen(db: Database, tabellen: readonly string[], log: (s: string) => void): Promise<void> {
  await db.execute(sql.raw(`create table if not exists ${INDEX_TABEL} (naam text primary key, tabel text not null, definitie text not null)`));
  await db.transaction(async (tx) => {
    const lijst = tabellen.map((t) => `'${t}'`).join(",");
    const indexen = await selectRows<{ naam: string; tabel: string; definitie: string }>(
      tx,
      sql.raw(`select i.indexname as naam, i.tablename as tabel, i.indexdef as definitie
        from pg_indexes i
        where i.schemaname = current_schema() and i.tablename in (${lijst})
          and not exists (select 1 from pg_constraint c where c.conname = i.indexname and c.conrelid = (quote_ident(i.schemaname) || '.' || quote_ident(i.tablename))::regclass)`),
    );
    for (const i of indexen) {
      await tx.execute(sql`insert into ${sql.identifier(INDEX_TABEL)} (naam, tabel, definitie) values (${i.naam}, ${i.tabel}, ${i.definitie}) on conflict (naam) do nothing`);
      await tx.execute(sql.raw(`drop index if exists "${i.naam}"`));
    }
    log(`${indexen.length} indexen tijdelijk verwijderd (definities bewaard in ${INDEX_TABEL})`);
  });
}

/** Recreates indexes saved by laatIndexenVallen (also after an interrupted run). */
export async function herstelIndexen(db: Database, log: (s: string) => void = () => {}): Promise<void> {
  const [bestaat] = await selectRows<{ t: string | null }>(db, sql.raw(`select to_regclass('${INDEX_TABEL}')::text as t`));
  if (!bestaat?.t) return;
  const indexen = await selectRows<{ naam: string; definitie: string }>(db, sql.raw(`select naam, definitie from ${INDEX_TABEL} order by tabel, naam`));
  for (const i of indexen) {
    const t0 = performance.now();
    await db.transaction(async (tx) => {
      await tx.execute(sql.raw("set local maintenance_work_mem = '1GB'"));
      await tx.execute(sql.raw(i.definitie.replace(/^CREATE (UNIQUE )?INDEX /, "CREATE $1INDEX IF NOT EXISTS ")));
      await tx.execute(sql`delete from ${sql.identifier(INDEX_TABEL)} where naam = ${i.naam}`);
    });
    log(`  index ${i.naam} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  }
  await db.execute(sql.raw(`drop table ${INDEX_TABEL}`));
}

export interface DatasetMarker {
  zaken: number;
  documenten: number;
  besluiten: number;
  publicUrl: string;
  seconden: number;
}

/** The data set recorded in this database, or null. */
export async function datasetMarker(db: Database): Promise<DatasetMarker | null> {
  const [bestaat] = await selectRows<{ t: string | null }>(db, sql.raw(`select to_regclass('${MARKER_TABEL}')::text as t`));
  if (!bestaat?.t) return null;
  const [r] = await selectRows<{ zaken: number; documenten: number; besluiten: number; public_url: string; seconden: number }>(
    db,
    sql.raw(`select zaken, documenten, besluiten, public_url, seconden from ${MARKER_TABEL} where id = 1`),
  );
  return r ? { zaken: Number(r.zaken), documenten: Number(r.documenten), besluiten: Number(r.besluiten), publicUrl: r.public_url, seconden: Number(r.seconden) } : null;
}
