import type { Metadata } from "next";
import { DomeinenBeheer } from "@/components/beheer/pabc";
import { PaginaKop } from "@/components/ui/PaginaKop";

export const metadata: Metadata = { title: "Domeinen | PABC" };

export default function Page() {
  return (
    <>
      <PaginaKop titel="Domeinen" intro="Een domein groepeert zaaktypen, zodat een mapping voor al die zaaktypen tegelijk geldt." />
      <DomeinenBeheer />
    </>
  );
}
