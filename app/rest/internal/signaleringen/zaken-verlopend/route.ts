import { route } from "@/lib/http";
import { zakenVerlopendJob } from "@/lib/signaleringen/api";

export const dynamic = "force-dynamic";

/** Signaleringen for open zaken whose streef- or fatale datum is near (X-API-KEY; idempotent). */
export const POST = route(async (request) => zakenVerlopendJob(request));
