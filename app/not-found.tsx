import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Pagina niet gevonden" };

export default function NotFound() {
  return (
    <>
      <p className="text-sm font-semibold text-gray-600">Fout 404</p>
      <h1 className="mt-1 text-3xl font-semibold tracking-tight text-gray-900">Pagina niet gevonden</h1>
      <p className="mt-4 max-w-prose text-gray-700">
        De pagina die je zoekt bestaat niet (meer) of is verplaatst. Controleer het adres of ga verder via het menu.
      </p>
      <p className="mt-6">
        <Link href="/">Naar het dashboard</Link>
      </p>
    </>
  );
}
