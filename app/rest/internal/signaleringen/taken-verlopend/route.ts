import { route } from "@/lib/http";
import { takenVerlopendJob } from "@/lib/signaleringen/api";

export const dynamic = "force-dynamic";

/** Signaleringen for open taken whose streef- or fatale datum is near (X-API-KEY; idempotent). */
export const POST = route(async (request) => takenVerlopendJob(request));
