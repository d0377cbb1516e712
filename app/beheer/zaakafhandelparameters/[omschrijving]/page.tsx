import type { Metadata } from "next";
import { ParametersBewerken } from "@/components/beheer/ParametersFormulier";
import { PaginaKop } from "@/components/ui/PaginaKop";

type Props = { params: Promise<{ omschrijving: string }> };

function zaaktypeUit(waarde: string): string {
  try {
    return decodeURIComponent(waarde);
  } catch {
    return waarde;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Zaakafhandelparameters ${zaaktypeUit((await params).omschrijving)}` };
}

export default async function Page({ params }: Props) {
  const zaaktype = zaaktypeUit((await params).omschrijving);
  return (
    <>
      <PaginaKop titel={`Zaakafhandelparameters: ${zaaktype}`} intro="Velden met (verplicht) moet je invullen om het zaaktype in gebruik te nemen." />
      <ParametersBewerken omschrijving={zaaktype} />
    </>
  );
}
