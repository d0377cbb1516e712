"use client";

/**
 * Last resort when the root layout itself fails: it replaces the whole document, so it brings
 * its own <html> and minimal inline styling (globals.css may not have loaded).
 */
export default function GlobaleFout({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  return (
    <html lang="nl">
      <body style={{ fontFamily: "system-ui, sans-serif", margin: "3rem auto", maxWidth: "40rem", padding: "0 1rem", color: "#111827" }}>
        <main>
          <h1>Er ging iets mis</h1>
          <p>
            De zaakafhandelcomponent kon niet worden geladen. Probeer het opnieuw. Blijft het misgaan? Neem dan contact op
            met de servicedesk{error.digest ? ` en noem foutnummer ${error.digest}` : ""}.
          </p>
          <button type="button" onClick={() => retry()} style={{ padding: "0.6rem 1rem", fontSize: "1rem", minHeight: "44px" }}>
            Opnieuw proberen
          </button>
        </main>
      </body>
    </html>
  );
}
