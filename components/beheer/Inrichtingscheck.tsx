"use client";

import Link from "next/link";
import { foutTekst } from "@/components/ui/api";
import { FoutMelding, Laden } from "@/components/ui/Melding";
import { parametersPad, useZaaktypenInrichting } from "./gegevens";
import { StatusLabel } from "./StatusLabel";

/** Per zaaktype what is missing before it can be used; the bruikbare ones last. */
export function Inrichtingscheck() {
  const lijst = useZaaktypenInrichting();
  if (lijst.isPending) return <Laden tekst="Inrichting controleren…" />;
  if (lijst.isError) return <FoutMelding>De inrichting kon niet worden gecontroleerd. {foutTekst(lijst.error)}</FoutMelding>;
  const rijen = [...lijst.data].sort((a, b) => Number(a.problemen.length === 0) - Number(b.problemen.length === 0));
  const bruikbaar = rijen.filter((r) => r.problemen.length === 0).length;
  return (
    <div className="flex flex-col gap-6">
      <p className="text-gray-800">
        {bruikbaar} van de {rijen.length} zaaktypen {bruikbaar === 1 ? "is" : "zijn"} klaar voor gebruik.
      </p>
      <ul className="flex flex-col gap-4" aria-label="Zaaktypen">
        {rijen.map((r) => (
          <li key={r.zaaktype} className="rounded-md border border-gray-300 p-4" data-testid="inrichting-zaaktype">
            <div className="flex flex-wrap items-center gap-3">
              <h2 className="text-lg font-semibold text-gray-900">{r.zaaktype}</h2>
              <StatusLabel status={r.status} />
            </div>
            {r.problemen.length === 0 ? (
              <p className="mt-2 text-gray-800">Alles is ingericht; dit zaaktype kan worden gebruikt.</p>
            ) : (
              <>
                <p className="mt-2 text-gray-800">Nog nodig voordat dit zaaktype kan worden gebruikt:</p>
                <ul className="mt-1 list-disc pl-6 text-gray-900">
                  {r.problemen.map((p, i) => (
                    <li key={`${p.code}-${i}`}>{p.melding}</li>
                  ))}
                </ul>
              </>
            )}
            <p className="mt-3">
              <Link href={parametersPad(r.zaaktype)} className="text-accent-700 underline underline-offset-2 hover:text-accent-900">
                Zaakafhandelparameters van {r.zaaktype}
              </Link>
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
