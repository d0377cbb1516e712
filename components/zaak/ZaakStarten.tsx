"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { endpointPad, queryKeys, ZaakGestart, ZaakStartenInvoer } from "@/lib/zaakafhandeling/contract";
import { foutTekst, stuur } from "@/components/ui/api";
import { veldFouten } from "@/components/ui/ActieDialoog";
import { Knop } from "@/components/ui/Knop";
import { FoutMelding, Laden } from "@/components/ui/Melding";
import { useMelding } from "@/components/ui/meldingen";
import { Keuzelijst, TekstVeld, TekstVlak } from "@/components/ui/Velden";
import { useGroepen, useMedewerkers, useZaaktypen } from "./gegevens";

type InitiatorSoort = "" | "persoon" | "bedrijf";

/** Zaak starten: only zaaktypen the user may start; groep/behandelaar default from the zaaktype when left empty. */
export function ZaakStartenFormulier() {
  const zaaktypen = useZaaktypen();
  const router = useRouter();
  const queryClient = useQueryClient();
  const meld = useMelding();
  const [zaaktype, setZaaktype] = useState("");
  const [omschrijving, setOmschrijving] = useState("");
  const [toelichting, setToelichting] = useState("");
  const [soort, setSoort] = useState<InitiatorSoort>("");
  const [bsn, setBsn] = useState("");
  const [kvkNummer, setKvk] = useState("");
  const [naam, setNaam] = useState("");
  const [groep, setGroep] = useState("");
  const [behandelaar, setBehandelaar] = useState("");
  const [fouten, setFouten] = useState<Record<string, string>>({});
  const groepen = useGroepen(zaaktype || undefined);
  const medewerkers = useMedewerkers(groep || undefined);

  const mutatie = useMutation({
    mutationFn: (invoer: ZaakStartenInvoer) => stuur(endpointPad("zaakStarten"), { body: invoer, schema: ZaakGestart }),
    onSuccess: async (zaak) => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.werklijsten() });
      meld(`Zaak ${zaak.identificatie} is gestart.`);
      router.push(`/zaken/${zaak.uuid}`);
    },
  });

  if (zaaktypen.isPending) return <Laden tekst="Zaaktypen laden…" />;
  if (zaaktypen.isError) return <FoutMelding>De zaaktypen konden niet worden geladen. {foutTekst(zaaktypen.error)}</FoutMelding>;
  const startbaar = zaaktypen.data.filter((z) => z.magStarten);
  if (startbaar.length === 0) {
    return <p className="max-w-prose text-gray-800">Je mag geen zaken starten. Neem contact op met je functioneel beheerder als je dit wel nodig hebt.</p>;
  }

  function verzenden(e: React.FormEvent) {
    e.preventDefault();
    const initiator =
      soort === "persoon"
        ? { soort, bsn: bsn.trim(), ...(naam.trim() ? { naam } : {}) }
        : soort === "bedrijf"
          ? { soort, kvkNummer: kvkNummer.trim(), ...(naam.trim() ? { naam } : {}) }
          : undefined;
    const invoer = {
      zaaktype,
      omschrijving,
      toelichting,
      ...(initiator ? { initiator } : {}),
      ...(groep ? { groep } : {}),
      ...(behandelaar ? { behandelaar } : {}),
    };
    const uitkomst = ZaakStartenInvoer.safeParse(invoer);
    if (!uitkomst.success) {
      // initiator.bsn -> bsn: the fields carry their own names.
      const f = veldFouten(uitkomst.error.issues.map((i) => ({ ...i, path: i.path[0] === "initiator" ? i.path.slice(1) : i.path })));
      setFouten(f);
      const eerste = ["zaaktype", "omschrijving", "toelichting", "soort", "bsn", "kvkNummer", "naam"].find((n) => f[n]);
      if (eerste) document.querySelector<HTMLElement>(`[name="${eerste}"]`)?.focus();
      return;
    }
    setFouten({});
    mutatie.mutate(uitkomst.data);
  }

  return (
    <form noValidate onSubmit={verzenden} className="flex max-w-2xl flex-col gap-5">
      <Keuzelijst
        label="Zaaktype"
        naam="zaaktype"
        verplicht
        waarde={zaaktype}
        onWijzig={(w) => {
          // Prefilled from the zaaktype's zaakafhandelparameters; the user may change them.
          const gekozen = startbaar.find((z) => z.omschrijving === w);
          setZaaktype(w);
          setGroep(gekozen?.standaardGroep ?? "");
          setBehandelaar(gekozen?.standaardBehandelaar ?? "");
        }}
        opties={startbaar.map((z) => ({ waarde: z.omschrijving, label: z.omschrijving }))}
        fout={fouten.zaaktype}
      />
      <TekstVeld label="Omschrijving" naam="omschrijving" verplicht waarde={omschrijving} onWijzig={setOmschrijving} fout={fouten.omschrijving} />
      <TekstVlak label="Toelichting" naam="toelichting" waarde={toelichting} onWijzig={setToelichting} fout={fouten.toelichting} />
      <fieldset className="flex flex-col gap-3 rounded-md border border-gray-300 p-4">
        <legend className="px-1 font-semibold">Initiator</legend>
        <Keuzelijst
          label="Soort initiator"
          naam="soort"
          waarde={soort}
          onWijzig={(w) => setSoort(w as InitiatorSoort)}
          opties={[
            { waarde: "persoon", label: "Persoon (BSN)" },
            { waarde: "bedrijf", label: "Bedrijf (KvK-nummer)" },
          ]}
          leegLabel="Geen initiator"
          fout={fouten.soort}
        />
        {soort === "persoon" ? <TekstVeld label="BSN" naam="bsn" verplicht hint="9 cijfers" waarde={bsn} onWijzig={setBsn} fout={fouten.bsn} /> : null}
        {soort === "bedrijf" ? (
          <TekstVeld label="KvK-nummer" naam="kvkNummer" verplicht hint="8 cijfers" waarde={kvkNummer} onWijzig={setKvk} fout={fouten.kvkNummer} />
        ) : null}
        {soort ? <TekstVeld label="Naam" naam="naam" waarde={naam} onWijzig={setNaam} fout={fouten.naam} autoComplete="off" /> : null}
      </fieldset>
      <Keuzelijst
        label="Groep"
        naam="groep"
        hint="Laat leeg voor de standaardgroep van het zaaktype."
        waarde={groep}
        onWijzig={(w) => {
          setGroep(w);
          setBehandelaar("");
        }}
        opties={(groepen.data ?? []).map((g) => ({ waarde: g.id, label: g.naam }))}
        leegLabel="Standaard van het zaaktype"
        fout={fouten.groep}
      />
      <Keuzelijst
        label="Behandelaar"
        naam="behandelaar"
        hint={groep ? "Medewerkers van de gekozen groep." : "Kies eerst een groep, of laat leeg."}
        waarde={behandelaar}
        onWijzig={setBehandelaar}
        opties={(medewerkers.data ?? []).map((m) => ({ waarde: m.id, label: m.naam }))}
        leegLabel="Standaard van het zaaktype"
        fout={fouten.behandelaar}
      />
      {mutatie.isError ? <FoutMelding>{foutTekst(mutatie.error)}</FoutMelding> : null}
      <div>
        <Knop type="submit" variant="primair" disabled={mutatie.isPending}>
          {mutatie.isPending ? "Bezig met starten…" : "Zaak starten"}
        </Knop>
      </div>
    </form>
  );
}
