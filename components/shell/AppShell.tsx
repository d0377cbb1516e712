import { Header } from "./Header";
import { Navigatie } from "./Navigatie";
import { HOOFDINHOUD_ID, SkipLink } from "./SkipLink";
import type { ShellGebruiker } from "./UserMenu";

/**
 * Page frame: skip link, header, left navigation and the main region. The sidebar keeps a fixed
 * width and the content column may shrink (min-w-0), so nothing scrolls sideways at 1024 px.
 */
export function AppShell({ user, children }: { user?: ShellGebruiker | null; children: React.ReactNode }) {
  return (
    <>
      <SkipLink />
      <div className="flex min-h-dvh flex-col">
        <Header user={user} />
        <div className="flex flex-1">
          <aside className="sticky top-16 h-[calc(100dvh-4rem)] w-56 shrink-0 overflow-y-auto border-r border-gray-200 bg-white xl:w-60">
            <Navigatie signaleringen={!!user} />
          </aside>
          <main id={HOOFDINHOUD_ID} tabIndex={-1} className="min-w-0 flex-1 px-8 py-8 xl:px-10">
            <div className="mx-auto max-w-5xl">{children}</div>
          </main>
        </div>
      </div>
    </>
  );
}
