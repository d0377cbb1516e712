"use client";

import { ActieDialoog } from "@/components/ui/ActieDialoog";
import { stuur } from "@/components/ui/api";
import { Aangemaakt, PABC_BEHEER_PADEN, pabcBeheerQueryKey, type PabcBeheerSoort } from "@/lib/pabc/beheer-contract";

export const pad = (soort: PabcBeheerSoort, id?: string) => (id ? `${PABC_BEHEER_PADEN[soort]}/${encodeURIComponent(id)}` : PABC_BEHEER_PADEN[soort]);

/** POST (new) or PUT (existing) to the beheer API. */
export function opslaan(soort: PabcBeheerSoort, id: string | undefined, invoer: unknown) {
  return stuur(pad(soort, id), { method: id ? "PUT" : "POST", body: invoer, schema: Aangemaakt });
}

export const ONGELDIG = [pabcBeheerQueryKey] as const;

/** Delete with a confirmation dialog; the server refuses (409) what is still in use. */
export function VerwijderKnop({ soort, id, omschrijving, testId }: { soort: PabcBeheerSoort; id: string; omschrijving: string; testId?: string }) {
  return (
    <ActieDialoog
      knop="Verwijderen"
      titel={`${omschrijving} verwijderen`}
      uitleg={<p>Weet je zeker dat je {omschrijving} wilt verwijderen? Dit kun je niet ongedaan maken.</p>}
      verstuur={() => stuur(pad(soort, id), { method: "DELETE" })}
      succes={`${omschrijving[0]!.toUpperCase()}${omschrijving.slice(1)} is verwijderd.`}
      ongeldig={ONGELDIG}
      bevestig="Verwijderen"
      gevaar
      klein
      testId={testId}
    />
  );
}
