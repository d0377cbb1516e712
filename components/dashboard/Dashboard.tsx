"use client";

import Link from "next/link";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { FoutMelding, Keuzelijst, Knop, Laden, foutTekst, haal, stuur } from "@/components/ui";
import { DashboardIndeling, KAARTEN, KAART_TITELS, SIGNALERING_ENDPOINTS, isSignaleringKaart, type Kaart } from "@/lib/signaleringen/contract";
import { SignaleringKaart } from "./SignaleringKaart";
import { WerklijstKaart } from "./WerklijstKaart";

const SLEUTEL = ["dashboard"] as const;

function verplaats(kaarten: readonly Kaart[], index: number, richting: -1 | 1): Kaart[] {
  const nieuw = [...kaarten];
  const doel = index + richting;
  const a = nieuw[index];
  const b = nieuw[doel];
  if (a === undefined || b === undefined) return nieuw;
  nieuw[index] = b;
  nieuw[doel] = a;
  return nieuw;
}

/**
 * The personal dashboard: cards in the user's order. Reordering works with the move buttons
 * (keyboard and screen reader) - no drag and drop needed. Each change is stored at once.
 */
export function Dashboard() {
  const client = useQueryClient();
  const [status, setStatus] = useState("");
  const [toevoegen, setToevoegen] = useState("");
  const indeling = useQuery({ queryKey: SLEUTEL, queryFn: ({ signal }) => haal(SIGNALERING_ENDPOINTS.dashboard, DashboardIndeling, signal) });
  const opslaan = useMutation({
    // One save at a time, in click order: the last layout is the one stored.
    scope: { id: "dashboard-indeling" },
    mutationFn: (kaarten: Kaart[]) => stuur(SIGNALERING_ENDPOINTS.dashboard, { method: "PUT", body: { kaarten }, schema: DashboardIndeling }),
    onMutate: (kaarten) => client.setQueryData(SLEUTEL, { kaarten }),
    onSuccess: (data) => client.setQueryData(SLEUTEL, data),
    onError: () => void client.invalidateQueries({ queryKey: SLEUTEL }),
  });

  if (indeling.isPending) return <Laden tekst="Dashboard laden…" />;
  if (indeling.isError) return <FoutMelding>{foutTekst(indeling.error)}</FoutMelding>;
  const kaarten = indeling.data.kaarten;
  const beschikbaar = KAARTEN.filter((k) => !kaarten.includes(k));

  const wijzig = (nieuw: Kaart[], melding: string, focus?: string) => {
    opslaan.mutate(nieuw);
    setStatus(melding);
    // Keep the keyboard focus on the moved card's button (or its twin at the first/last place).
    if (focus) requestAnimationFrame(() => document.querySelector<HTMLElement>(focus)?.focus());
  };

  return (
    <>
      <p role="status" className="sr-only">
        {status}
      </p>
      {opslaan.isError ? <FoutMelding>Je dashboard is niet opgeslagen: {foutTekst(opslaan.error)}</FoutMelding> : null}
      {kaarten.length === 0 ? <p className="text-gray-700">Je dashboard is leeg. Voeg hieronder een kaart toe.</p> : null}
      <ol className="grid grid-cols-1 gap-5 lg:grid-cols-2" aria-label="Kaarten op je dashboard">
        {kaarten.map((kaart, i) => {
          const titel = KAART_TITELS[kaart];
          const naarBoven = i > 0;
          const naarBeneden = i < kaarten.length - 1;
          return (
            <li key={kaart} data-kaart={kaart} className="flex flex-col rounded-lg border border-gray-200 bg-white p-5 shadow-xs">
              <section aria-labelledby={`kaart-${kaart}-titel`} className="flex flex-1 flex-col">
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <h2 id={`kaart-${kaart}-titel`} className="text-lg font-semibold text-gray-900">
                    {titel}
                  </h2>
                  <div className="flex gap-1">
                    <Knop
                      klein
                      id={`kaart-${kaart}-omhoog`}
                      disabled={!naarBoven}
                      aria-label={`${titel} naar boven`}
                      onClick={() => wijzig(verplaats(kaarten, i, -1), `${titel} staat nu op plaats ${i} van ${kaarten.length}.`, i - 1 > 0 ? `#kaart-${kaart}-omhoog` : `#kaart-${kaart}-omlaag`)}
                    >
                      <span aria-hidden="true">↑</span>
                    </Knop>
                    <Knop
                      klein
                      id={`kaart-${kaart}-omlaag`}
                      disabled={!naarBeneden}
                      aria-label={`${titel} naar beneden`}
                      onClick={() =>
                        wijzig(verplaats(kaarten, i, 1), `${titel} staat nu op plaats ${i + 2} van ${kaarten.length}.`, i + 2 < kaarten.length ? `#kaart-${kaart}-omlaag` : `#kaart-${kaart}-omhoog`)
                      }
                    >
                      <span aria-hidden="true">↓</span>
                    </Knop>
                    <Knop
                      klein
                      aria-label={`${titel} verwijderen`}
                      onClick={() => wijzig(kaarten.filter((k) => k !== kaart), `${titel} is van je dashboard gehaald.`, "#kaart-toevoegen-veld select")}
                    >
                      <span aria-hidden="true">✕</span>
                    </Knop>
                  </div>
                </div>
                <div className="mt-3 flex-1">{isSignaleringKaart(kaart) ? <SignaleringKaart type={kaart} /> : <WerklijstKaart lijst={kaart} />}</div>
              </section>
            </li>
          );
        })}
      </ol>

      <section aria-labelledby="kaart-toevoegen" className="mt-8 rounded-lg border border-gray-200 bg-gray-50 p-5">
        <h2 id="kaart-toevoegen" className="text-lg font-semibold text-gray-900">
          Kaart toevoegen
        </h2>
        {beschikbaar.length === 0 ? (
          <p className="mt-2 text-gray-700">Alle kaarten staan al op je dashboard.</p>
        ) : (
          <form
            className="mt-3 flex flex-wrap items-end gap-3"
            onSubmit={(e) => {
              e.preventDefault();
              const k = beschikbaar.find((b) => b === toevoegen);
              if (!k) return;
              setToevoegen("");
              wijzig([...kaarten, k], `${KAART_TITELS[k]} is onderaan je dashboard toegevoegd.`);
            }}
          >
            <div className="min-w-64" id="kaart-toevoegen-veld">
              <Keuzelijst
                label="Kaart"
                naam="kaart"
                waarde={toevoegen}
                onWijzig={setToevoegen}
                leegLabel="Kies een kaart"
                opties={beschikbaar.map((k) => ({ waarde: k, label: KAART_TITELS[k] }))}
              />
            </div>
            <Knop type="submit" variant="primair" disabled={!toevoegen}>
              Toevoegen
            </Knop>
          </form>
        )}
        <p className="mt-4 text-sm text-gray-700">
          Wat je op het dashboard of per e-mail krijgt, stel je in bij{" "}
          <Link href="/instellingen/signaleringen">je signaleringen</Link>.
        </p>
      </section>
    </>
  );
}
