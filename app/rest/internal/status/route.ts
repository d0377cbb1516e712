import { vereisInterneApiSleutel } from "@/lib/auth/interne-api";
import { json, route } from "@/lib/http";

export const dynamic = "force-dynamic";

/** For jobs and scripts: proves the internal API (and its key) works. */
export const GET = route(async (request) => {
  vereisInterneApiSleutel(request);
  return json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
});
