import { route } from "@/lib/http";
import { opruimenJob } from "@/lib/signaleringen/api";

export const dynamic = "force-dynamic";

/** POST ?dagen=N: removes signaleringen older than N days (X-API-KEY). */
export const POST = route(async (request) => opruimenJob(request));
