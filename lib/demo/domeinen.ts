/**
 * The demo organisation: two domains, each with zaaktypen, shared by the realm file (demo
 * users and groups), the built-in PABC dataset, the demo catalogus (ZGW) and the tests.
 * A zaaktype is identified by its omschrijving (stable across versions), which is also the
 * PABC entity type id of type "zaaktype".
 */
export interface DemoDomein {
  /** Used in the domain-role mode as Keycloak client role `domein_<code>`. */
  code: string;
  naam: string;
  zaaktypen: readonly string[];
}

export const DEMO_DOMEINEN = [
  {
    code: "vergunningen",
    naam: "Vergunningen",
    zaaktypen: ["Omgevingsvergunning", "Evenementenvergunning", "Melding klein kansspel"],
  },
  {
    code: "sociaal",
    naam: "Sociaal domein",
    zaaktypen: ["Bijzondere bijstand", "Wmo-maatwerkvoorziening", "Schuldhulpverlening"],
  },
] as const satisfies readonly DemoDomein[];

/** Domain A of the demo users (behandelaar1, coordinator1, domeinbehandelaar1). */
export const DOMEIN_A = DEMO_DOMEINEN[0];
/** Domain B of the demo users (behandelaar2). */
export const DOMEIN_B = DEMO_DOMEINEN[1];

export const DEMO_ZAAKTYPEN: readonly string[] = DEMO_DOMEINEN.flatMap((d) => d.zaaktypen);

/** The application name under which ZAC's roles live in PABC. */
export const PABC_APPLICATIE = "zaakafhandelcomponent";

/**
 * A published demo zaaktype of domain A without zaakafhandelparameters and without demo zaken:
 * the beheer example of issue #8 (niet ingericht until a beheerder makes it usable). Not in
 * DEMO_DOMEINEN, so the demo zaken and the data sets built from that list do not change.
 */
export const DEMO_NIET_INGERICHT_ZAAKTYPE = { omschrijving: "Melding openbare ruimte", domein: DOMEIN_A } as const;
