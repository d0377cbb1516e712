import type { Metadata } from "next";
import { Suspense } from "react";
import { PaginaKop } from "@/components/ui/PaginaKop";
import { ZakenWerklijst } from "@/components/werklijst";

export const metadata: Metadata = { title: "Mijn zaken" };

export default function Page() {
  return (
    <>
      <PaginaKop titel="Mijn zaken" intro="Open zaken die aan jou zijn toegekend." />
      <Suspense>
        <ZakenWerklijst lijst="mijn-zaken" />
      </Suspense>
    </>
  );
}
