import { route } from "@/lib/http";
import { nieuwLezen } from "@/lib/signaleringen/api";

export const dynamic = "force-dynamic";

/** GET -> { nieuw }: unseen signaleringen on the user's dashboard (the dot in the menu). */
export const GET = route(async (request) => nieuwLezen(request));
