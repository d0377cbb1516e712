import type { Metadata } from "next";
import { PaginaKop } from "@/components/ui/PaginaKop";
import { ZaakStartenFormulier } from "@/components/zaak/ZaakStarten";

export const metadata: Metadata = { title: "Zaak starten" };

export default function Page() {
  return (
    <>
      <PaginaKop titel="Zaak starten" intro="Kies een zaaktype en vul de gegevens in. Velden met (verplicht) moet je invullen." />
      <ZaakStartenFormulier />
    </>
  );
}
