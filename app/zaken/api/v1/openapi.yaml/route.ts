import { oasAntwoord } from "@/lib/zgw/oas-route";

export const dynamic = "force-dynamic";

/** The normative OAS of this API (yaml). */
export const GET = oasAntwoord("zaken", "yaml");
