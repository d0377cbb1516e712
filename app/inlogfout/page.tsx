import type { Metadata } from "next";

export const metadata: Metadata = { title: "Inloggen mislukt" };

const UITLEG: Record<string, string> = {
  Configuration: "De inlogdienst is niet bereikbaar of niet goed ingesteld. Probeer het over een paar minuten opnieuw.",
  AccessDenied: "Je hebt geen toegang gekregen van de inlogdienst.",
  Verification: "De inloglink is verlopen of al gebruikt.",
};

/** next-auth sends failed logins here (?error=...). */
export default async function InlogFoutPagina({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  const { error } = await searchParams;
  const uitleg = (error && UITLEG[error]) ?? "Het inloggen is niet gelukt. Probeer het opnieuw.";
  return (
    <div className="max-w-prose">
      <h1 className="text-3xl font-semibold tracking-tight text-gray-900">Inloggen mislukt</h1>
      <p className="mt-4 text-gray-700">{uitleg}</p>
      <p className="mt-3 text-gray-700">Blijft het misgaan? Neem dan contact op met de servicedesk.</p>
      <a
        href="/inloggen"
        className="mt-6 inline-flex min-h-11 items-center rounded-md bg-accent-700 px-4 py-2 font-semibold text-white no-underline hover:bg-accent-800"
      >
        Opnieuw inloggen
      </a>
    </div>
  );
}
