import { eq } from "drizzle-orm";
import type { Database, Transaction } from "@/lib/db";
import { apiRoot } from "@/lib/zgw/route";
import { zrcZaak } from "./schema";

type Db = Database | Transaction;

export interface ZaakVoorRelatie {
  uuid: string;
  url: string;
  zaaktypeUrl: string;
  zaaktypeUuid: string | null;
  identificatie: string;
  bronorganisatie: string;
  vertrouwelijkheidaanduiding: string;
  startdatum: string;
  einddatum: string | null;
  archiefstatus: string;
  hoofdzaakUuid: string | null;
}

export function zaakUrl(uuid: string, root = apiRoot("zaken")): string {
  return `${root}/zaken/${uuid}`;
}

/** The characteristics of a local zaak that relations need (authorisation, closed or not), or null. */
export async function zaakVoorRelatie(db: Db, uuid: string): Promise<ZaakVoorRelatie | null> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(uuid)) return null;
  const [z] = await db
    .select({
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
    })
    .from(zrcZaak)
    .where(eq(zrcZaak.uuid, uuid))
    .limit(1);
  return z ? { ...z, url: zaakUrl(z.uuid) } : null;
}
