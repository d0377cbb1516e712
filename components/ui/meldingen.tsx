"use client";

import { createContext, useCallback, useContext, useState } from "react";

/**
 * One page-wide live region for results of actions. It is in the DOM from the start (empty), so
 * screen readers announce the text when it appears (WCAG 4.1.3); the visible box stays until the
 * next action or until the user closes it.
 */
const MeldingContext = createContext<(tekst: string) => void>(() => {});

export function useMelding(): (tekst: string) => void {
  return useContext(MeldingContext);
}

export function MeldingProvider({ children }: { children: React.ReactNode }) {
  const [tekst, setTekst] = useState<string | null>(null);
  const meld = useCallback((t: string) => setTekst(t), []);
  return (
    <MeldingContext.Provider value={meld}>
      <div role="status" aria-live="polite" data-testid="resultaatmelding" className={tekst ? "mb-6" : "sr-only"}>
        {tekst ? (
          <div className="flex items-start justify-between gap-4 rounded-md border border-green-700 bg-green-50 px-4 py-3 text-green-900">
            <p>
              <span className="font-semibold">Gelukt: </span>
              {tekst}
            </p>
            <button type="button" onClick={() => setTekst(null)} className="min-h-8 rounded px-2 text-sm font-semibold underline">
              Melding sluiten
            </button>
          </div>
        ) : null}
      </div>
      {children}
    </MeldingContext.Provider>
  );
}
