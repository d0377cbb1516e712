import { AppError } from "@/lib/errors";
import { gereedheid } from "@/lib/health";
import { json, route } from "@/lib/http";

export const dynamic = "force-dynamic";

/** Readiness: database reachable, migrations applied, and every registered check passes. */
export const GET = route(async () => {
  const { gereed, controles } = await gereedheid();
  if (!gereed) {
    throw new AppError("service_unavailable", {
      detail: "De app is nog niet gereed: " + controles.filter((c) => !c.ok).map((c) => `${c.naam} (${c.detail})`).join(", "),
      extensions: { controles },
      headers: { "Cache-Control": "no-store", "Retry-After": "5" },
    });
  }
  return json({ status: "gereed", controles }, { headers: { "Cache-Control": "no-store" } });
});
