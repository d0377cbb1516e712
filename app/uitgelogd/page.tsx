import type { Metadata } from "next";

export const metadata: Metadata = { title: "Uitgelogd" };

export default function UitgelogdPagina() {
  return (
    <div className="max-w-prose">
      <h1 className="text-3xl font-semibold tracking-tight text-gray-900">Je bent uitgelogd</h1>
      <p className="mt-4 text-gray-700">Je bent uitgelogd bij de zaakafhandelcomponent en bij de inlogdienst.</p>
      {/* A plain link: the login starts with a full page load, not a client-side navigation. */}
      <a
        href="/inloggen"
        className="mt-6 inline-flex min-h-11 items-center rounded-md bg-accent-700 px-4 py-2 font-semibold text-white no-underline hover:bg-accent-800"
      >
        Opnieuw inloggen
      </a>
    </div>
  );
}
