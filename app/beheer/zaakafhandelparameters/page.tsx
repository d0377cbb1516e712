import type { Metadata } from "next";
import Link from "next/link";
import { ZaakafhandelparametersOverzicht } from "@/components/beheer/ZaakafhandelparametersOverzicht";
import { PaginaKop } from "@/components/ui/PaginaKop";

export const metadata: Metadata = { title: "Zaakafhandelparameters" };

export default function Page() {
  return (
    <>
      <PaginaKop
        titel="Zaakafhandelparameters"
        intro="Per zaaktype stel je in hoe zaken worden behandeld: standaardgroep, signalering, e-mail, resultaten en soorten taken. Kies een zaaktype om het in te richten."
      >
        <Link href="/beheer/inrichtingscheck" className="inline-flex min-h-11 items-center rounded-md border border-gray-400 bg-white px-4 py-2 font-semibold text-gray-900 hover:bg-gray-50">
          Inrichtingscheck
        </Link>
      </PaginaKop>
      <ZaakafhandelparametersOverzicht />
    </>
  );
}
