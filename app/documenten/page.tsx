import type { Metadata } from "next";
import { Suspense } from "react";
import { PaginaKop } from "@/components/ui/PaginaKop";
import { DocumentenWerklijst } from "@/components/werklijst";

export const metadata: Metadata = { title: "Inbox documenten" };

export default function Page() {
  return (
    <>
      <PaginaKop titel="Inbox documenten" intro="Binnengekomen documenten die nog niet aan een zaak zijn gekoppeld." />
      <Suspense>
        <DocumentenWerklijst lijst="inbox-documenten" />
      </Suspense>
    </>
  );
}
