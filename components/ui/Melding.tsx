/**
 * Result and error messages. A status message (role=status) is announced politely; an error uses
 * role=alert. Both keep their text visible, with an icon-free prefix word so colour is not the
 * only signal (WCAG 1.4.1).
 */
export function StatusMelding({ children, id }: { children?: React.ReactNode; id?: string }) {
  return (
    <div role="status" id={id} className={children ? "rounded-md border border-green-700 bg-green-50 px-4 py-3 text-green-900" : "sr-only"}>
      {children ? (
        <>
          <span className="font-semibold">Gelukt: </span>
          {children}
        </>
      ) : null}
    </div>
  );
}

export function FoutMelding({ children, id }: { children: React.ReactNode; id?: string }) {
  return (
    <div role="alert" id={id} className="rounded-md border border-red-700 bg-red-50 px-4 py-3 text-red-900">
      <span className="font-semibold">Fout: </span>
      {children}
    </div>
  );
}

export function Laden({ tekst = "Bezig met laden…" }: { tekst?: string }) {
  return (
    <p role="status" className="flex items-center gap-2 text-gray-700">
      <span aria-hidden="true" className="size-4 animate-spin rounded-full border-2 border-gray-400 border-t-accent-700" />
      {tekst}
    </p>
  );
}
