import type { Metadata } from "next";
import { InAanbouw } from "@/components/shell";

export const metadata: Metadata = { title: "Taken" };

export default function TakenPage() {
  return <InAanbouw href="/taken" />;
}
