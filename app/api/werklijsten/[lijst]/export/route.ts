import { AppError, invalidParamsFromZod } from "@/lib/errors";
import { werklijstExport } from "@/lib/export";
import { parseParam, proxyRoute } from "@/lib/zaakafhandeling";
import { parseWerklijstQuery, WerklijstNaam } from "@/lib/zaakafhandeling/contract";

// The download is streamed from the database/ZGW API while it is read: never static or cached.
export const dynamic = "force-dynamic";

/** GET ?<the werklijst's filters/sort> -> CSV download of every row (page/pageSize are ignored). */
export const GET = proxyRoute<{ lijst: string }>(async (ctx, request, params) => {
  const lijst = parseParam(params.lijst, WerklijstNaam, "werklijst");
  const q = parseWerklijstQuery(new URL(request.url).searchParams);
  if (!q.success) throw AppError.invalid("Ongeldige zoekvraag.", invalidParamsFromZod(q.error));
  return werklijstExport(ctx, lijst, q.data);
});
