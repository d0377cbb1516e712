"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { Icoon } from "./Icoon";
import { NAVIGATIE, isActief } from "./navigatie";

export function Navigatie() {
  const pathname = usePathname() ?? "/";
  return (
    <nav aria-label="Hoofdnavigatie" className="px-3 py-4">
      <ul className="flex flex-col gap-1">
        {NAVIGATIE.map((item) => {
          const actief = isActief(item.href, pathname);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={actief ? "page" : undefined}
                className={
                  "relative flex min-h-11 items-center gap-3 rounded-md px-3 py-2 text-[0.9375rem] no-underline " +
                  (actief
                    ? "bg-accent-50 font-semibold text-accent-800 before:absolute before:inset-y-1.5 before:left-0 before:w-1 before:rounded-full before:bg-accent-700"
                    : "text-gray-700 hover:bg-gray-100 hover:text-gray-900")
                }
              >
                <Icoon naam={item.icoon} className={"size-5 shrink-0 " + (actief ? "text-accent-700" : "text-gray-500")} />
                <span>{item.label}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
