/**
 * Used by the client-side menu, so keep this module free of server-only imports.
 *
 * The sections of the application, in menu order. The home page uses the same list for its
 * overview, so menu and overview cannot drift apart.
 */
export type IcoonNaam = "dashboard" | "zaken" | "taken" | "documenten" | "zoeken" | "beheer";

export interface NavigatieItem {
  href: string;
  label: string;
  icoon: IcoonNaam;
  /** What the section will hold; shown on the home page and the section's own page. */
  omschrijving: string;
}

export const NAVIGATIE: readonly NavigatieItem[] = [
  {
    href: "/",
    label: "Dashboard",
    icoon: "dashboard",
    omschrijving: "Je startpagina, met straks je werkvoorraad en signaleringen in één oogopslag.",
  },
  {
    href: "/zaken",
    label: "Zaken",
    icoon: "zaken",
    omschrijving:
      "Alle zaken waar je bij mag: per zaak de status, behandelaar, betrokkenen, documenten en historie.",
  },
  {
    href: "/taken",
    label: "Taken",
    icoon: "taken",
    omschrijving: "Je eigen taken en die van je groep: oppakken, toewijzen, uitvoeren en afronden.",
  },
  {
    href: "/documenten",
    label: "Documenten",
    icoon: "documenten",
    omschrijving: "Documenten bij zaken bekijken, toevoegen en nieuwe versies vastleggen.",
  },
  {
    href: "/zoeken",
    label: "Zoeken",
    icoon: "zoeken",
    omschrijving: "Zoeken in zaken, taken en documenten, bijvoorbeeld op zaaknummer of omschrijving.",
  },
  {
    href: "/beheer",
    label: "Beheer",
    icoon: "beheer",
    omschrijving: "Instellingen voor functioneel beheerders, zoals zaaktypen, groepen en rechten.",
  },
];

/** Dashboard matches only "/", the other sections also match their sub-pages (/zaken/123). */
export function isActief(href: string, pathname: string): boolean {
  if (href === "/") return pathname === "/";
  return pathname === href || pathname.startsWith(`${href}/`);
}
