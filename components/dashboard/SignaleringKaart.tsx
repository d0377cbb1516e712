"use client";

import Link from "next/link";
import { useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import { FoutMelding, Laden, foutTekst, haal, stuur } from "@/components/ui";
import { formatDatumTijd } from "@/lib/format";
import { GEZIEN_EVENT, SIGNALERING_ENDPOINTS, SIGNALERING_TYPE_INFO, SignaleringenAntwoord, type SignaleringType } from "@/lib/signaleringen/contract";

/**
 * One signalering type: the newest ones, new ones marked. Showing them marks them seen (the
 * "Nieuw" labels stay until the next load), and the menu dot is told to look again.
 */
export function SignaleringKaart({ type }: { type: SignaleringType }) {
  const q = useQuery({
    queryKey: ["dashboard", "signaleringen", type],
    queryFn: ({ signal }) => haal(`${SIGNALERING_ENDPOINTS.signaleringen}?type=${type}`, SignaleringenAntwoord, signal),
  });
  const heeftNieuw = q.data?.signaleringen.some((s) => s.nieuw) ?? false;
  useEffect(() => {
    if (!heeftNieuw) return;
    stuur(SIGNALERING_ENDPOINTS.gezien, { body: { type } })
      .then(() => window.dispatchEvent(new Event(GEZIEN_EVENT)))
      .catch(() => undefined); // they stay new; the next visit tries again
  }, [heeftNieuw, type]);

  if (q.isPending) return <Laden />;
  if (q.isError) return <FoutMelding>{foutTekst(q.error)}</FoutMelding>;
  const { signaleringen, aantal } = q.data;
  if (signaleringen.length === 0) return <p className="text-sm text-gray-700">Geen signaleringen. {SIGNALERING_TYPE_INFO[type].omschrijving}</p>;
  return (
    <>
      <ul className="divide-y divide-gray-100">
        {signaleringen.map((s) => (
          <li key={s.id} className="py-2" data-signalering={s.id}>
            {s.nieuw ? <span className="mr-2 rounded-sm bg-accent-700 px-1.5 py-0.5 text-xs font-semibold text-white">Nieuw</span> : null}
            <Link href={s.link} className="font-medium">
              {s.onderwerp}
            </Link>
            <span className="block text-sm text-gray-700">{s.tekst}</span>
            <span className="block text-xs text-gray-600">{formatDatumTijd(s.aangemaakt)}</span>
          </li>
        ))}
      </ul>
      {aantal > signaleringen.length ? <p className="mt-2 text-sm text-gray-700">En nog {aantal - signaleringen.length} oudere.</p> : null}
    </>
  );
}
