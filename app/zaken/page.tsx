import type { Metadata } from "next";
import { Suspense } from "react";
import { PaginaKop } from "@/components/ui/PaginaKop";
import { ZakenWerklijst } from "@/components/werklijst";

export const metadata: Metadata = { title: "Zaken-werkvoorraad" };

export default function Page() {
  return (
    <>
      <PaginaKop titel="Zaken-werkvoorraad" intro="Open zaken van de zaaktypen waar je bij mag. Ken een zaak aan jezelf toe om ermee aan de slag te gaan." />
      <Suspense>
        <ZakenWerklijst lijst="zaken-werkvoorraad" />
      </Suspense>
    </>
  );
}
