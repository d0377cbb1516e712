import { sql } from "drizzle-orm";
import { selectRows, type Database } from "@/lib/db";
import { schrijfBlob } from "@/lib/zgw/documenten/blobs";
import { PRESTATIE_DOMEIN } from "./catalogus";
import { datasetMarker, genereerDataset, MARKER_TABEL, type DatasetOpties } from "./generator";

export interface BouwResultaat {
  overgeslagen: boolean;
  zaken: number;
  documenten: number;
  besluiten: number;
  seconden: number;
}

/** The content every document of the data set shares (one file in the blob store). */
export const GEDEELDE_INHOUD = Buffer.from("Prestatietest: gedeelde documentinhoud van de ZGW-dataset.\n", "utf8");

/**
 * Builds the performance data set once: skipped when the marker records one (unless
 * `opnieuw`, which first empties the Zaken/Documenten/Besluiten tables, the audit trail and the
 * performance catalogus).
 */
export async function bouwDataset(db: Database, opties: Omit<DatasetOpties, "blob"> & { opnieuw?: boolean }): Promise<BouwResultaat> {
  const marker = await datasetMarker(db);
  if (marker && !opties.opnieuw) return { overgeslagen: true, ...marker };
  if (marker || opties.opnieuw) await leegDataset(db);
  const blob = await schrijfBlob(GEDEELDE_INHOUD);
  const r = await genereerDataset(db, { ...opties, blob: { sleutel: blob.sleutel, omvang: blob.omvang } });
  return { overgeslagen: false, zaken: r.zaken, documenten: r.documenten, besluiten: r.besluiten, seconden: r.seconden };
}

/** Empties the ZGW data tables and removes the performance catalogus (other catalogussen stay). */
export async function leegDataset(db: Database): Promise<void> {
  const tabellen = await selectRows<{ naam: string }>(
    db,
    sql`select tablename as naam from pg_tables where schemaname = current_schema()
        and (tablename like 'zrc\\_%' or tablename like 'drc\\_%' or tablename like 'brc\\_%'
             or tablename in ('zgw_audittrail', 'zgw_notificatie_uitgaand', ${MARKER_TABEL}))`,
  );
  if (tabellen.length > 0) await db.execute(sql.raw(`truncate ${tabellen.map((t) => `"${t.naam}"`).join(", ")}`));
  await db.transaction(async (tx) => {
    const catalogus = sql`(select uuid from ztc_catalogus where domein = ${PRESTATIE_DOMEIN})`;
    await tx.execute(sql`delete from ztc_onderdeel where zaaktype_uuid in (select uuid from ztc_type where catalogus_uuid in ${catalogus})`);
    await tx.execute(sql`delete from ztc_type where catalogus_uuid in ${catalogus}`);
    await tx.execute(sql`delete from ztc_catalogus where domein = ${PRESTATIE_DOMEIN}`);
  });
}
