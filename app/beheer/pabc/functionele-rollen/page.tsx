import type { Metadata } from "next";
import { FunctioneleRollenBeheer } from "@/components/beheer/pabc";
import { PaginaKop } from "@/components/ui/PaginaKop";

export const metadata: Metadata = { title: "Functionele rollen | PABC" };

export default function Page() {
  return (
    <>
      <PaginaKop titel="Functionele rollen" intro="Functionele rollen zijn realm-rollen in Keycloak. Een gebruiker krijgt rechten via de mappings van zijn functionele rollen." />
      <FunctioneleRollenBeheer />
    </>
  );
}
