import type { Metadata } from "next";
import { Suspense } from "react";
import { PaginaKop } from "@/components/ui/PaginaKop";
import { Zoeken } from "@/components/zoeken";

export const metadata: Metadata = { title: "Zoeken" };

export default function ZoekenPage() {
  return (
    <>
      <PaginaKop titel="Zoeken" intro="Zoek in zaken, taken en documenten op zaaknummer, omschrijving, namen van betrokkenen of documenttitels." />
      <Suspense>
        <Zoeken />
      </Suspense>
    </>
  );
}
