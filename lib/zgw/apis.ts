import type { Component } from "./scopes";

/**
 * The ZGW APIs this app provides, mounted as Open Zaak does (`/<api>/api/v1`). Each serves
 * the normative OAS copied under lib/zgw/oas/. Later steps add catalogi, zaken, documenten
 * and besluiten here.
 */
export const ZGW_APIS = {
  autorisaties: { pad: "/autorisaties/api/v1", oasBestand: "autorisaties-1.0.0.yaml", component: "ac" },
  catalogi: { pad: "/catalogi/api/v1", oasBestand: "catalogi-1.3.1.yaml", component: "ztc" },
} as const satisfies Record<string, { pad: string; oasBestand: string; component: Component }>;

export type ZgwApi = keyof typeof ZGW_APIS;
