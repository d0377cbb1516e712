import { route } from "@/lib/http";
import { dashboardLezen, dashboardOpslaan } from "@/lib/signaleringen/api";

export const dynamic = "force-dynamic";

/** GET -> the user's dashboard cards in order; PUT { kaarten } stores them. */
export const GET = route(async (request) => dashboardLezen(request));
export const PUT = route(async (request) => dashboardOpslaan(request));
