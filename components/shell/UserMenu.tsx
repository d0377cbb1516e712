export interface ShellGebruiker {
  naam: string;
}

function initialen(naam: string): string {
  const delen = naam.trim().split(/\s+/).filter(Boolean);
  const eerste = delen[0]?.[0] ?? "";
  const laatste = delen.length > 1 ? (delen[delen.length - 1]?.[0] ?? "") : "";
  return (eerste + laatste).toUpperCase() || "?";
}

/**
 * The user area in the header. Login does not exist yet, so without a user it says so plainly;
 * once identity is wired, the layout passes the signed-in user and this grows into a menu.
 */
export function UserMenu({ user }: { user?: ShellGebruiker | null }) {
  if (!user) {
    return (
      <div className="flex items-center gap-2 text-sm text-gray-700">
        <span
          aria-hidden="true"
          className="flex size-8 items-center justify-center rounded-full border border-gray-300 bg-gray-50 text-gray-500"
        >
          <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.75} className="size-5" focusable="false">
            <circle cx="12" cy="8.5" r="3.5" />
            <path d="M5 20c.8-3.6 3.6-5.5 7-5.5s6.2 1.9 7 5.5" strokeLinecap="round" />
          </svg>
        </span>
        <span>Niet ingelogd</span>
      </div>
    );
  }
  return (
    <div className="flex items-center gap-2 text-sm text-gray-800">
      <span
        aria-hidden="true"
        className="flex size-8 items-center justify-center rounded-full bg-accent-700 text-xs font-semibold text-white"
      >
        {initialen(user.naam)}
      </span>
      <span>
        <span className="sr-only">Ingelogd als </span>
        {user.naam}
      </span>
    </div>
  );
}
