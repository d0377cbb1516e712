"use client";

import { useMutation, useQueryClient, type QueryKey } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import { ToekennenInvoer, type Groep } from "@/lib/zaakafhandeling/contract";
import { foutTekst, stuur } from "@/components/ui/api";
import { veldFouten } from "@/components/ui/ActieDialoog";
import { Dialoog } from "@/components/ui/Dialoog";
import { Knop } from "@/components/ui/Knop";
import { FoutMelding } from "@/components/ui/Melding";
import { useMelding } from "@/components/ui/meldingen";
import { Keuzelijst, TekstVeld } from "@/components/ui/Velden";
import { useGroepen, useMedewerkers } from "./gegevens";

/**
 * Toekennen of a zaak or taak: to me, or to a groep and optionally a medewerker in that groep.
 * The medewerker list follows the chosen groep.
 */
export function ToekennenDialoog({
  pad,
  zaaktype,
  groepen,
  huidigeGroep,
  huidigeBehandelaar,
  onderwerp,
  ongeldig,
}: {
  pad: string;
  zaaktype: string;
  /** Known groups (from the zaak's options); otherwise fetched per zaaktype. */
  groepen?: readonly Groep[];
  huidigeGroep?: string | null;
  huidigeBehandelaar?: string | null;
  onderwerp: string;
  ongeldig: readonly QueryKey[];
}) {
  const [open, setOpen] = useState(false);
  const [aanMij, setAanMij] = useState(true);
  const [groep, setGroep] = useState(huidigeGroep ?? "");
  const [behandelaar, setBehandelaar] = useState(huidigeBehandelaar ?? "");
  const [reden, setReden] = useState("");
  const [fouten, setFouten] = useState<Record<string, string>>({});
  const queryClient = useQueryClient();
  const meld = useMelding();
  const opgehaald = useGroepen(open && !groepen ? zaaktype : undefined);
  const groepLijst = groepen ?? opgehaald.data ?? [];
  const medewerkers = useMedewerkers(open && !aanMij && groep ? groep : undefined);

  const mutatie = useMutation({
    mutationFn: (invoer: ToekennenInvoer) => stuur(pad, { body: invoer }),
    onSuccess: async (_, invoer) => {
      await Promise.all(ongeldig.map((k) => queryClient.invalidateQueries({ queryKey: k })));
      setOpen(false);
      if ("aanMij" in invoer && invoer.aanMij === true) meld(`${onderwerp} is aan jou toegekend.`);
      else {
        const g = groepLijst.find((x) => x.id === groep)?.naam ?? "geen groep";
        const m = medewerkers.data?.find((x) => x.id === behandelaar)?.naam;
        meld(`${onderwerp} is toegekend aan ${m ? `${m} (${g})` : g}.`);
      }
    },
  });
  const sluit = useCallback(() => setOpen(false), []);

  function verzenden(e: React.FormEvent) {
    e.preventDefault();
    const invoer = aanMij
      ? { aanMij: true, ...(reden.trim() ? { reden } : {}) }
      : { aanMij: false, groep: groep || null, behandelaar: behandelaar || null, ...(reden.trim() ? { reden } : {}) };
    if (!aanMij && !groep && !behandelaar) {
      setFouten({ groep: "Kies een groep of een medewerker." });
      return;
    }
    const uitkomst = ToekennenInvoer.safeParse(invoer);
    if (!uitkomst.success) {
      setFouten(veldFouten(uitkomst.error.issues));
      return;
    }
    setFouten({});
    mutatie.mutate(uitkomst.data);
  }

  return (
    <>
      <Knop
        onClick={() => {
          setAanMij(true);
          setGroep(huidigeGroep ?? "");
          setBehandelaar(huidigeBehandelaar ?? "");
          setReden("");
          setFouten({});
          mutatie.reset();
          setOpen(true);
        }}
      >
        Toekennen
      </Knop>
      <Dialoog open={open} titel={`${onderwerp} toekennen`} onSluit={sluit}>
        <form noValidate onSubmit={verzenden} className="flex flex-col gap-4">
          <fieldset className="flex flex-col gap-2">
            <legend className="font-semibold">Aan wie?</legend>
            <label className="flex min-h-8 items-center gap-2">
              <input type="radio" name="aan" className="size-5" checked={aanMij} onChange={() => setAanMij(true)} data-autofocus />
              Aan mij
            </label>
            <label className="flex min-h-8 items-center gap-2">
              <input type="radio" name="aan" className="size-5" checked={!aanMij} onChange={() => setAanMij(false)} />
              Aan een groep of medewerker
            </label>
          </fieldset>
          {!aanMij ? (
            <>
              <Keuzelijst
                label="Groep"
                naam="groep"
                waarde={groep}
                onWijzig={(g) => {
                  setGroep(g);
                  setBehandelaar("");
                }}
                opties={groepLijst.map((g) => ({ waarde: g.id, label: g.naam }))}
                leegLabel="Geen groep"
                fout={fouten.groep}
              />
              <Keuzelijst
                label="Medewerker"
                naam="behandelaar"
                hint={groep ? "Alleen medewerkers van de gekozen groep." : "Kies eerst een groep."}
                waarde={behandelaar}
                onWijzig={setBehandelaar}
                opties={(medewerkers.data ?? []).map((m) => ({ waarde: m.id, label: m.naam }))}
                leegLabel="Alleen de groep"
                fout={fouten.behandelaar}
              />
            </>
          ) : null}
          <TekstVeld label="Reden" naam="reden" waarde={reden} onWijzig={setReden} fout={fouten.reden} />
          {mutatie.isError ? <FoutMelding>{foutTekst(mutatie.error)}</FoutMelding> : null}
          <div className="flex justify-end gap-3 border-t border-gray-200 pt-4">
            <Knop onClick={sluit}>Annuleren</Knop>
            <Knop type="submit" variant="primair" disabled={mutatie.isPending}>
              Toekennen
            </Knop>
          </div>
        </form>
      </Dialoog>
    </>
  );
}
