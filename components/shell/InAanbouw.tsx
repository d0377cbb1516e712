import Link from "next/link";
import { AppError } from "@/lib/errors";
import { Icoon } from "./Icoon";
import { NAVIGATIE, type NavigatieItem } from "./navigatie";

function navigatieItem(href: string): NavigatieItem {
  const item = NAVIGATIE.find((i) => i.href === href);
  if (!item) throw new AppError("error", { detail: `Onbekend navigatie-item: ${href}` });
  return item;
}

/** A section page that exists (so the menu never leads to a 404) but has no content yet. */
export function InAanbouw({ href }: { href: string }) {
  const item = navigatieItem(href);
  return (
    <>
      <div className="flex items-center gap-3">
        <span aria-hidden="true" className="flex size-10 items-center justify-center rounded-md bg-accent-50 text-accent-700">
          <Icoon naam={item.icoon} className="size-6" />
        </span>
        <h1 className="text-3xl font-semibold tracking-tight text-gray-900">{item.label}</h1>
      </div>
      <p className="mt-4 max-w-prose text-gray-700">{item.omschrijving}</p>
      <div className="mt-8 max-w-prose rounded-lg border border-gray-200 bg-white p-5">
        <p className="font-semibold text-gray-900">Deze pagina is nog in aanbouw.</p>
        <p className="mt-1 text-gray-700">Dit onderdeel wordt op dit moment gebouwd. Er is hier nog niets te zien of te doen.</p>
        <p className="mt-4">
          <Link href="/">Terug naar het dashboard</Link>
        </p>
      </div>
    </>
  );
}
