import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { huidigeSessie, inlogUrl, toegangVoorSessie } from "@/lib/auth";

export const metadata: Metadata = { title: "Geen toegang" };
export const dynamic = "force-dynamic";

const KNOP =
  "mt-6 inline-flex min-h-11 items-center rounded-md bg-accent-700 px-4 py-2 font-semibold text-white no-underline hover:bg-accent-800";

/**
 * The Dutch 403 page. The proxy shows it (HTTP 403) instead of any page the user may not use;
 * it explains why, based on the same access decision.
 */
export default async function GeenToegangPagina({ searchParams }: { searchParams: Promise<{ reden?: string }> }) {
  const sessie = await huidigeSessie();
  const uitkomst = toegangVoorSessie(sessie);
  if (!sessie?.gebruiker || !uitkomst) redirect(inlogUrl("/"));
  const { reden } = await searchParams;
  const alleenBeheer = uitkomst.toegang && reden === "beheer";
  return (
    <div className="max-w-prose">
      <h1 className="text-3xl font-semibold tracking-tight text-gray-900">Geen toegang</h1>
      {!uitkomst.toegang ? (
        <>
          <p className="mt-4 text-gray-700">
            Je bent ingelogd als <strong>{sessie.gebruiker.naam}</strong> ({sessie.gebruiker.id}), maar je kunt de
            zaakafhandelcomponent niet gebruiken.
          </p>
          <p className="mt-3 text-gray-700">{uitkomst.uitleg}</p>
          {uitkomst.reden === "pabc-onbeschikbaar" ? (
            <>
              <p className="mt-3 text-gray-700">Dit ligt niet aan jou. Probeer het over een paar minuten opnieuw.</p>
              <a href="/inloggen" className={KNOP}>
                Opnieuw proberen
              </a>
            </>
          ) : (
            <p className="mt-3 text-gray-700">
              Heb je deze rechten wel nodig? Vraag dan de functioneel beheerder van je organisatie om je de juiste rol te geven.
              Daarna log je opnieuw in.
            </p>
          )}
        </>
      ) : alleenBeheer ? (
        <>
          <p className="mt-4 text-gray-700">Beheer is alleen voor functioneel beheerders. Je account heeft die rol niet.</p>
          <Link href="/" className={KNOP}>
            Naar het dashboard
          </Link>
        </>
      ) : (
        <>
          <p className="mt-4 text-gray-700">Je hebt geen toegang tot de pagina die je probeerde te openen.</p>
          <Link href="/" className={KNOP}>
            Naar het dashboard
          </Link>
        </>
      )}
    </div>
  );
}
