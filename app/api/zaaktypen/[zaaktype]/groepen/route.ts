import { groepenVoorZaaktype, ok, proxyRoute } from "@/lib/zaakafhandeling";

/** GET -> Groep[]: groups whose members may behandelen zaken of this zaaktype (PABC). */
export const GET = proxyRoute<{ zaaktype: string }>(async (ctx, _request, params) => ok(await groepenVoorZaaktype(ctx, decodeURIComponent(params.zaaktype))));
