import { route } from "@/lib/http";
import { signaleringenLezen } from "@/lib/signaleringen/api";

export const dynamic = "force-dynamic";

/** GET ?type=<type> -> the user's newest signaleringen of that type. */
export const GET = route(async (request) => signaleringenLezen(request));
