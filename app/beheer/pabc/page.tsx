import type { Metadata } from "next";
import Link from "next/link";
import { ExternePabcMelding, PABC_PAGINAS, VolgendeLoginMelding } from "@/components/beheer/pabc";
import { PaginaKop } from "@/components/ui/PaginaKop";
import { getConfig } from "@/lib/config";

export const metadata: Metadata = { title: "Rollen en rechten (PABC)" };
export const dynamic = "force-dynamic";

const UITLEG: Record<(typeof PABC_PAGINAS)[number]["href"], string> = {
  "/beheer/pabc/mappings": "Welke functionele rol welke applicatierol krijgt, voor welke zaaktypen.",
  "/beheer/pabc/functionele-rollen": "De rollen uit Keycloak waarop je rechten toekent.",
  "/beheer/pabc/domeinen": "Groepen zaaktypen, zodat je rechten per domein kunt geven.",
  "/beheer/pabc/entiteittypen": "De zaaktypen die PABC kent (op hun omschrijving).",
  "/beheer/pabc/applicatierollen": "De vaste rollen van de zaakafhandelcomponent (alleen bekijken).",
};

export default function Page() {
  const extern = Boolean(getConfig().PABC_URL);
  return (
    <>
      <PaginaKop
        titel="Rollen en rechten (PABC)"
        intro="Beheer van de ingebouwde PABC: welke functionele rollen uit Keycloak welke rechten geven in de zaakafhandelcomponent."
      />
      {extern ? (
        <ExternePabcMelding />
      ) : (
        <>
          <VolgendeLoginMelding />
          <ul className="grid max-w-3xl gap-4 sm:grid-cols-2">
            {PABC_PAGINAS.map((p) => (
              <li key={p.href} className="rounded-lg border border-gray-200 bg-white p-4">
                <Link href={p.href} className="font-semibold">
                  {p.label}
                </Link>
                <p className="mt-1 text-gray-700">{UITLEG[p.href]}</p>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
