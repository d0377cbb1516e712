import type { Metadata } from "next";
import { TaakDetailPagina } from "@/components/taak/TaakDetail";

export const metadata: Metadata = { title: "Taak" };

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <TaakDetailPagina id={id} />;
}
