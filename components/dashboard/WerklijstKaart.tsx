"use client";

import Link from "next/link";
import { useQuery } from "@tanstack/react-query";
import { FoutMelding, Laden, foutTekst, haal } from "@/components/ui";
import { formatDatum } from "@/lib/format";
import { TakenWerklijstAntwoord, ZakenWerklijstAntwoord } from "@/lib/zaakafhandeling/contract";

const AANTAL = 5;

interface Regel {
  sleutel: string;
  href: string;
  titel: string;
  detail: string;
}

async function laad(lijst: "mijn-zaken" | "mijn-taken", signal: AbortSignal): Promise<{ count: number; regels: Regel[] }> {
  const pad = `/api/werklijsten/${lijst}?page=1&pageSize=10`;
  if (lijst === "mijn-zaken") {
    const d = await haal(pad, ZakenWerklijstAntwoord, signal);
    return {
      count: d.count,
      regels: d.rijen.map((r) => ({
        sleutel: r.uuid,
        href: `/zaken/${r.uuid}`,
        titel: r.identificatie,
        detail: [r.zaaktype, r.omschrijving, r.einddatumGepland ? `streefdatum ${formatDatum(r.einddatumGepland)}` : ""].filter(Boolean).join(" · "),
      })),
    };
  }
  const d = await haal(pad, TakenWerklijstAntwoord, signal);
  return {
    count: d.count,
    regels: d.rijen.map((r) => ({
      sleutel: r.id,
      href: `/taken/${r.id}`,
      titel: r.naam,
      detail: [`Zaak ${r.zaakIdentificatie}`, r.fataledatum ? `fatale datum ${formatDatum(r.fataledatum)}` : ""].filter(Boolean).join(" · "),
    })),
  };
}

/** Mijn zaken / Mijn taken: the first few rows of the werklijst (same endpoint, so same rights) and a link to the list. */
export function WerklijstKaart({ lijst }: { lijst: "mijn-zaken" | "mijn-taken" }) {
  const zaken = lijst === "mijn-zaken";
  const q = useQuery({ queryKey: ["dashboard", "werklijst", lijst], queryFn: ({ signal }) => laad(lijst, signal) });
  if (q.isPending) return <Laden />;
  if (q.isError) return <FoutMelding>{foutTekst(q.error)}</FoutMelding>;
  const { count, regels } = q.data;
  const woord = zaken ? (count === 1 ? "zaak" : "zaken") : count === 1 ? "taak" : "taken";
  return (
    <>
      <p className="text-sm text-gray-700">{count === 0 ? `Er staan geen open ${zaken ? "zaken" : "taken"} op je naam.` : `${count} open ${woord} op je naam.`}</p>
      {regels.length > 0 ? (
        <ul className="mt-2 divide-y divide-gray-100">
          {regels.slice(0, AANTAL).map((r) => (
            <li key={r.sleutel} className="py-2">
              <Link href={r.href} className="font-medium">
                {r.titel}
              </Link>
              <span className="block text-sm text-gray-700">{r.detail}</span>
            </li>
          ))}
        </ul>
      ) : null}
      <p className="mt-3 text-sm">
        <Link href={zaken ? "/zaken/mijn" : "/taken/mijn"}>{zaken ? "Alle zaken op mijn naam" : "Alle taken op mijn naam"}</Link>
      </p>
    </>
  );
}
