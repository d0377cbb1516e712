import { z } from "zod";
import { AppError } from "@/lib/errors";
import { ok, proxyRoute } from "@/lib/zaakafhandeling";
import { groepenVoorVerdelen } from "@/lib/verdelen";

const Zaaktypen = z.array(z.string().min(1).max(200)).max(100);

/** GET ?zaaktype=a&zaaktype=b -> groups authorised for every given zaaktype (403 without the verdelen right). */
export const GET = proxyRoute(async (ctx, request) => {
  const r = Zaaktypen.safeParse(new URL(request.url).searchParams.getAll("zaaktype"));
  if (!r.success) throw AppError.invalid("Ongeldige zaaktypen.");
  return ok(await groepenVoorVerdelen(ctx, r.data));
});
