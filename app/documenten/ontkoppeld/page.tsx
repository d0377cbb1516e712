import type { Metadata } from "next";
import { Suspense } from "react";
import { PaginaKop } from "@/components/ui/PaginaKop";
import { DocumentenWerklijst } from "@/components/werklijst";

export const metadata: Metadata = { title: "Ontkoppelde documenten" };

export default function Page() {
  return (
    <>
      <PaginaKop titel="Ontkoppelde documenten" intro="Documenten die van een zaak zijn losgemaakt." />
      <Suspense>
        <DocumentenWerklijst lijst="ontkoppelde-documenten" />
      </Suspense>
    </>
  );
}
