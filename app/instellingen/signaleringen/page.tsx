import type { Metadata } from "next";
import { SignaleringInstellingen } from "@/components/dashboard";
import { PaginaKop } from "@/components/ui/PaginaKop";

export const metadata: Metadata = { title: "Signaleringen instellen" };

export default function Page() {
  return (
    <>
      <PaginaKop
        titel="Signaleringen instellen"
        intro="Kies per soort signalering of je die op je dashboard ziet en of je er een e-mail over krijgt. Over wat je zelf doet krijg je geen signalering."
      />
      <SignaleringInstellingen />
    </>
  );
}
