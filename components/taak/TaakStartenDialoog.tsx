"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import { TaakStartenInvoer, TAAKTYPE_NAMEN, type DocumentSamenvatting, type Groep, type Taaktype } from "@/lib/zaakafhandeling/contract";
import { foutTekst } from "@/components/ui/api";
import { opgeschoond, Veld, verplichtFouten, type Waarden } from "@/components/ui/ActieDialoog";
import { Dialoog } from "@/components/ui/Dialoog";
import { Knop } from "@/components/ui/Knop";
import { FoutMelding } from "@/components/ui/Melding";
import { useMelding } from "@/components/ui/meldingen";
import { Keuzelijst, TekstVeld } from "@/components/ui/Velden";
import { actie } from "@/components/zaak/gegevens";
import { zaakSleutels } from "@/components/zaak/ZaakActies";
import { START_VELDEN } from "./taakvelden";

/** Issues -> message per innermost field name (gegevens.vraag -> vraag). */
function fouten(issues: readonly { path: readonly PropertyKey[]; message: string }[]): Record<string, string> {
  const uit: Record<string, string> = {};
  for (const i of issues) {
    const naam = i.path.length ? String(i.path[i.path.length - 1]) : "_formulier";
    uit[naam] ??= i.message;
  }
  return uit;
}

/** Today + n days as yyyy-MM-dd in Europe/Amsterdam. */
function dagenVanaf(dagen: number): string {
  const vandaag = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
  const d = new Date(`${vandaag}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + dagen);
  return d.toISOString().slice(0, 10);
}

/** Start a taak on a zaak: first the taaktype, then that type's own form, plus groep and dates. */
export function TaakStartenDialoog({
  zaakUuid,
  taaktypen,
  groepen,
  documenten,
}: {
  zaakUuid: string;
  taaktypen: readonly { taaktype: Taaktype; naam: string; groep?: string | null; doorlooptijdDagen?: number | null }[];
  groepen: readonly Groep[];
  documenten: readonly DocumentSamenvatting[];
}) {
  const [open, setOpen] = useState(false);
  const [taaktype, setTaaktype] = useState<Taaktype | "">("");
  const [waarden, setWaarden] = useState<Waarden>({});
  const [gekozenDocumenten, setGekozenDocumenten] = useState<string[]>([]);
  const [groep, setGroep] = useState("");
  const [streefdatum, setStreefdatum] = useState("");
  const [fataledatum, setFataledatum] = useState("");
  const [veldfouten, setVeldfouten] = useState<Record<string, string>>({});
  const queryClient = useQueryClient();
  const meld = useMelding();
  const sluit = useCallback(() => setOpen(false), []);
  const config = taaktype ? START_VELDEN[taaktype] : undefined;

  const mutatie = useMutation({
    mutationFn: (invoer: TaakStartenInvoer) => actie("taakStarten", { uuid: zaakUuid }, invoer),
    onSuccess: async () => {
      await Promise.all(zaakSleutels(zaakUuid).map((k) => queryClient.invalidateQueries({ queryKey: k })));
      setOpen(false);
      meld(`Taak "${taaktype ? TAAKTYPE_NAMEN[taaktype] : ""}" is gestart.`);
    },
  });

  function verzenden(e: React.FormEvent) {
    e.preventDefault();
    if (!taaktype || !config) {
      setVeldfouten({ taaktype: "Kies een soort taak." });
      return;
    }
    const gegevens = {
      taaktype,
      ...opgeschoond(waarden, config.velden),
      ...(config.documenten ? { documenten: gekozenDocumenten } : {}),
    };
    const invoer = {
      gegevens,
      groep: groep || null,
      behandelaar: null,
      ...(streefdatum ? { streefdatum } : {}),
      ...(fataledatum ? { fataledatum } : {}),
    };
    const uitkomst = TaakStartenInvoer.safeParse(invoer);
    if (!uitkomst.success) {
      setVeldfouten({ ...fouten(uitkomst.error.issues), ...verplichtFouten(gegevens, config.velden) });
      return;
    }
    setVeldfouten({});
    mutatie.mutate(uitkomst.data);
  }

  return (
    <>
      <Knop
        variant="primair"
        onClick={() => {
          setTaaktype("");
          setWaarden({});
          setGekozenDocumenten([]);
          setGroep("");
          setStreefdatum("");
          setFataledatum("");
          setVeldfouten({});
          mutatie.reset();
          setOpen(true);
        }}
      >
        Taak starten
      </Knop>
      <Dialoog open={open} titel="Taak starten" onSluit={sluit}>
        <form noValidate onSubmit={verzenden} className="flex flex-col gap-4">
          <Keuzelijst
            label="Soort taak"
            naam="taaktype"
            verplicht
            waarde={taaktype}
            onWijzig={(w) => {
              setTaaktype(w as Taaktype | "");
              setWaarden({});
              setVeldfouten({});
              // Groep and streefdatum prefilled from the zaakafhandelparameters of the zaaktype.
              const soort = taaktypen.find((t) => t.taaktype === w);
              setGroep(soort?.groep ?? "");
              setStreefdatum(soort?.doorlooptijdDagen != null ? dagenVanaf(soort.doorlooptijdDagen) : "");
            }}
            opties={taaktypen.map((t) => ({ waarde: t.taaktype, label: t.naam }))}
            fout={veldfouten.taaktype}
          />
          {config ? (
            <>
              {config.velden.map((v) => (
                <Veld key={v.naam} veld={v} waarde={waarden[v.naam]} fout={veldfouten[v.naam]} onWijzig={(w) => setWaarden((o) => ({ ...o, [v.naam]: w }))} />
              ))}
              {config.documenten ? (
                <fieldset className="flex flex-col gap-1" aria-describedby={veldfouten.documenten ? "taak-documenten-fout" : undefined}>
                  <legend className="font-semibold">
                    Documenten{config.documenten === "verplicht" ? <span className="font-normal text-gray-700"> (verplicht)</span> : null}
                  </legend>
                  {documenten.length === 0 ? <p className="text-gray-700">Deze zaak heeft nog geen documenten.</p> : null}
                  {documenten.map((d) => (
                    <label key={d.uuid} className="flex min-h-8 items-center gap-2">
                      <input
                        type="checkbox"
                        className="size-5"
                        checked={gekozenDocumenten.includes(d.uuid)}
                        onChange={(e) =>
                          setGekozenDocumenten((g) => (e.target.checked ? [...g, d.uuid] : g.filter((x) => x !== d.uuid)))
                        }
                      />
                      {d.titel}
                    </label>
                  ))}
                  {veldfouten.documenten ? (
                    <p id="taak-documenten-fout" className="text-sm font-semibold text-red-800">
                      {veldfouten.documenten}
                    </p>
                  ) : null}
                </fieldset>
              ) : null}
              <Keuzelijst
                label="Groep"
                naam="groep"
                waarde={groep}
                onWijzig={setGroep}
                opties={[
                  ...groepen.map((g) => ({ waarde: g.id, label: g.naam })),
                  // The zaaktype's groep for this taaktype, also when it is not one of your own groups.
                  ...(groep && !groepen.some((g) => g.id === groep) ? [{ waarde: groep, label: groep }] : []),
                ]}
                leegLabel="Geen groep"
                fout={veldfouten.groep}
              />
              <TekstVeld label="Streefdatum" naam="streefdatum" type="date" waarde={streefdatum} onWijzig={setStreefdatum} fout={veldfouten.streefdatum} />
              <TekstVeld label="Fatale datum" naam="fataledatum" type="date" waarde={fataledatum} onWijzig={setFataledatum} fout={veldfouten.fataledatum} />
            </>
          ) : null}
          {veldfouten._formulier ? <FoutMelding>{veldfouten._formulier}</FoutMelding> : null}
          {mutatie.isError ? <FoutMelding>{foutTekst(mutatie.error)}</FoutMelding> : null}
          <div className="flex justify-end gap-3 border-t border-gray-200 pt-4">
            <Knop onClick={sluit}>Annuleren</Knop>
            <Knop type="submit" variant="primair" disabled={mutatie.isPending}>
              Taak starten
            </Knop>
          </div>
        </form>
      </Dialoog>
    </>
  );
}
