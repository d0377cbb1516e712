import type { Metadata } from "next";
import { Suspense } from "react";
import { PaginaKop } from "@/components/ui/PaginaKop";
import { ZakenWerklijst } from "@/components/werklijst";

export const metadata: Metadata = { title: "Afgehandelde zaken" };

export default function Page() {
  return (
    <>
      <PaginaKop titel="Afgehandelde zaken" intro="Zaken die zijn afgehandeld." />
      <Suspense>
        <ZakenWerklijst lijst="afgehandelde-zaken" />
      </Suspense>
    </>
  );
}
