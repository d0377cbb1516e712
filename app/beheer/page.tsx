import type { Metadata } from "next";
import { InAanbouw } from "@/components/shell";

export const metadata: Metadata = { title: "Beheer" };

export default function BeheerPage() {
  return <InAanbouw href="/beheer" />;
}
