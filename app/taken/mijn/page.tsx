import type { Metadata } from "next";
import { Suspense } from "react";
import { PaginaKop } from "@/components/ui/PaginaKop";
import { TakenWerklijst } from "@/components/werklijst";

export const metadata: Metadata = { title: "Mijn taken" };

export default function Page() {
  return (
    <>
      <PaginaKop titel="Mijn taken" intro="Open taken die aan jou zijn toegekend." />
      <Suspense>
        <TakenWerklijst lijst="mijn-taken" />
      </Suspense>
    </>
  );
}
