import type { Metadata } from "next";
import { EntiteitTypenBeheer } from "@/components/beheer/pabc";
import { PaginaKop } from "@/components/ui/PaginaKop";

export const metadata: Metadata = { title: "Zaaktypen | PABC" };

export default function Page() {
  return (
    <>
      <PaginaKop titel="Zaaktypen" intro="De zaaktypen (entiteittypen) die PABC kent. De zaakafhandelcomponent herkent een zaaktype aan zijn omschrijving." />
      <EntiteitTypenBeheer />
    </>
  );
}
