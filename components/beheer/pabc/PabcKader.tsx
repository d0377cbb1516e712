"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { foutTekst } from "@/components/ui/api";
import { FoutMelding, Laden } from "@/components/ui/Melding";
import { WERKT_BIJ_VOLGENDE_LOGIN, type PabcOverzicht } from "@/lib/pabc/beheer-contract";
import { usePabcOverzicht } from "./gegevens";
import { PABC_PAGINAS } from "./paginas";


/** Sub-navigation between the PABC beheer pages. */
export function PabcSubnavigatie() {
  const pad = usePathname();
  return (
    <nav aria-label="Onderdelen van PABC-beheer" className="mb-6">
      <ul className="flex flex-wrap gap-2">
        {PABC_PAGINAS.map((p) => {
          const huidig = pad === p.href;
          return (
            <li key={p.href}>
              <Link
                href={p.href}
                aria-current={huidig ? "page" : undefined}
                className={
                  "inline-flex min-h-11 items-center rounded-md border px-3 py-2 font-semibold " +
                  (huidig ? "border-accent-700 bg-accent-700 text-white" : "border-gray-400 bg-white text-gray-900 hover:bg-gray-50")
                }
              >
                {p.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/** Says that changes apply at the next login (PABC roles are read at login). */
export function VolgendeLoginMelding() {
  return (
    <p className="mb-6 max-w-prose rounded-md border border-accent-700 bg-accent-50 px-4 py-3 text-gray-900">
      <span className="font-semibold">Let op: </span>
      {WERKT_BIJ_VOLGENDE_LOGIN}
    </p>
  );
}

/** Shown instead of the data when PABC_URL points at an external PABC. */
export function ExternePabcMelding() {
  return (
    <div className="max-w-prose rounded-lg border border-gray-300 bg-white p-5" data-testid="externe-pabc">
      <p className="font-semibold text-gray-900">Deze omgeving gebruikt een externe PABC.</p>
      <p className="mt-1 text-gray-700">
        De functionele rollen, domeinen, zaaktypen en mappings worden beheerd in de beheeromgeving van die PABC (ingesteld met
        PABC_URL). Hier kun je ze niet bekijken of wijzigen.
      </p>
    </div>
  );
}

/** Loads the overview and renders the page body, or the loading/error/external state. */
export function PabcKader({ children }: { children: (overzicht: PabcOverzicht) => React.ReactNode }) {
  const overzicht = usePabcOverzicht();
  if (overzicht.isPending) return <Laden tekst="Gegevens van PABC laden…" />;
  if (overzicht.isError) return <FoutMelding>De gegevens konden niet worden geladen. {foutTekst(overzicht.error)}</FoutMelding>;
  if (overzicht.data.extern) return <ExternePabcMelding />;
  return (
    <>
      <PabcSubnavigatie />
      <VolgendeLoginMelding />
      {children(overzicht.data)}
    </>
  );
}
