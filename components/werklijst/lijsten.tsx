"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import {
  DocumentenWerklijstAntwoord,
  endpointPad,
  queryKeys,
  RedenInvoer,
  TAAKTYPE_NAMEN,
  TakenWerklijstAntwoord,
  WERKLIJST_KOLOMMEN,
  ZakenWerklijstAntwoord,
  type DocumentRij,
  type KolomDefinitie as ContractKolom,
  type TaakRij,
  type TaakStatus,
  type WerklijstNaam,
  type ZaakRij,
} from "@/lib/zaakafhandeling/contract";
import { ActieDialoog } from "@/components/ui/ActieDialoog";
import { VerdeelWerkbalk } from "@/components/verdelen/VerdeelWerkbalk";
import { foutTekst, stuur } from "@/components/ui/api";
import { Knop } from "@/components/ui/Knop";
import { useMelding } from "@/components/ui/meldingen";
import { Datum, Termijn } from "./Termijn";
import type { WerklijstSelectie } from "./Selectie";
import { Werklijst, type WerklijstKolom } from "./Werklijst";

/** Contract column (id, titel, sort, filter) + how to render a cell. */
function kolommenVan<T>(
  contract: readonly ContractKolom[],
  cellen: Record<string, (rij: T) => React.ReactNode>,
  extra: Record<string, Partial<WerklijstKolom<T>>> = {},
  vast = contract[0]?.id,
): WerklijstKolom<T>[] {
  return contract.map((k) => ({
    sleutel: k.id,
    label: k.titel,
    sorteerbaar: k.sorteerbaar,
    vast: k.id === vast,
    rijkop: k.id === vast,
    standaardVerborgen: !k.standaardZichtbaar,
    ...(k.filter ? { filter: { soort: k.filter } } : {}),
    cel: cellen[k.id] ?? ((rij: T) => String((rij as Record<string, unknown>)[k.id] ?? "—")),
    ...extra[k.id],
  }));
}

const TAAKSTATUS_NAMEN: Record<TaakStatus, string> = {
  niet_toegekend: "Niet toegekend",
  toegekend: "Toegekend",
  afgerond: "Afgerond",
};

/** "Ken aan mij toe" for one row; shown only when the row says the user may. */
function KenAanMijToe({ pad, omschrijving }: { pad: string; omschrijving: string }) {
  const queryClient = useQueryClient();
  const meld = useMelding();
  const [fout, setFout] = useState<string | null>(null);
  const mutatie = useMutation({
    mutationFn: () => stuur(pad, { body: { aanMij: true } }),
    onSuccess: async () => {
      setFout(null);
      await queryClient.invalidateQueries({ queryKey: queryKeys.werklijsten() });
      meld(`${omschrijving} is aan jou toegekend.`);
    },
    onError: (e) => setFout(foutTekst(e)),
  });
  return (
    <span className="flex flex-col gap-1">
      <Knop klein onClick={() => mutatie.mutate()} disabled={mutatie.isPending} aria-label={`Ken ${omschrijving} aan mij toe`}>
        Ken aan mij toe
      </Knop>
      {fout ? (
        <span role="alert" className="text-xs font-semibold text-red-800">
          {fout}
        </span>
      ) : null}
    </span>
  );
}

const ZAAK_KOLOMMEN = kolommenVan<ZaakRij>(WERKLIJST_KOLOMMEN.zaken, {
  identificatie: (z) => (z.magLezen ? <Link href={`/zaken/${z.uuid}`}>{z.identificatie}</Link> : z.identificatie),
  omschrijving: (z) => z.omschrijving,
  status: (z) => (
    <>
      {z.status ?? "—"}
      {z.opgeschort ? <span className="block text-xs font-semibold text-gray-800">Opgeschort</span> : null}
    </>
  ),
  startdatum: (z) => <Datum waarde={z.startdatum} />,
  registratiedatum: (z) => <Datum waarde={z.registratiedatum} />,
  einddatum: (z) => <Datum waarde={z.einddatum} />,
  einddatumGepland: (z) => <Termijn datum={z.einddatumGepland} waarschuwing={z.streefdatumWaarschuwing} soort="streefdatum" />,
  uiterlijkeEinddatumAfdoening: (z) => (
    <Termijn datum={z.uiterlijkeEinddatumAfdoening} waarschuwing={z.fataledatumWaarschuwing} soort="fatale datum" />
  ),
  groep: (z) => z.groep ?? "—",
  behandelaar: (z) => z.behandelaar ?? "—",
});

const TAAK_KOLOMMEN = kolommenVan<TaakRij>(
  WERKLIJST_KOLOMMEN.taken,
  {
    naam: (t) => <Link href={`/taken/${t.id}`}>{t.naam}</Link>,
    zaakIdentificatie: (t) => <Link href={`/zaken/${t.zaakUuid}`}>{t.zaakIdentificatie}</Link>,
    status: (t) => TAAKSTATUS_NAMEN[t.status],
    aangemaakt: (t) => <Datum waarde={t.aangemaakt} />,
    streefdatum: (t) => <Termijn datum={t.streefdatum} waarschuwing={t.streefdatumWaarschuwing} soort="streefdatum" />,
    fataledatum: (t) => <Termijn datum={t.fataledatum} waarschuwing={t.fataledatumWaarschuwing} soort="fatale datum" />,
    groep: (t) => t.groep ?? "—",
    behandelaar: (t) => t.behandelaar ?? "—",
  },
  {
    naam: { filter: { soort: "keuze", keuzeLabel: (w) => TAAKTYPE_NAMEN[w as keyof typeof TAAKTYPE_NAMEN] ?? w } },
    status: { filter: { soort: "keuze", opties: Object.entries(TAAKSTATUS_NAMEN).map(([waarde, label]) => ({ waarde, label })) } },
  },
);

const DOCUMENT_KOLOMMEN = kolommenVan<DocumentRij>(WERKLIJST_KOLOMMEN.documenten, {
  titel: (d) => <Link href={`/documenten/${d.documentUuid}`}>{d.titel}</Link>,
  informatieobjecttype: (d) => d.informatieobjecttype ?? "—",
  datum: (d) => <Datum waarde={d.datum} />,
  zaakIdentificatie: (d) => d.zaakIdentificatie ?? "—",
  door: (d) => d.door ?? "—",
  reden: (d) => d.reden ?? "—",
});

/** Bulk verdelen/vrijgeven (lib/verdelen) on the werkvoorraad lists, only with werklijst.zaken_taken_verdelen. */
const ZAKEN_VERDELEN: WerklijstSelectie<ZaakRij> = {
  aan: (r) => r.zaken_taken_verdelen,
  label: (z) => `Selecteer zaak ${z.identificatie}`,
  werkbalk: (info) => <VerdeelWerkbalk info={info} lijst="zaken-werkvoorraad" eenheid={{ enkelvoud: "zaak", meervoud: "zaken" }} sleutel={(z) => z.uuid} />,
};
const TAKEN_VERDELEN: WerklijstSelectie<TaakRij> = {
  aan: (r) => r.zaken_taken_verdelen,
  label: (t) => `Selecteer taak ${t.naam} (${t.zaakIdentificatie})`,
  werkbalk: (info) => <VerdeelWerkbalk info={info} lijst="taken-werkvoorraad" eenheid={{ enkelvoud: "taak", meervoud: "taken" }} sleutel={(t) => t.id} />,
};

export function ZakenWerklijst({ lijst }: { lijst: Extract<WerklijstNaam, "zaken-werkvoorraad" | "mijn-zaken" | "afgehandelde-zaken"> }) {
  return (
    <Werklijst<ZaakRij>
      lijst={lijst}
      schema={ZakenWerklijstAntwoord}
      eenheid={{ enkelvoud: "zaak", meervoud: "zaken" }}
      kolommen={ZAAK_KOLOMMEN}
      standaardSortering={lijst === "afgehandelde-zaken" ? { veld: "einddatum", richting: "desc" } : { veld: "startdatum", richting: "desc" }}
      rijSleutel={(z) => z.uuid}
      selectie={lijst === "zaken-werkvoorraad" ? ZAKEN_VERDELEN : undefined}
      rijActies={
        lijst === "afgehandelde-zaken"
          ? undefined
          : (z) => (z.magToekennen ? <KenAanMijToe pad={endpointPad("zaakToekennen", { uuid: z.uuid })} omschrijving={`Zaak ${z.identificatie}`} /> : null)
      }
      leegTekst={lijst === "mijn-zaken" ? "Er zijn nog geen zaken aan jou toegekend." : undefined}
    />
  );
}

export function TakenWerklijst({ lijst }: { lijst: Extract<WerklijstNaam, "taken-werkvoorraad" | "mijn-taken"> }) {
  return (
    <Werklijst<TaakRij>
      lijst={lijst}
      schema={TakenWerklijstAntwoord}
      eenheid={{ enkelvoud: "taak", meervoud: "taken" }}
      kolommen={TAAK_KOLOMMEN}
      standaardSortering={{ veld: "streefdatum", richting: "asc" }}
      rijSleutel={(t) => t.id}
      selectie={lijst === "taken-werkvoorraad" ? TAKEN_VERDELEN : undefined}
      rijActies={(t) =>
        t.magToekennen ? <KenAanMijToe pad={endpointPad("taakToekennen", { id: t.id })} omschrijving={`Taak ${t.naam} (${t.zaakIdentificatie})`} /> : null
      }
      leegTekst={lijst === "mijn-taken" ? "Er zijn nog geen taken aan jou toegekend." : undefined}
    />
  );
}

export function DocumentenWerklijst({ lijst }: { lijst: Extract<WerklijstNaam, "inbox-documenten" | "ontkoppelde-documenten"> }) {
  return (
    <Werklijst<DocumentRij>
      lijst={lijst}
      schema={DocumentenWerklijstAntwoord}
      eenheid={{ enkelvoud: "document", meervoud: "documenten" }}
      kolommen={DOCUMENT_KOLOMMEN}
      standaardSortering={{ veld: "datum", richting: "desc" }}
      rijSleutel={(d) => d.id}
      rijActies={(d) => (d.magVerwijderen ? <DocumentVerwijderenKnop rij={d} /> : null)}
    />
  );
}

function DocumentVerwijderenKnop({ rij }: { rij: DocumentRij }) {
  return (
    <ActieDialoog
      knop="Verwijderen"
      titel={`Document "${rij.titel}" verwijderen`}
      klein
      gevaar
      bevestig="Definitief verwijderen"
      uitleg={<p>Het document en al zijn versies worden verwijderd. Dit kun je niet ongedaan maken.</p>}
      velden={[{ naam: "reden", label: "Reden", soort: "tekst" }]}
      schema={RedenInvoer}
      verstuur={(invoer) => stuur(endpointPad("documentVerwijderen", { uuid: rij.documentUuid }), { method: "DELETE", body: invoer })}
      succes={`Document "${rij.titel}" is verwijderd.`}
      ongeldig={[queryKeys.werklijsten()]}
    />
  );
}
