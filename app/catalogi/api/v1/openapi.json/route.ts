import { oasAntwoord } from "@/lib/zgw/oas-route";

export const dynamic = "force-dynamic";

/** The normative OAS of the Catalogi API 1.3.1 (JSON). */
export const GET = oasAntwoord("catalogi", "json");
