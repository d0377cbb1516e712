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
  /** Sub-pages (werklijsten and the like), shown indented under the section. */
  kinderen?: readonly { href: string; label: string }[];
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
    kinderen: [
      { href: "/zaken/mijn", label: "Mijn zaken" },
      { href: "/zaken/afgehandeld", label: "Afgehandelde zaken" },
      { href: "/zaken/starten", label: "Zaak starten" },
    ],
  },
  {
    href: "/taken",
    label: "Taken",
    icoon: "taken",
    omschrijving: "Je eigen taken en die van je groep: oppakken, toewijzen, uitvoeren en afronden.",
    kinderen: [{ href: "/taken/mijn", label: "Mijn taken" }],
  },
  {
    href: "/documenten",
    label: "Documenten",
    icoon: "documenten",
    omschrijving: "Documenten bij zaken bekijken, toevoegen en nieuwe versies vastleggen.",
    kinderen: [{ href: "/documenten/ontkoppeld", label: "Ontkoppelde documenten" }],
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

/**
 * The menu link that is the current page: a sub-page link on its own path, else the section
 * (so /zaken/<uuid> marks "Zaken", /zaken/mijn marks "Mijn zaken" only).
 */
export function huidigeLink(pathname: string): string | null {
  for (const item of NAVIGATIE) {
    const kind = item.kinderen?.find((k) => pathname === k.href || pathname.startsWith(`${k.href}/`));
    if (kind) return kind.href;
  }
  const sectie = NAVIGATIE.find((i) => isActief(i.href, pathname));
  return sectie?.href ?? null;
}
