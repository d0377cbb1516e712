import { NextResponse } from "next/server";
import { logUit } from "@/lib/auth/uitloggen";
import { route } from "@/lib/http";

export const dynamic = "force-dynamic";

/** The logout button posts here; 303 sends the browser on to the identity provider's logout. */
export const POST = route(async (request) => {
  const doel = await logUit(request);
  return new NextResponse(null, { status: 303, headers: { Location: doel, "Cache-Control": "no-store" } });
});
