import { oasAntwoord } from "@/lib/zgw/oas-route";

export const dynamic = "force-dynamic";

/** The normative OAS of this API (json). */
export const GET = oasAntwoord("zaken", "json");
