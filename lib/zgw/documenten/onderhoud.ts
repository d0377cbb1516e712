import { inArray } from "drizzle-orm";
import type { Database } from "@/lib/db";
import { ruimOp } from "./blobs";
import { drcBestandsdeel, drcInformatieobjectVersie } from "./schema";

/**
 * Start-up clean-up of the blob store: temp files and files no version or part refers to
 * (left by a crash between the rename and the commit, or between a commit and the removal
 * of replaced content). Only files older than `minLeeftijdMs` are touched.
 */
export async function ruimDocumentenOpslagOp(db: Database, minLeeftijdMs?: number): Promise<{ tijdelijk: number; wees: number }> {
  return ruimOp(async (sleutels) => {
    const bekend = new Set<string>();
    if (sleutels.length === 0) return bekend;
    const versies = await db.selectDistinct({ blob: drcInformatieobjectVersie.blob }).from(drcInformatieobjectVersie).where(inArray(drcInformatieobjectVersie.blob, sleutels));
    const delen = await db.selectDistinct({ blob: drcBestandsdeel.blob }).from(drcBestandsdeel).where(inArray(drcBestandsdeel.blob, sleutels));
    for (const r of [...versies, ...delen]) if (r.blob) bekend.add(r.blob);
    return bekend;
  }, minLeeftijdMs);
}
