import type { Metadata } from "next";
import { DocumentDetailPagina } from "@/components/documenten/DocumentDetail";

export const metadata: Metadata = { title: "Document" };

export default async function Page({ params, searchParams }: { params: Promise<{ uuid: string }>; searchParams: Promise<{ zaak?: string | string[] }> }) {
  const { uuid } = await params;
  const { zaak } = await searchParams;
  return <DocumentDetailPagina uuid={uuid} zaakUuid={typeof zaak === "string" ? zaak : undefined} />;
}
