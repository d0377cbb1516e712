export interface ShellGebruiker {
  naam: string;
  /** Application roles, shown under the name. */
  rollen?: readonly string[];
  /** Where the logout button posts to (lib/auth); without it there is no logout button. */
  uitlogUrl?: string;
}

function initialen(naam: string): string {
  const delen = naam.trim().split(/\s+/).filter(Boolean);
  const eerste = delen[0]?.[0] ?? "";
  const laatste = delen.length > 1 ? (delen[delen.length - 1]?.[0] ?? "") : "";
  return (eerste + laatste).toUpperCase() || "?";
}

/** The user area in the header: who is logged in, with which roles, and a logout button. */
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
  const rollen = user.rollen ?? [];
  return (
    <div className="flex items-center gap-3 text-sm text-gray-800">
      <span
        aria-hidden="true"
        className="flex size-8 items-center justify-center rounded-full bg-accent-700 text-xs font-semibold text-white"
      >
        {initialen(user.naam)}
      </span>
      <span className="flex flex-col leading-tight">
        <span data-testid="gebruiker-naam">
          <span className="sr-only">Ingelogd als </span>
          {user.naam}
        </span>
        <span className="text-xs text-gray-600" data-testid="gebruiker-rollen">
          <span className="sr-only">Rollen: </span>
          {rollen.length > 0 ? rollen.join(", ") : "geen rollen"}
        </span>
      </span>
      {user.uitlogUrl ? (
        <form method="post" action={user.uitlogUrl}>
          <button
            type="submit"
            className="inline-flex min-h-11 items-center rounded-md border border-gray-300 bg-white px-3 py-2 font-semibold text-gray-800 hover:bg-gray-50"
          >
            Uitloggen
          </button>
        </form>
      ) : null}
    </div>
  );
}
