import type { Metadata } from "next";
import { ApplicatieRollenOverzicht } from "@/components/beheer/pabc";
import { PaginaKop } from "@/components/ui/PaginaKop";

export const metadata: Metadata = { title: "Applicatierollen | PABC" };

export default function Page() {
  return (
    <>
      <PaginaKop titel="Applicatierollen" intro="De rollen die de zaakafhandelcomponent kent." />
      <ApplicatieRollenOverzicht />
    </>
  );
}
