import { oasAntwoord } from "@/lib/zgw/oas-route";

export const dynamic = "force-dynamic";

/** The normative OAS of the Autorisaties API 1.0.0 (YAML, verbatim). */
export const GET = oasAntwoord("autorisaties", "yaml");
