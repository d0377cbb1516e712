"use client";

import { useId, useRef } from "react";

export interface Tab {
  id: string;
  label: string;
  /** e.g. a count, read after the label. */
  aantal?: number;
}

/**
 * ARIA tabs (automatic activation): arrow keys move between tabs, Home/End jump; only the active
 * tab is in the tab order. Only the active panel is rendered, so hidden panels fetch nothing.
 */
export function Tabs({ tabs, actief, onKies, label, children }: { tabs: readonly Tab[]; actief: string; onKies: (id: string) => void; label: string; children: React.ReactNode }) {
  const basis = useId();
  const lijst = useRef<HTMLDivElement>(null);

  function toets(e: React.KeyboardEvent, index: number) {
    let doel: number | null = null;
    if (e.key === "ArrowRight") doel = (index + 1) % tabs.length;
    if (e.key === "ArrowLeft") doel = (index - 1 + tabs.length) % tabs.length;
    if (e.key === "Home") doel = 0;
    if (e.key === "End") doel = tabs.length - 1;
    if (doel === null) return;
    e.preventDefault();
    const tab = tabs[doel];
    if (!tab) return;
    onKies(tab.id);
    lijst.current?.querySelectorAll<HTMLButtonElement>("[role=tab]")[doel]?.focus();
  }

  return (
    <div>
      <div ref={lijst} role="tablist" aria-label={label} className="flex flex-wrap gap-1 border-b border-gray-300">
        {tabs.map((t, i) => {
          const gekozen = t.id === actief;
          return (
            <button
              key={t.id}
              type="button"
              role="tab"
              id={`${basis}-tab-${t.id}`}
              aria-selected={gekozen}
              aria-controls={`${basis}-paneel-${t.id}`}
              tabIndex={gekozen ? 0 : -1}
              onClick={() => onKies(t.id)}
              onKeyDown={(e) => toets(e, i)}
              className={
                "-mb-px min-h-11 rounded-t-md border px-3 py-2 text-sm font-semibold " +
                (gekozen ? "border-gray-300 border-b-white bg-white text-accent-800" : "border-transparent text-gray-700 hover:bg-gray-100 hover:text-gray-900")
              }
            >
              {t.label}
              {t.aantal !== undefined ? <span className="ml-1 font-normal text-gray-700">({t.aantal})</span> : null}
            </button>
          );
        })}
      </div>
      <div
        role="tabpanel"
        id={`${basis}-paneel-${actief}`}
        aria-labelledby={`${basis}-tab-${actief}`}
        tabIndex={0}
        className="rounded-b-lg border border-t-0 border-gray-300 bg-white p-5"
      >
        {children}
      </div>
    </div>
  );
}
