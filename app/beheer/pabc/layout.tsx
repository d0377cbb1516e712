import Link from "next/link";
import { vereisGebruiker } from "@/lib/auth";

/** Every PABC beheer page: only for beheerders (the proxy checks too). */
export default async function PabcBeheerLayout({ children }: { children: React.ReactNode }) {
  await vereisGebruiker({ terug: "/beheer/pabc", beheer: true });
  return (
    <>
      <nav aria-label="Kruimelpad" className="mb-4 text-sm">
        <ol className="flex flex-wrap gap-2">
          <li>
            <Link href="/beheer">Beheer</Link>
            <span aria-hidden="true"> /</span>
          </li>
          <li>
            <Link href="/beheer/pabc">Rollen en rechten (PABC)</Link>
          </li>
        </ol>
      </nav>
      {children}
    </>
  );
}
