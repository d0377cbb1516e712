import { route } from "@/lib/http";
import { gezienMarkeren } from "@/lib/signaleringen/api";

export const dynamic = "force-dynamic";

/** POST { type } -> marks the user's signaleringen of that type seen. */
export const POST = route(async (request) => gezienMarkeren(request));
