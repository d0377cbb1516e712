"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useCallback, useId, useState } from "react";
import { veldFouten } from "@/components/ui/ActieDialoog";
import { foutTekst } from "@/components/ui/api";
import { Dialoog } from "@/components/ui/Dialoog";
import { Knop } from "@/components/ui/Knop";
import { FoutMelding } from "@/components/ui/Melding";
import { useMelding } from "@/components/ui/meldingen";
import { Tabel } from "@/components/ui/Tabel";
import { TekstVeld, TekstVlak } from "@/components/ui/Velden";
import { AppError } from "@/lib/errors/app-error";
import { DomeinInvoer, pabcBeheerQueryKey, type PabcOverzicht } from "@/lib/pabc/beheer-contract";
import { opslaan, VerwijderKnop } from "./acties";
import { PabcKader } from "./PabcKader";

type Domein = PabcOverzicht["domeinen"][number];

/** Own dialog (not ActieDialoog): the zaaktypen of a domain are a group of checkboxes. */
function DomeinDialoog({ o, domein }: { o: PabcOverzicht; domein?: Domein }) {
  const [open, setOpen] = useState(false);
  const [naam, setNaam] = useState("");
  const [omschrijving, setOmschrijving] = useState("");
  const [typen, setTypen] = useState<Set<string>>(new Set());
  const [fouten, setFouten] = useState<Record<string, string>>({});
  const queryClient = useQueryClient();
  const meld = useMelding();
  const legendaId = useId();
  const sluit = useCallback(() => setOpen(false), []);

  const mutatie = useMutation({
    mutationFn: (invoer: DomeinInvoer) => opslaan("domeinen", domein?.id, invoer),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: pabcBeheerQueryKey });
      setOpen(false);
      meld(domein ? "Het domein is gewijzigd." : "Het domein is toegevoegd.");
    },
    onError: (fout) => {
      if (fout instanceof AppError && fout.invalidParams?.length) {
        setFouten(veldFouten(fout.invalidParams.map((p) => ({ path: p.name.split("."), message: p.reason }))));
      }
    },
  });

  function openen() {
    setNaam(domein?.naam ?? "");
    setOmschrijving(domein?.omschrijving ?? "");
    setTypen(new Set(domein?.entiteitTypen.map((e) => e.id) ?? []));
    setFouten({});
    mutatie.reset();
    setOpen(true);
  }

  function verzenden(e: React.FormEvent) {
    e.preventDefault();
    const uitkomst = DomeinInvoer.safeParse({ naam, omschrijving, entiteitTypen: [...typen] });
    if (!uitkomst.success) {
      setFouten(veldFouten(uitkomst.error.issues));
      document.querySelector<HTMLElement>(`dialog[open] [name="naam"]`)?.focus();
      return;
    }
    setFouten({});
    mutatie.mutate(uitkomst.data);
  }

  return (
    <>
      <Knop variant="secundair" klein={Boolean(domein)} onClick={openen}>
        {domein ? "Wijzigen" : "Domein toevoegen"}
      </Knop>
      <Dialoog open={open} titel={domein ? `Domein ${domein.naam} wijzigen` : "Domein toevoegen"} onSluit={sluit}>
        <form onSubmit={verzenden} noValidate className="flex flex-col gap-4">
          <TekstVeld label="Naam" naam="naam" verplicht waarde={naam} onWijzig={setNaam} fout={fouten.naam} />
          <TekstVlak label="Omschrijving" naam="omschrijving" waarde={omschrijving} onWijzig={setOmschrijving} fout={fouten.omschrijving} regels={3} />
          <fieldset className="flex flex-col gap-2" aria-describedby={fouten.entiteitTypen ? `${legendaId}-fout` : undefined}>
            <legend id={legendaId} className="mb-1 font-semibold text-gray-900">
              Zaaktypen in dit domein
            </legend>
            {o.entiteitTypen.length === 0 ? <p className="text-gray-700">Er zijn nog geen zaaktypen.</p> : null}
            {o.entiteitTypen.map((t) => (
              <label key={t.id} className="flex items-start gap-2 text-gray-900">
                <input
                  type="checkbox"
                  name="entiteitTypen"
                  value={t.id}
                  checked={typen.has(t.id)}
                  onChange={(e) =>
                    setTypen((oud) => {
                      const nieuw = new Set(oud);
                      if (e.target.checked) nieuw.add(t.id);
                      else nieuw.delete(t.id);
                      return nieuw;
                    })
                  }
                  className="mt-1 size-5"
                />
                {t.naam}
              </label>
            ))}
            {fouten.entiteitTypen ? (
              <p id={`${legendaId}-fout`} className="text-sm font-semibold text-red-800">
                {fouten.entiteitTypen}
              </p>
            ) : null}
          </fieldset>
          {mutatie.isError ? <FoutMelding>{foutTekst(mutatie.error)}</FoutMelding> : null}
          <div className="flex flex-wrap justify-end gap-3 border-t border-gray-200 pt-4">
            <Knop onClick={sluit}>Annuleren</Knop>
            <Knop type="submit" variant="primair" disabled={mutatie.isPending}>
              {mutatie.isPending ? "Bezig…" : "Opslaan"}
            </Knop>
          </div>
        </form>
      </Dialoog>
    </>
  );
}

export function DomeinenBeheer() {
  return (
    <PabcKader>
      {(o) => (
        <section aria-labelledby="domeinen-kop" className="flex flex-col gap-4">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <h2 id="domeinen-kop" className="text-xl font-semibold">
              Domeinen ({o.domeinen.length})
            </h2>
            <DomeinDialoog o={o} />
          </div>
          <Tabel
            bijschrift="Domeinen"
            koppen={["Naam", "Omschrijving", "Zaaktypen", "Mappings", ""]}
            leeg="Er zijn nog geen domeinen."
            rijen={o.domeinen.map((d) => ({
              sleutel: d.id,
              cellen: [
                d.naam,
                d.omschrijving || "—",
                d.entiteitTypen.length ? d.entiteitTypen.map((e) => e.naam).join(", ") : "Geen",
                d.mappings,
                <div key="acties" className="flex flex-wrap gap-2">
                  <DomeinDialoog o={o} domein={d} />
                  <VerwijderKnop soort="domeinen" id={d.id} omschrijving={`het domein ${d.naam}`} />
                </div>,
              ],
            }))}
          />
        </section>
      )}
    </PabcKader>
  );
}
