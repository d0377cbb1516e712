import type { Metadata } from "next";
import { InAanbouw } from "@/components/shell";

export const metadata: Metadata = { title: "Documenten" };

export default function DocumentenPage() {
  return <InAanbouw href="/documenten" />;
}
