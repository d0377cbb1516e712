"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { foutTekst, stuur } from "@/components/ui/api";
import { Knop } from "@/components/ui/Knop";
import { FoutMelding, Laden } from "@/components/ui/Melding";
import { useMelding } from "@/components/ui/meldingen";
import { Keuzelijst, TekstVeld, Vinkje } from "@/components/ui/Velden";
import { useMedewerkers } from "@/components/zaak/gegevens";
import { AppError } from "@/lib/errors/app-error";
import { queryKeys, TAAKTYPE_NAMEN, TAAKTYPEN, type Taaktype } from "@/lib/zaakafhandeling/contract";
import {
  beheerQueryKeys,
  ENDPOINTS_BEHEER,
  FORMULIEREN,
  ParametersFormulier as ParametersFormulierSchema,
  ZaakafhandelparametersInvoer,
  type ParametersFormulier,
  type ZaakafhandelparametersUit,
} from "@/lib/zaakafhandelparameters/model";
import { useParametersFormulier } from "./gegevens";
import { StatusLabel } from "./StatusLabel";

interface Mail {
  versturen: boolean;
  afzender: string;
  onderwerp: string;
}
interface Concept {
  inGebruik: boolean;
  domein: string;
  standaardGroep: string;
  standaardBehandelaar: string;
  waarschuwingStreefdatumDagen: string;
  waarschuwingFataleDatumDagen: string;
  intakeMail: Mail;
  afhandelMail: Mail;
  nietOntvankelijkResultaattype: string;
  beeindigRedenen: { reden: string; resultaattype: string }[];
  taaktypen: Record<Taaktype, { actief: boolean; groep: string; doorlooptijdDagen: string; formulier: string }>;
}

const getal = (n: number | null) => (n === null ? "" : String(n));
const tekstOfNull = (t: string) => (t.trim() === "" ? null : t.trim());
/** "" -> null; digits -> number; anything else stays text so the schema says what is wrong. */
const dagenOfNull = (t: string): number | string | null => (t.trim() === "" ? null : /^\d+$/.test(t.trim()) ? Number(t.trim()) : t);

function naarConcept(p: ZaakafhandelparametersUit): Concept {
  return {
    inGebruik: p.inGebruik,
    domein: p.domein ?? "",
    standaardGroep: p.standaardGroep ?? "",
    standaardBehandelaar: p.standaardBehandelaar ?? "",
    waarschuwingStreefdatumDagen: getal(p.waarschuwingStreefdatumDagen),
    waarschuwingFataleDatumDagen: getal(p.waarschuwingFataleDatumDagen),
    intakeMail: { ...p.intakeMail },
    afhandelMail: { ...p.afhandelMail },
    nietOntvankelijkResultaattype: p.nietOntvankelijkResultaattype ?? "",
    beeindigRedenen: p.beeindigRedenen.map((r) => ({ ...r })),
    taaktypen: Object.fromEntries(
      TAAKTYPEN.map((t) => [t, { actief: p.taaktypen[t].actief, groep: p.taaktypen[t].groep ?? "", doorlooptijdDagen: getal(p.taaktypen[t].doorlooptijdDagen), formulier: p.taaktypen[t].formulier }]),
    ) as Concept["taaktypen"],
  };
}

function naarInvoer(c: Concept): unknown {
  return {
    inGebruik: c.inGebruik,
    domein: tekstOfNull(c.domein),
    standaardGroep: tekstOfNull(c.standaardGroep),
    standaardBehandelaar: tekstOfNull(c.standaardBehandelaar),
    waarschuwingStreefdatumDagen: dagenOfNull(c.waarschuwingStreefdatumDagen),
    waarschuwingFataleDatumDagen: dagenOfNull(c.waarschuwingFataleDatumDagen),
    intakeMail: c.intakeMail,
    afhandelMail: c.afhandelMail,
    nietOntvankelijkResultaattype: tekstOfNull(c.nietOntvankelijkResultaattype),
    beeindigRedenen: c.beeindigRedenen,
    taaktypen: Object.fromEntries(
      TAAKTYPEN.map((t) => {
        const i = c.taaktypen[t];
        return [t, { actief: i.actief, groep: tekstOfNull(i.groep), doorlooptijdDagen: dagenOfNull(i.doorlooptijdDagen), formulier: i.formulier }];
      }),
    ),
  };
}

/** Field name (dotted path) -> first message. */
function foutenPerVeld(issues: readonly { name: string; reason: string }[]): Record<string, string> {
  const uit: Record<string, string> = {};
  for (const i of issues) uit[i.name] ??= i.reason;
  return uit;
}

export function ParametersBewerken({ omschrijving }: { omschrijving: string }) {
  const gegevens = useParametersFormulier(omschrijving);
  if (gegevens.isPending) return <Laden tekst="Zaakafhandelparameters laden…" />;
  if (gegevens.isError) return <FoutMelding>De zaakafhandelparameters konden niet worden geladen. {foutTekst(gegevens.error)}</FoutMelding>;
  // Keyed on the last change: after a save the form starts from what was stored.
  return <Formulier key={gegevens.data.gewijzigd ?? "nieuw"} formulier={gegevens.data} />;
}

function Formulier({ formulier }: { formulier: ParametersFormulier }) {
  const [c, setC] = useState<Concept>(() => naarConcept(formulier.parameters));
  const [fouten, setFouten] = useState<Record<string, string>>({});
  const queryClient = useQueryClient();
  const meld = useMelding();
  const medewerkers = useMedewerkers(c.standaardGroep || undefined);
  const { keuzes } = formulier;
  const groepOpties = keuzes.groepen.map((g) => ({ waarde: g.id, label: g.naam === g.id ? g.id : `${g.naam} (${g.id})` }));
  const resultaatOpties = keuzes.resultaattypen.map((r) => ({ waarde: r, label: r }));

  const mutatie = useMutation({
    mutationFn: (invoer: unknown) => stuur(ENDPOINTS_BEHEER.zaaktype(formulier.zaaktype), { method: "PUT", body: invoer, schema: ParametersFormulierSchema }),
    onSuccess: async (nieuw) => {
      queryClient.setQueryData(beheerQueryKeys.zaaktype(formulier.zaaktype), nieuw);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: beheerQueryKeys.overzicht(), exact: true }),
        queryClient.invalidateQueries({ queryKey: queryKeys.zaaktypen() }),
      ]);
      meld(`De zaakafhandelparameters van ${nieuw.zaaktype} zijn opgeslagen.`);
    },
    onError: (fout) => {
      if (fout instanceof AppError && fout.invalidParams?.length) setFouten(foutenPerVeld(fout.invalidParams));
    },
  });

  const zet = <K extends keyof Concept>(k: K, w: Concept[K]) => setC((o) => ({ ...o, [k]: w }));
  const zetTaak = (t: Taaktype, w: Partial<Concept["taaktypen"][Taaktype]>) => setC((o) => ({ ...o, taaktypen: { ...o.taaktypen, [t]: { ...o.taaktypen[t], ...w } } }));
  const zetMail = (k: "intakeMail" | "afhandelMail", w: Partial<Mail>) => setC((o) => ({ ...o, [k]: { ...o[k], ...w } }));
  const zetReden = (i: number, w: Partial<Concept["beeindigRedenen"][number]>) =>
    setC((o) => ({ ...o, beeindigRedenen: o.beeindigRedenen.map((r, j) => (j === i ? { ...r, ...w } : r)) }));

  function verzenden(e: React.FormEvent) {
    e.preventDefault();
    const invoer = naarInvoer(c);
    const uitkomst = ZaakafhandelparametersInvoer.safeParse(invoer);
    if (!uitkomst.success) {
      const f = foutenPerVeld(uitkomst.error.issues.map((i) => ({ name: i.path.map(String).join("."), reason: i.message })));
      setFouten(f);
      const eerste = Object.keys(f)[0];
      if (eerste) document.querySelector<HTMLElement>(`[name="${eerste}"]`)?.focus();
      return;
    }
    setFouten({});
    mutatie.mutate(uitkomst.data);
  }

  const foutAantal = Object.keys(fouten).length;
  return (
    <form noValidate onSubmit={verzenden} className="flex max-w-3xl flex-col gap-8">
      <div className="flex flex-wrap items-center gap-3">
        <span className="text-gray-800">Status:</span>
        <StatusLabel status={formulier.status} />
        <span className="text-gray-700">{formulier.ingericht ? null : "Dit zaaktype heeft nog geen zaakafhandelparameters."}</span>
      </div>
      {formulier.problemen.length > 0 ? (
        <div className="rounded-md border border-amber-700 bg-amber-50 px-4 py-3 text-amber-950">
          <p className="font-semibold">Nog nodig voordat dit zaaktype kan worden gebruikt:</p>
          <ul className="list-disc pl-6">
            {formulier.problemen.map((p, i) => (
              <li key={`${p.code}-${i}`}>{p.melding}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {foutAantal > 0 ? (
        <FoutMelding>
          {foutAantal === 1 ? "Eén veld is" : `${foutAantal} velden zijn`} niet goed ingevuld. De meldingen staan bij de velden.
          {fouten.nonFieldErrors ? ` ${fouten.nonFieldErrors}` : null}
        </FoutMelding>
      ) : null}

      <fieldset className="flex flex-col gap-4 rounded-md border border-gray-300 p-4">
        <legend className="px-1 text-lg font-semibold">Algemeen</legend>
        <Vinkje
          label="In gebruik"
          naam="inGebruik"
          waarde={c.inGebruik}
          onWijzig={(w) => zet("inGebruik", w)}
          hint="Alleen zaaktypen die in gebruik zijn kun je kiezen bij Zaak starten."
        />
        {fouten.inGebruik ? <p className="text-sm font-semibold text-red-800">{fouten.inGebruik}</p> : null}
        <Keuzelijst
          label="Domein"
          naam="domein"
          hint="Voor autorisatie met domeinrollen."
          waarde={c.domein}
          onWijzig={(w) => zet("domein", w)}
          opties={keuzes.domeinen.map((d) => ({ waarde: d.code, label: d.naam }))}
          leegLabel="Geen domein"
          fout={fouten.domein}
        />
      </fieldset>

      <fieldset className="flex flex-col gap-4 rounded-md border border-gray-300 p-4">
        <legend className="px-1 text-lg font-semibold">Toewijzing van nieuwe zaken</legend>
        <Keuzelijst
          label="Standaardgroep"
          naam="standaardGroep"
          verplicht={c.inGebruik}
          hint={keuzes.groepen.length === 0 ? "Er zijn geen groepen met de rol behandelaar voor dit zaaktype." : "Groepen met de rol behandelaar voor dit zaaktype."}
          waarde={c.standaardGroep}
          onWijzig={(w) => setC((o) => ({ ...o, standaardGroep: w, standaardBehandelaar: "" }))}
          opties={groepOpties}
          leegLabel="Geen standaardgroep"
          fout={fouten.standaardGroep}
        />
        <Keuzelijst
          label="Standaardbehandelaar"
          naam="standaardBehandelaar"
          hint={c.standaardGroep ? "Medewerkers van de standaardgroep. Laat leeg: de starter wordt behandelaar." : "Kies eerst een standaardgroep."}
          waarde={c.standaardBehandelaar}
          onWijzig={(w) => zet("standaardBehandelaar", w)}
          opties={[
            ...(medewerkers.data ?? []).map((m) => ({ waarde: m.id, label: m.naam })),
            ...(c.standaardBehandelaar && !(medewerkers.data ?? []).some((m) => m.id === c.standaardBehandelaar)
              ? [{ waarde: c.standaardBehandelaar, label: c.standaardBehandelaar }]
              : []),
          ]}
          leegLabel="Geen standaardbehandelaar"
          fout={fouten.standaardBehandelaar}
        />
      </fieldset>

      <fieldset className="flex flex-col gap-4 rounded-md border border-gray-300 p-4">
        <legend className="px-1 text-lg font-semibold">Signalering</legend>
        <TekstVeld
          label="Waarschuwing streefdatum (dagen vooraf)"
          naam="waarschuwingStreefdatumDagen"
          type="number"
          min="0"
          max="365"
          hint="Leeg: de standaard van 3 dagen."
          waarde={c.waarschuwingStreefdatumDagen}
          onWijzig={(w) => zet("waarschuwingStreefdatumDagen", w)}
          fout={fouten.waarschuwingStreefdatumDagen}
        />
        <TekstVeld
          label="Waarschuwing fatale datum (dagen vooraf)"
          naam="waarschuwingFataleDatumDagen"
          type="number"
          min="0"
          max="365"
          hint="Leeg: de standaard van 3 dagen."
          waarde={c.waarschuwingFataleDatumDagen}
          onWijzig={(w) => zet("waarschuwingFataleDatumDagen", w)}
          fout={fouten.waarschuwingFataleDatumDagen}
        />
      </fieldset>

      {(["intakeMail", "afhandelMail"] as const).map((k) => (
        <fieldset key={k} className="flex flex-col gap-4 rounded-md border border-gray-300 p-4">
          <legend className="px-1 text-lg font-semibold">{k === "intakeMail" ? "E-mail bij ontvangst (intake)" : "E-mail bij afhandeling"}</legend>
          <Vinkje
            label={k === "intakeMail" ? "Ontvangstbevestiging versturen" : "Afhandelbericht versturen"}
            naam={`${k}.versturen`}
            waarde={c[k].versturen}
            onWijzig={(w) => zetMail(k, { versturen: w })}
          />
          <TekstVeld
            label="Afzender (e-mailadres)"
            naam={`${k}.afzender`}
            type="email"
            verplicht={c[k].versturen}
            waarde={c[k].afzender}
            onWijzig={(w) => zetMail(k, { afzender: w })}
            fout={fouten[`${k}.afzender`]}
          />
          <TekstVeld
            label="Onderwerp"
            naam={`${k}.onderwerp`}
            verplicht={c[k].versturen}
            waarde={c[k].onderwerp}
            onWijzig={(w) => zetMail(k, { onderwerp: w })}
            fout={fouten[`${k}.onderwerp`]}
          />
        </fieldset>
      ))}

      <fieldset className="flex flex-col gap-4 rounded-md border border-gray-300 p-4">
        <legend className="px-1 text-lg font-semibold">Resultaten</legend>
        <Keuzelijst
          label="Resultaattype bij niet-ontvankelijk"
          naam="nietOntvankelijkResultaattype"
          verplicht={c.inGebruik}
          waarde={c.nietOntvankelijkResultaattype}
          onWijzig={(w) => zet("nietOntvankelijkResultaattype", w)}
          opties={resultaatOpties}
          leegLabel="Geen resultaattype"
          fout={fouten.nietOntvankelijkResultaattype}
        />
        <div className="flex flex-col gap-3">
          <h3 className="font-semibold text-gray-900">Redenen om een zaak te beëindigen</h3>
          {c.beeindigRedenen.length === 0 ? <p className="text-gray-700">Er zijn nog geen redenen.</p> : null}
          {c.beeindigRedenen.map((r, i) => (
            <div key={i} className="grid grid-cols-1 items-end gap-3 sm:grid-cols-[1fr_1fr_auto]">
              <TekstVeld label={`Reden ${i + 1}`} naam={`beeindigRedenen.${i}.reden`} verplicht waarde={r.reden} onWijzig={(w) => zetReden(i, { reden: w })} fout={fouten[`beeindigRedenen.${i}.reden`]} />
              <Keuzelijst
                label={`Resultaattype bij reden ${i + 1}`}
                naam={`beeindigRedenen.${i}.resultaattype`}
                verplicht
                waarde={r.resultaattype}
                onWijzig={(w) => zetReden(i, { resultaattype: w })}
                opties={resultaatOpties}
                fout={fouten[`beeindigRedenen.${i}.resultaattype`]}
              />
              <Knop onClick={() => setC((o) => ({ ...o, beeindigRedenen: o.beeindigRedenen.filter((_, j) => j !== i) }))} aria-label={`Reden ${i + 1} verwijderen`}>
                Verwijderen
              </Knop>
            </div>
          ))}
          <div>
            <Knop onClick={() => setC((o) => ({ ...o, beeindigRedenen: [...o.beeindigRedenen, { reden: "", resultaattype: "" }] }))}>Reden toevoegen</Knop>
          </div>
        </div>
      </fieldset>

      <fieldset className="flex flex-col gap-4 rounded-md border border-gray-300 p-4" aria-describedby={fouten.taaktypen ? "taaktypen-fout" : undefined}>
        <legend className="px-1 text-lg font-semibold">Soorten taken{c.inGebruik ? <span className="font-normal text-gray-700"> (minstens één)</span> : null}</legend>
        {fouten.taaktypen ? (
          <p id="taaktypen-fout" className="text-sm font-semibold text-red-800">
            <span aria-hidden="true">⚠ </span>
            {fouten.taaktypen}
          </p>
        ) : null}
        {TAAKTYPEN.map((t) => {
          const i = c.taaktypen[t];
          return (
            <div key={t} className="flex flex-col gap-3 border-b border-gray-200 pb-4 last:border-0 last:pb-0">
              <Vinkje label={TAAKTYPE_NAMEN[t]} naam={`taaktypen.${t}.actief`} waarde={i.actief} onWijzig={(w) => zetTaak(t, { actief: w })} />
              {i.actief ? (
                <div className="grid grid-cols-1 gap-3 pl-7 sm:grid-cols-3">
                  <Keuzelijst
                    label={`Groep voor ${TAAKTYPE_NAMEN[t].toLowerCase()}`}
                    naam={`taaktypen.${t}.groep`}
                    waarde={i.groep}
                    onWijzig={(w) => zetTaak(t, { groep: w })}
                    opties={groepOpties}
                    leegLabel="Geen groep"
                    fout={fouten[`taaktypen.${t}.groep`]}
                  />
                  <TekstVeld
                    label={`Doorlooptijd ${TAAKTYPE_NAMEN[t].toLowerCase()} (dagen)`}
                    naam={`taaktypen.${t}.doorlooptijdDagen`}
                    type="number"
                    min="1"
                    max="365"
                    waarde={i.doorlooptijdDagen}
                    onWijzig={(w) => zetTaak(t, { doorlooptijdDagen: w })}
                    fout={fouten[`taaktypen.${t}.doorlooptijdDagen`]}
                  />
                  <Keuzelijst
                    label={`Formulier ${TAAKTYPE_NAMEN[t].toLowerCase()}`}
                    naam={`taaktypen.${t}.formulier`}
                    verplicht
                    waarde={i.formulier}
                    onWijzig={(w) => zetTaak(t, { formulier: w })}
                    opties={FORMULIEREN[t].map((f) => ({ waarde: f.id, label: f.naam }))}
                    fout={fouten[`taaktypen.${t}.formulier`]}
                  />
                </div>
              ) : null}
            </div>
          );
        })}
      </fieldset>

      {mutatie.isError && !(mutatie.error instanceof AppError && mutatie.error.invalidParams?.length) ? <FoutMelding>{foutTekst(mutatie.error)}</FoutMelding> : null}
      <div className="flex flex-wrap items-center gap-4">
        <Knop type="submit" variant="primair" disabled={mutatie.isPending}>
          {mutatie.isPending ? "Bezig met opslaan…" : "Opslaan"}
        </Knop>
        <Link href="/beheer/zaakafhandelparameters" className="text-accent-700 underline underline-offset-2 hover:text-accent-900">
          Terug naar de zaaktypen
        </Link>
      </div>
    </form>
  );
}
