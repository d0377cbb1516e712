"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { Icoon } from "./Icoon";
import { NieuwStip } from "./NieuwStip";
import { NAVIGATIE, huidigeLink, isActief } from "./navigatie";

export function Navigatie({ signaleringen = false }: { signaleringen?: boolean }) {
  const pathname = usePathname() ?? "/";
  const huidig = huidigeLink(pathname);
  return (
    <nav aria-label="Hoofdnavigatie" className="px-3 py-4">
      <ul className="flex flex-col gap-1">
        {NAVIGATIE.map((item) => {
          const actief = isActief(item.href, pathname);
          const isHuidig = huidig === item.href;
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={isHuidig ? "page" : undefined}
                className={
                  "relative flex min-h-11 items-center gap-3 rounded-md px-3 py-2 text-[0.9375rem] no-underline " +
                  (actief
                    ? "bg-accent-50 font-semibold text-accent-800 before:absolute before:inset-y-1.5 before:left-0 before:w-1 before:rounded-full before:bg-accent-700"
                    : "text-gray-700 hover:bg-gray-100 hover:text-gray-900")
                }
              >
                <Icoon naam={item.icoon} className={"size-5 shrink-0 " + (actief ? "text-accent-700" : "text-gray-500")} />
                <span>{item.label}</span>
                {signaleringen && item.href === "/" ? <NieuwStip /> : null}
              </Link>
              {item.kinderen ? (
                <ul className="mt-1 mb-1 ml-8 flex flex-col gap-0.5 border-l border-gray-200 pl-2">
                  {item.kinderen.map((kind) => (
                    <li key={kind.href}>
                      <Link
                        href={kind.href}
                        aria-current={huidig === kind.href ? "page" : undefined}
                        className={
                          "flex min-h-9 items-center rounded-md px-2 py-1 text-sm no-underline " +
                          (huidig === kind.href ? "bg-accent-50 font-semibold text-accent-800" : "text-gray-700 hover:bg-gray-100 hover:text-gray-900")
                        }
                      >
                        {kind.label}
                      </Link>
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
