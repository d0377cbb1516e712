import { route } from "@/lib/http";
import { pabcSpecificatie } from "@/lib/pabc";

export const dynamic = "force-dynamic";

/** The OpenAPI document of the PABC contract, as a running PABC serves it. */
export const GET = route(async () =>
  new Response(pabcSpecificatie(), { headers: { "Content-Type": "application/json; charset=utf-8" } }),
);
