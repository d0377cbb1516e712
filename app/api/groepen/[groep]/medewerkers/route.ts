import { medewerkersVanGroep, ok, proxyRoute } from "@/lib/zaakafhandeling";

/** GET -> Medewerker[] of a group (Keycloak). */
export const GET = proxyRoute<{ groep: string }>(async (ctx, _request, params) => ok(await medewerkersVanGroep(ctx, decodeURIComponent(params.groep))));
