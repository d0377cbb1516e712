"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useId, useState } from "react";
import { foutTekst } from "@/components/ui/api";
import { Dialoog } from "@/components/ui/Dialoog";
import { Knop } from "@/components/ui/Knop";
import { FoutMelding } from "@/components/ui/Melding";
import { useMelding } from "@/components/ui/meldingen";
import { TekstVeld } from "@/components/ui/Velden";
import { queryKeys, type WerklijstNaam } from "@/lib/zaakafhandeling/contract";
import { bewaarZoekopdracht, haalZoekopdrachten, verwijderZoekopdracht } from "./voorkeuren";

/** Saved searches of this user for this list: pick one, save the current view, delete one. */
export function Zoekopdrachten({ lijst, huidigeQuery, onKies }: { lijst: WerklijstNaam; huidigeQuery: string; onKies: (query: string) => void }) {
  const queryClient = useQueryClient();
  const meld = useMelding();
  const lijstId = useId();
  const [gekozen, setGekozen] = useState("");
  const [open, setOpen] = useState(false);
  const [naam, setNaam] = useState("");
  const [fout, setFout] = useState<string | undefined>();
  const opdrachten = useQuery({ queryKey: queryKeys.zoekopdrachten(lijst), queryFn: () => haalZoekopdrachten(lijst) });

  const bewaar = useMutation({
    mutationFn: (n: string) => bewaarZoekopdracht(lijst, { naam: n, query: huidigeQuery }),
    onSuccess: async (z) => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.zoekopdrachten(lijst) });
      setGekozen(z.id);
      setOpen(false);
      meld(`Zoekopdracht "${z.naam}" is opgeslagen.`);
    },
  });
  const verwijder = useMutation({
    mutationFn: (id: string) => verwijderZoekopdracht(lijst, id),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.zoekopdrachten(lijst) });
      setGekozen("");
      meld("Zoekopdracht is verwijderd.");
    },
  });
  const sluit = useCallback(() => setOpen(false), []);
  const lijstje = opdrachten.data ?? [];

  return (
    <div className="flex flex-wrap items-end gap-2">
      <span className="flex flex-col text-sm">
        <label htmlFor={lijstId} className="font-semibold">
          Zoekopdracht
        </label>
        <select
          id={lijstId}
          value={gekozen}
          onChange={(e) => {
            setGekozen(e.target.value);
            const z = lijstje.find((o) => o.id === e.target.value);
            if (z) onKies(z.query);
          }}
          className="min-h-8 rounded-md border border-gray-500 bg-white px-2"
        >
          <option value="">{lijstje.length ? "Kies een zoekopdracht" : "Geen opgeslagen zoekopdrachten"}</option>
          {lijstje.map((o) => (
            <option key={o.id} value={o.id}>
              {o.naam}
            </option>
          ))}
        </select>
      </span>
      {gekozen ? (
        <Knop klein onClick={() => verwijder.mutate(gekozen)} disabled={verwijder.isPending}>
          Zoekopdracht verwijderen
        </Knop>
      ) : null}
      <Knop
        klein
        onClick={() => {
          setNaam("");
          setFout(undefined);
          bewaar.reset();
          setOpen(true);
        }}
      >
        Zoekopdracht opslaan
      </Knop>
      <Dialoog open={open} titel="Zoekopdracht opslaan" onSluit={sluit}>
        <form
          noValidate
          className="flex flex-col gap-4"
          onSubmit={(e) => {
            e.preventDefault();
            const n = naam.trim();
            if (!n) return setFout("Geef de zoekopdracht een naam.");
            if (n.length > 100) return setFout("De naam mag hoogstens 100 tekens hebben.");
            setFout(undefined);
            bewaar.mutate(n);
          }}
        >
          <p>De huidige filters en sortering worden bewaard, zodat je deze weergave later met één keuze terugkrijgt.</p>
          <TekstVeld label="Naam" naam="naam" verplicht waarde={naam} onWijzig={setNaam} fout={fout} />
          {bewaar.isError ? <FoutMelding>{foutTekst(bewaar.error)}</FoutMelding> : null}
          <div className="flex justify-end gap-3">
            <Knop onClick={sluit}>Annuleren</Knop>
            <Knop type="submit" variant="primair" disabled={bewaar.isPending}>
              Opslaan
            </Knop>
          </div>
        </form>
      </Dialoog>
      {verwijder.isError ? <FoutMelding>{foutTekst(verwijder.error)}</FoutMelding> : null}
    </div>
  );
}
