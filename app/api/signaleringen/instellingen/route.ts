import { route } from "@/lib/http";
import { instellingenLezen, instellingenWijzigen } from "@/lib/signaleringen/api";

export const dynamic = "force-dynamic";

/** GET -> per type: dashboard and/or e-mail; PUT { instellingen } stores them. */
export const GET = route(async (request) => instellingenLezen(request));
export const PUT = route(async (request) => instellingenWijzigen(request));
