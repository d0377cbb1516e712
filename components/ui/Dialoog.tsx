"use client";

import { useEffect, useId, useRef } from "react";

/**
 * A modal on the native <dialog>: the browser traps focus, Escape closes it and the page behind
 * is inert. On open, focus goes to the first field (or the dialog's heading when there is none);
 * on close it returns to the element that opened it.
 */
export function Dialoog({
  open,
  titel,
  onSluit,
  children,
  breed = false,
}: {
  open: boolean;
  titel: string;
  onSluit: () => void;
  children: React.ReactNode;
  breed?: boolean;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  const titelId = useId();

  useEffect(() => {
    const dialoog = ref.current;
    if (!dialoog) return;
    if (open && !dialoog.open) {
      opener.current = document.activeElement;
      dialoog.showModal();
      const eerste = dialoog.querySelector<HTMLElement>("[data-autofocus], input:not([type=hidden]), select, textarea");
      (eerste ?? dialoog.querySelector<HTMLElement>("h2"))?.focus();
    } else if (!open && dialoog.open) {
      dialoog.close();
    }
  }, [open]);

  useEffect(() => {
    const dialoog = ref.current;
    if (!dialoog) return;
    const bijSluiten = () => {
      const terug = opener.current;
      if (terug instanceof HTMLElement && terug.isConnected) terug.focus();
      onSluit();
    };
    dialoog.addEventListener("close", bijSluiten);
    return () => dialoog.removeEventListener("close", bijSluiten);
  }, [onSluit]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titelId}
      className={
        "m-auto w-[calc(100%-2rem)] rounded-lg border border-gray-300 bg-white p-0 text-gray-900 shadow-xl backdrop:bg-gray-900/50 " +
        (breed ? "max-w-4xl" : "max-w-xl")
      }
    >
      {open ? (
        <div className="flex max-h-[85dvh] flex-col">
          <div className="flex items-start justify-between gap-4 border-b border-gray-200 px-6 py-4">
            <h2 id={titelId} tabIndex={-1} className="text-xl font-semibold">
              {titel}
            </h2>
            <button
              type="button"
              onClick={() => ref.current?.close()}
              className="inline-flex size-10 shrink-0 items-center justify-center rounded-md text-gray-700 hover:bg-gray-100"
            >
              <span aria-hidden="true" className="text-2xl leading-none">
                ×
              </span>
              <span className="sr-only">Sluiten</span>
            </button>
          </div>
          <div className="overflow-y-auto px-6 py-5">{children}</div>
        </div>
      ) : null}
    </dialog>
  );
}
