import type { Metadata } from "next";
import { InAanbouw } from "@/components/shell";

export const metadata: Metadata = { title: "Zaken" };

export default function ZakenPage() {
  return <InAanbouw href="/zaken" />;
}
