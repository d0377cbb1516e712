import type { Metadata } from "next";
import { InAanbouw } from "@/components/shell";

export const metadata: Metadata = { title: "Zoeken" };

export default function ZoekenPage() {
  return <InAanbouw href="/zoeken" />;
}
