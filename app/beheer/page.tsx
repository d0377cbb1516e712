import type { Metadata } from "next";
import Link from "next/link";
import { PaginaKop } from "@/components/ui/PaginaKop";

export const metadata: Metadata = { title: "Beheer" };

/** The beheer sections; each helper/area adds its own line. */
const ONDERDELEN: readonly { href: string; label: string; omschrijving: string }[] = [
  {
    href: "/beheer/pabc",
    label: "Rollen en rechten (PABC)",
    omschrijving: "Functionele rollen, domeinen, zaaktypen en mappings van de ingebouwde PABC.",
  },
  {
    href: "/beheer/zaakafhandelparameters",
    label: "Zaakafhandelparameters",
    omschrijving: "Per zaaktype: standaardgroep, signalering, e-mail, resultaten, soorten taken en of het in gebruik is.",
  },
  {
    href: "/beheer/inrichtingscheck",
    label: "Inrichtingscheck",
    omschrijving: "Welke zaaktypen klaar zijn voor gebruik en wat er bij de andere nog ontbreekt.",
  },
];

export default function BeheerPage() {
  return (
    <>
      <PaginaKop titel="Beheer" intro="Instellingen voor functioneel beheerders." />
      <ul className="grid max-w-3xl gap-4 sm:grid-cols-2">
        {ONDERDELEN.map((o) => (
          <li key={o.href} className="rounded-lg border border-gray-200 bg-white p-4">
            <Link href={o.href} className="font-semibold">
              {o.label}
            </Link>
            <p className="mt-1 text-gray-700">{o.omschrijving}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
