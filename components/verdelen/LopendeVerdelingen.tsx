"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState } from "react";
import { z } from "zod";
import { queryKeys } from "@/lib/zaakafhandeling/contract";
import { ITEM_STATUS_NAMEN, VERDEEL_ENDPOINTS, VerdeelOpdracht, verdeelQueryKeys } from "@/lib/verdelen/contract";
import { foutTekst, haal, stuur } from "@/components/ui/api";
import { Knop } from "@/components/ui/Knop";
import { FoutMelding } from "@/components/ui/Melding";

const POLL_MS = 1000;

/** The user's recent opdrachten from the server, so progress survives a page reload. */
export function useVerdeelOpdrachten() {
  return useQuery({
    queryKey: verdeelQueryKeys.alle(),
    queryFn: ({ signal }) => haal(VERDEEL_ENDPOINTS.opdrachten, z.array(VerdeelOpdracht), signal),
    refetchInterval: (q) => (q.state.data?.some((o) => o.status !== "klaar") ? POLL_MS : false),
  });
}

function omschrijving(o: VerdeelOpdracht): string {
  const wat = `${o.totaal} ${o.soort === "zaken" ? (o.totaal === 1 ? "zaak" : "zaken") : o.totaal === 1 ? "taak" : "taken"}`;
  if (o.actie === "vrijgeven") return `Vrijgeven van ${wat}`;
  return `Verdelen van ${wat} naar groep ${o.groep ?? "—"}${o.behandelaar ? ` en medewerker ${o.behandelaar}` : ""}`;
}

/** "Lopende taken": progress bars of the user's verdeel-opdrachten, with the result per item. */
export function LopendeVerdelingen() {
  const opdrachten = useVerdeelOpdrachten();
  const queryClient = useQueryClient();
  const klaarGezien = useRef<Set<string> | null>(null);

  // When an opdracht finishes, the lists show the new groep/behandelaar.
  useEffect(() => {
    const data = opdrachten.data;
    if (!data) return;
    const klaar = new Set(data.filter((o) => o.status === "klaar").map((o) => o.id));
    const vorige = klaarGezien.current;
    klaarGezien.current = klaar;
    if (vorige && [...klaar].some((id) => !vorige.has(id))) void queryClient.invalidateQueries({ queryKey: queryKeys.werklijsten() });
  }, [opdrachten.data, queryClient]);

  if (opdrachten.isError) return <FoutMelding>De voortgang van het verdelen kon niet worden geladen. {foutTekst(opdrachten.error)}</FoutMelding>;
  const lijst = opdrachten.data ?? [];
  if (lijst.length === 0) return null;
  return (
    <section aria-labelledby="lopende-verdelingen" className="rounded-lg border border-gray-200 bg-white px-4 py-3">
      <h2 id="lopende-verdelingen" className="text-base font-semibold text-gray-900">
        Verdelen en vrijgeven
      </h2>
      <ul className="mt-2 flex flex-col gap-3">
        {lijst.map((o) => (
          <Opdracht key={o.id} opdracht={o} />
        ))}
      </ul>
    </section>
  );
}

function Opdracht({ opdracht: o }: { opdracht: VerdeelOpdracht }) {
  const queryClient = useQueryClient();
  const id = useId();
  const [open, setOpen] = useState(false);
  const verwerkt = o.totaal - o.aantallen.wachtend;
  const klaar = o.status === "klaar";
  const verbergen = useMutation({
    mutationFn: () => stuur(VERDEEL_ENDPOINTS.verbergen(o.id)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: verdeelQueryKeys.alle() }),
  });
  return (
    <li data-testid="verdeel-opdracht" className="flex flex-col gap-1 border-t border-gray-200 pt-2 first:border-0 first:pt-0">
      <p id={`${id}-titel`} className="font-semibold text-gray-900">
        {omschrijving(o)}
      </p>
      <p className="text-sm text-gray-800">Reden: {o.reden}</p>
      <progress aria-labelledby={`${id}-titel`} aria-describedby={`${id}-stand`} max={Math.max(o.totaal, 1)} value={klaar ? Math.max(o.totaal, 1) : verwerkt} className="h-3 w-full max-w-xl" />
      <p id={`${id}-stand`} className="text-sm text-gray-900" data-testid="verdeel-stand">
        {klaar ? "Klaar: " : `${verwerkt} van ${o.totaal} verwerkt: `}
        {o.aantallen.gelukt} gelukt, {o.aantallen.overgeslagen} overgeslagen, {o.aantallen.mislukt} mislukt
      </p>
      <div className="flex flex-wrap gap-3">
        <Knop klein aria-expanded={open} aria-controls={`${id}-resultaten`} onClick={() => setOpen(!open)}>
          {open ? "Verberg resultaat per regel" : "Toon resultaat per regel"}
        </Knop>
        {klaar ? (
          <Knop klein onClick={() => verbergen.mutate()} disabled={verbergen.isPending}>
            Uit de lijst halen
          </Knop>
        ) : null}
      </div>
      <div id={`${id}-resultaten`} hidden={!open}>
        {open ? <Resultaten id={o.id} bezig={!klaar} /> : null}
      </div>
    </li>
  );
}

function Resultaten({ id, bezig }: { id: string; bezig: boolean }) {
  const q = useQuery({
    queryKey: verdeelQueryKeys.opdracht(id),
    queryFn: ({ signal }) => haal(VERDEEL_ENDPOINTS.opdracht(id), VerdeelOpdracht, signal),
    refetchInterval: bezig ? POLL_MS : false,
  });
  if (q.isError) return <FoutMelding>{foutTekst(q.error)}</FoutMelding>;
  if (!q.data) return <p className="text-sm">Bezig met laden…</p>;
  return (
    <table className="mt-2 w-full max-w-3xl border-collapse text-left text-sm">
      <caption className="sr-only">Resultaat per regel</caption>
      <thead className="border-b border-gray-300">
        <tr>
          <th scope="col" className="px-2 py-1">
            Regel
          </th>
          <th scope="col" className="px-2 py-1">
            Resultaat
          </th>
          <th scope="col" className="px-2 py-1">
            Toelichting
          </th>
        </tr>
      </thead>
      <tbody>
        {(q.data.items ?? []).map((i) => (
          <tr key={i.sleutel} className="border-b border-gray-200" data-testid="verdeel-item">
            <th scope="row" className="px-2 py-1 font-normal">
              {i.label ?? i.sleutel}
            </th>
            <td className="px-2 py-1">{ITEM_STATUS_NAMEN[i.status]}</td>
            <td className="px-2 py-1">{i.reden ?? ""}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
