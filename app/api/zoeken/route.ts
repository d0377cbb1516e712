import { AppError, invalidParamsFromZod } from "@/lib/errors";
import { ok, proxyRoute } from "@/lib/zaakafhandeling";
import { ZoekQuery, zoekParametersNaarObject, zoeken } from "@/lib/zoeken";

export const GET = proxyRoute(async (ctx, request) => {
  const r = ZoekQuery.safeParse(zoekParametersNaarObject(new URL(request.url).searchParams));
  if (!r.success) throw AppError.invalid("Controleer de zoekvraag.", invalidParamsFromZod(r.error));
  return ok(await zoeken(ctx, r.data));
});
