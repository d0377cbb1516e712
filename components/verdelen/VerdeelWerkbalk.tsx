"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { Groep } from "@/lib/zaakafhandeling/contract";
import { VERDEEL_ENDPOINTS, VerdeelInvoer, VerdeelOpdracht, verdeelQueryKeys, type VerdeelLijst } from "@/lib/verdelen/contract";
import { veldFouten } from "@/components/ui/ActieDialoog";
import { foutTekst, haal, stuur } from "@/components/ui/api";
import { Dialoog } from "@/components/ui/Dialoog";
import { Knop } from "@/components/ui/Knop";
import { FoutMelding } from "@/components/ui/Melding";
import { useMelding } from "@/components/ui/meldingen";
import { Keuzelijst, TekstVeld } from "@/components/ui/Velden";
import type { SelectieInfo } from "@/components/werklijst/Selectie";
import { useMedewerkers } from "@/components/zaak/gegevens";
import { LopendeVerdelingen } from "./LopendeVerdelingen";

type Actie = "verdelen" | "vrijgeven";

/**
 * The bulk toolbar above the Zaken- and Taken-werkvoorraad for users with
 * werklijst.zaken_taken_verdelen: the selection count, "select all N matching the filter",
 * Verdelen / Vrijgeven, and the progress of the user's opdrachten.
 */
export function VerdeelWerkbalk<T extends { zaaktype: string }>({
  info,
  lijst,
  eenheid,
  sleutel,
}: {
  info: SelectieInfo<T>;
  lijst: VerdeelLijst;
  eenheid: { enkelvoud: string; meervoud: string };
  sleutel: (rij: T) => string;
}) {
  const [actie, setActie] = useState<Actie | null>(null);
  // A new dialog instance per opening: fresh fields and a fresh opdracht id.
  const [opening, setOpening] = useState(0);
  const sluit = useCallback(() => setActie(null), []);
  const open = (a: Actie) => {
    setOpening((n) => n + 1);
    setActie(a);
  };
  const naam = (n: number) => (n === 1 ? eenheid.enkelvoud : eenheid.meervoud);
  return (
    <div className="flex flex-col gap-3">
      <LopendeVerdelingen />
      <div role="group" aria-label={`${eenheid.meervoud} verdelen of vrijgeven`} className="flex flex-wrap items-center gap-3 rounded-lg border border-gray-200 bg-gray-50 px-4 py-2">
        <p aria-live="polite" className="text-sm text-gray-900" data-testid="selectie-aantal">
          {info.alles
            ? `Alle ${info.totaal} ${naam(info.totaal)} die aan het filter voldoen zijn geselecteerd.`
            : info.aantal > 0
              ? `${info.aantal} ${naam(info.aantal)} geselecteerd.`
              : `Selecteer ${eenheid.meervoud} om ze te verdelen of vrij te geven.`}
        </p>
        {info.paginaVolledig && !info.alles && info.totaal > info.aantal ? (
          <Knop klein variant="link" onClick={info.selecteerAlles}>
            Selecteer alle {info.totaal} {naam(info.totaal)} die aan het filter voldoen
          </Knop>
        ) : null}
        {info.aantal > 0 ? (
          <Knop klein variant="link" onClick={info.wis}>
            Selectie wissen
          </Knop>
        ) : null}
        <span className="ml-auto flex gap-2">
          <Knop klein disabled={info.aantal === 0} onClick={() => open("verdelen")}>
            Verdelen
          </Knop>
          <Knop klein disabled={info.aantal === 0} onClick={() => open("vrijgeven")}>
            Vrijgeven
          </Knop>
        </span>
      </div>
      {opening > 0 ? (
        <VerdeelDialoog key={opening} open={actie !== null} actie={actie ?? "verdelen"} info={info} lijst={lijst} naam={naam} sleutel={sleutel} onSluit={sluit} />
      ) : null}
    </div>
  );
}

/** A v4 UUID; crypto.randomUUID exists only in secure contexts (not on plain http). */
function nieuweId(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, "0")).join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** Zaaktypen of the selection: the chosen rows', or for "all" the filter's (else every readable one). */
function zaaktypenVan<T extends { zaaktype: string }>(info: SelectieInfo<T>): string[] {
  if (!info.alles) return [...new Set(info.gekozen.map((r) => r.zaaktype))].sort();
  const gefilterd = new URLSearchParams(info.filter).getAll("zaaktype");
  return [...new Set(gefilterd.length ? gefilterd : (info.keuzes.zaaktype ?? []))].sort();
}

function VerdeelDialoog<T extends { zaaktype: string }>({
  open,
  actie,
  info,
  lijst,
  naam,
  sleutel,
  onSluit,
}: {
  open: boolean;
  actie: Actie;
  info: SelectieInfo<T>;
  lijst: VerdeelLijst;
  naam: (n: number) => string;
  sleutel: (rij: T) => string;
  onSluit: () => void;
}) {
  // One id per dialog: a double submit or a retry after a lost answer starts the opdracht once.
  const [id] = useState(nieuweId);
  const [groep, setGroep] = useState("");
  const [behandelaar, setBehandelaar] = useState("");
  const [reden, setReden] = useState("");
  const [fouten, setFouten] = useState<Record<string, string>>({});
  const queryClient = useQueryClient();
  const meld = useMelding();
  const zaaktypen = zaaktypenVan(info);
  const wat = `${info.aantal} ${naam(info.aantal)}`;
  const groepen = useQuery({
    queryKey: verdeelQueryKeys.groepen(zaaktypen),
    queryFn: ({ signal }) => haal(`${VERDEEL_ENDPOINTS.groepen}?${new URLSearchParams(zaaktypen.map((z) => ["zaaktype", z]))}`, z.array(Groep), signal),
    enabled: open && actie === "verdelen",
    staleTime: 60_000,
  });
  const medewerkers = useMedewerkers(open && actie === "verdelen" && groep ? groep : undefined);

  const mutatie = useMutation({
    mutationFn: (invoer: VerdeelInvoer) => stuur(VERDEEL_ENDPOINTS.opdrachten, { body: invoer, schema: VerdeelOpdracht }),
    onSuccess: async (o) => {
      info.wis();
      onSluit();
      await queryClient.invalidateQueries({ queryKey: verdeelQueryKeys.alle() });
      meld(`${actie === "verdelen" ? "Verdelen" : "Vrijgeven"} van ${o.totaal} ${naam(o.totaal)} is gestart. De voortgang staat boven de lijst.`);
    },
    onError: (fout) => {
      if (fout instanceof AppError && fout.invalidParams?.length) setFouten(veldFouten(fout.invalidParams.map((p) => ({ path: p.name.split("."), message: p.reason }))));
    },
  });

  function verzenden(e: React.FormEvent) {
    e.preventDefault();
    const selectie = info.alles ? { filter: info.filter } : { ids: info.gekozen.map(sleutel) };
    const invoer =
      actie === "verdelen"
        ? { id, actie, lijst, selectie, groep, behandelaar: behandelaar || null, reden }
        : { id, actie, lijst, selectie, reden };
    const r = VerdeelInvoer.safeParse(invoer);
    if (!r.success) {
      setFouten(veldFouten(r.error.issues));
      return;
    }
    setFouten({});
    mutatie.mutate(r.data);
  }

  const titel = actie === "verdelen" ? `${wat} verdelen` : `${wat} vrijgeven`;
  return (
    <Dialoog open={open} titel={titel.charAt(0).toUpperCase() + titel.slice(1)} onSluit={onSluit}>
      <form noValidate onSubmit={verzenden} className="flex flex-col gap-4">
        {actie === "verdelen" ? (
          <>
            <Keuzelijst
              label="Groep"
              naam="groep"
              verplicht
              hint={
                groepen.isPending
                  ? "Groepen laden…"
                  : zaaktypen.length > 1
                    ? "Alleen groepen die voor alle gekozen zaaktypen bevoegd zijn."
                    : undefined
              }
              waarde={groep}
              onWijzig={(g) => {
                setGroep(g);
                setBehandelaar("");
              }}
              opties={(groepen.data ?? []).map((g) => ({ waarde: g.id, label: g.naam }))}
              leegLabel="Kies een groep"
              fout={fouten.groep}
            />
            {groepen.isError ? <FoutMelding>De groepen konden niet worden geladen. {foutTekst(groepen.error)}</FoutMelding> : null}
            {groepen.data && groepen.data.length === 0 ? (
              <FoutMelding>Er is geen groep die voor alle gekozen zaaktypen bevoegd is. Maak een kleinere selectie.</FoutMelding>
            ) : null}
            <Keuzelijst
              label="Medewerker"
              naam="behandelaar"
              hint={groep ? "Optioneel; alleen medewerkers van de gekozen groep." : "Kies eerst een groep."}
              waarde={behandelaar}
              onWijzig={setBehandelaar}
              opties={(medewerkers.data ?? []).map((m) => ({ waarde: m.id, label: m.naam }))}
              leegLabel="Alleen de groep"
              fout={fouten.behandelaar}
            />
          </>
        ) : (
          <p>De behandelaar wordt van {info.alles ? "alle geselecteerde regels" : "de geselecteerde regels"} gehaald; de groep blijft.</p>
        )}
        <TekstVeld label="Reden" naam="reden" verplicht waarde={reden} onWijzig={setReden} fout={fouten.reden} />
        {fouten.selectie ? <FoutMelding>{fouten.selectie}</FoutMelding> : null}
        {mutatie.isError ? <FoutMelding>{foutTekst(mutatie.error)}</FoutMelding> : null}
        <div className="flex justify-end gap-3 border-t border-gray-200 pt-4">
          <Knop onClick={onSluit}>Annuleren</Knop>
          <Knop type="submit" variant="primair" disabled={mutatie.isPending}>
            {actie === "verdelen" ? "Verdelen" : "Vrijgeven"}
          </Knop>
        </div>
      </form>
    </Dialoog>
  );
}
