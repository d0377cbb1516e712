import type { Metadata } from "next";
import { MappingsBeheer } from "@/components/beheer/pabc";
import { PaginaKop } from "@/components/ui/PaginaKop";

export const metadata: Metadata = { title: "Mappings | PABC" };

export default function Page() {
  return (
    <>
      <PaginaKop titel="Mappings" intro="Een mapping geeft een functionele rol een applicatierol: voor de zaaktypen van één domein, voor alle zaaktypen, of los van zaaktypen." />
      <MappingsBeheer />
    </>
  );
}
