/** The PABC beheer pages (plain module: the server page and the client sub-navigation both read it). */
export const PABC_PAGINAS = [
  { href: "/beheer/pabc/mappings", label: "Mappings" },
  { href: "/beheer/pabc/functionele-rollen", label: "Functionele rollen" },
  { href: "/beheer/pabc/domeinen", label: "Domeinen" },
  { href: "/beheer/pabc/entiteittypen", label: "Zaaktypen" },
  { href: "/beheer/pabc/applicatierollen", label: "Applicatierollen" },
] as const;
