import { AppError, invalidParamsFromZod } from "@/lib/errors";
import { ok, parseParam, proxyRoute, werklijst } from "@/lib/zaakafhandeling";
import { parseWerklijstQuery, WerklijstNaam } from "@/lib/zaakafhandeling/contract";

/** GET ?page&pageSize&sort&order&<filters> -> the list's answer (count, rijen, keuzes, rechten). */
export const GET = proxyRoute<{ lijst: string }>(async (ctx, request, params) => {
  const lijst = parseParam(params.lijst, WerklijstNaam, "werklijst");
  const q = parseWerklijstQuery(new URL(request.url).searchParams);
  if (!q.success) throw AppError.invalid("Ongeldige zoekvraag.", invalidParamsFromZod(q.error));
  return ok(await werklijst(ctx, lijst, q.data));
});
