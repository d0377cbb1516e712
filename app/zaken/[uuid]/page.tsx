import type { Metadata } from "next";
import { Suspense } from "react";
import { ZaakDetailPagina } from "@/components/zaak/ZaakDetail";

export const metadata: Metadata = { title: "Zaak" };

export default async function Page({ params }: { params: Promise<{ uuid: string }> }) {
  const { uuid } = await params;
  return (
    <Suspense>
      <ZaakDetailPagina uuid={uuid} />
    </Suspense>
  );
}
