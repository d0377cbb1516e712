import type { Metadata } from "next";
import { Suspense } from "react";
import { PaginaKop } from "@/components/ui/PaginaKop";
import { TakenWerklijst } from "@/components/werklijst";

export const metadata: Metadata = { title: "Taken-werkvoorraad" };

export default function Page() {
  return (
    <>
      <PaginaKop titel="Taken-werkvoorraad" intro="Open taken van de zaaktypen waar je bij mag." />
      <Suspense>
        <TakenWerklijst lijst="taken-werkvoorraad" />
      </Suspense>
    </>
  );
}
