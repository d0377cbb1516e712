"use client";

import { useEffect, useRef } from "react";

/** Only the digest (a server-side log reference) is shown; messages and stacks stay internal. */
function foutnummer(error: unknown): string | undefined {
  if (typeof error === "object" && error !== null && "digest" in error) {
    const digest = (error as { digest?: unknown }).digest;
    if (typeof digest === "string" && digest.length > 0) return digest;
  }
  return undefined;
}

export default function FoutPagina({ error, retry }: { error: unknown; retry: () => void }) {
  const kop = useRef<HTMLHeadingElement>(null);
  const nummer = foutnummer(error);

  // Move focus to the message so keyboard and screen-reader users notice the page changed.
  useEffect(() => {
    kop.current?.focus();
  }, []);

  return (
    <div className="max-w-prose">
      <h1 ref={kop} tabIndex={-1} className="text-3xl font-semibold tracking-tight text-gray-900">
        Er ging iets mis
      </h1>
      <p className="mt-4 text-gray-700">
        Deze pagina kon niet worden geladen. Probeer het opnieuw. Blijft het misgaan? Neem dan contact op met de
        servicedesk{nummer ? " en noem het foutnummer" : ""}.
      </p>
      {nummer ? (
        <p className="mt-3 text-gray-700">
          Foutnummer: <code className="rounded bg-gray-100 px-1.5 py-0.5 font-mono text-sm text-gray-900">{nummer}</code>
        </p>
      ) : null}
      <button
        type="button"
        onClick={() => retry()}
        className="mt-6 inline-flex min-h-11 items-center rounded-md bg-accent-700 px-4 py-2 font-semibold text-white hover:bg-accent-800"
      >
        Opnieuw proberen
      </button>
    </div>
  );
}
