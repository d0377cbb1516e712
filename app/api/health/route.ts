import { json, route } from "@/lib/http";

export const dynamic = "force-dynamic";

/** Liveness: the process answers. Says nothing about dependencies (see /api/ready). */
export const GET = route(async () =>
  json({ status: "ok", uptimeSeconden: Math.round(process.uptime()) }, { headers: { "Cache-Control": "no-store" } }),
);
