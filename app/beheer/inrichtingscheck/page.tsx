import type { Metadata } from "next";
import { Inrichtingscheck } from "@/components/beheer/Inrichtingscheck";
import { PaginaKop } from "@/components/ui/PaginaKop";

export const metadata: Metadata = { title: "Inrichtingscheck" };

export default function Page() {
  return (
    <>
      <PaginaKop titel="Inrichtingscheck" intro="Per zaaktype zie je wat er nog ontbreekt voordat medewerkers er zaken van kunnen starten." />
      <Inrichtingscheck />
    </>
  );
}
