import type { Component } from "./scopes";

/**
 * The ZGW APIs this app provides, mounted as Open Zaak does (`/<api>/api/v1`). Each serves
 * the normative OAS copied under lib/zgw/oas/.
 */
export const ZGW_APIS = {
  autorisaties: { pad: "/autorisaties/api/v1", oasBestand: "autorisaties-1.0.0.yaml", component: "ac" },
  catalogi: { pad: "/catalogi/api/v1", oasBestand: "catalogi-1.3.1.yaml", component: "ztc" },
  zaken: { pad: "/zaken/api/v1", oasBestand: "zaken-1.5.1.yaml", component: "zrc" },
  documenten: { pad: "/documenten/api/v1", oasBestand: "documenten-1.4.2.yaml", component: "drc" },
  // The 1.1.0 file's info.version literally reads "1.0.0-rc2" (an upstream artefact, see
  // lib/zgw/oas/SOURCE.md); the API-version header says what it is.
  besluiten: { pad: "/besluiten/api/v1", oasBestand: "besluiten-1.1.0.yaml", component: "brc", versie: "1.1.0" },
} as const satisfies Record<string, { pad: string; oasBestand: string; component: Component; versie?: string }>;

export type ZgwApi = keyof typeof ZGW_APIS;
