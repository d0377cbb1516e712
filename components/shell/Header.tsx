import Link from "next/link";
import { UserMenu, type ShellGebruiker } from "./UserMenu";

export const APP_NAAM = "Zaakafhandelcomponent";

export function Header({ user }: { user?: ShellGebruiker | null }) {
  return (
    <header className="sticky top-0 z-30 flex h-16 shrink-0 items-center justify-between gap-4 border-b border-gray-200 bg-white px-6">
      <Link href="/" className="flex items-center gap-3 rounded-md py-1 text-gray-900 no-underline">
        <span aria-hidden="true" className="flex size-9 items-center justify-center rounded-md bg-accent-700 text-white">
          <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={2.25} className="size-5" focusable="false">
            <path d="M7 7h10L7 17h10" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
        </span>
        <span className="text-lg font-semibold tracking-tight">{APP_NAAM}</span>
      </Link>
      <UserMenu user={user} />
    </header>
  );
}
