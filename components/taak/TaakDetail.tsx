"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useCallback, useState } from "react";
import {
  endpointPad,
  queryKeys,
  TaakAfrondenInvoer,
  TaakDetail,
  TAAKTYPE_NAMEN,
  TaakWijzigenInvoer,
} from "@/lib/zaakafhandeling/contract";
import { AppError } from "@/lib/errors/app-error";
import { foutTekst, haal } from "@/components/ui/api";
import { ActieDialoog, opgeschoond, Veld, veldFouten, verplichtFouten, type Waarden } from "@/components/ui/ActieDialoog";
import { Dialoog } from "@/components/ui/Dialoog";
import { Knop } from "@/components/ui/Knop";
import { FoutMelding, Laden } from "@/components/ui/Melding";
import { useMelding } from "@/components/ui/meldingen";
import { Gegevenslijst, Tabel } from "@/components/ui/Tabel";
import { Termijn, veiligeDatum } from "@/components/werklijst/Termijn";
import { DocumentToevoegen } from "@/components/documenten/DocumentToevoegen";
import { actie, useZaakOpties } from "@/components/zaak/gegevens";
import { tijdstip } from "@/components/zaak/tabbladen";
import { ToekennenDialoog } from "@/components/zaak/ToekennenDialoog";
import { AFROND_VELDEN, VELD_LABELS } from "./taakvelden";

const STATUS: Record<string, string> = { niet_toegekend: "Niet toegekend", toegekend: "Toegekend", afgerond: "Afgerond" };

function waardeTekst(w: unknown): string {
  if (typeof w === "boolean") return w ? "Ja" : "Nee";
  if (Array.isArray(w)) return w.length ? `${w.length} document(en)` : "—";
  if (typeof w === "string") return /^\d{4}-\d{2}-\d{2}$/.test(w) ? veiligeDatum(w) : w || "—";
  return w === null || w === undefined ? "—" : String(w);
}

export function TaakDetailPagina({ id }: { id: string }) {
  const taak = useQuery({ queryKey: queryKeys.taak(id), queryFn: ({ signal }) => haal(endpointPad("taak", { id }), TaakDetail, signal) });
  const opties = useZaakOpties(taak.data?.zaakUuid ?? "", !!taak.data?.rechten.toevoegen_document && taak.data.status !== "afgerond");
  if (taak.isPending) return <Laden tekst="Taak laden…" />;
  if (taak.isError) {
    const f = taak.error;
    if (f instanceof AppError && (f.status === 403 || f.status === 404)) {
      return (
        <>
          <h1 className="text-3xl font-semibold tracking-tight">{f.status === 403 ? "Geen toegang tot deze taak" : "Taak niet gevonden"}</h1>
          <p className="mt-3 text-gray-800">{foutTekst(f)}</p>
        </>
      );
    }
    return <FoutMelding>De taak kon niet worden geladen. {foutTekst(f)}</FoutMelding>;
  }
  const t = taak.data;
  const open = t.status !== "afgerond";
  const ongeldig = [queryKeys.taak(id), queryKeys.zaak(t.zaakUuid), queryKeys.werklijsten()];

  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <p className="text-sm font-semibold text-gray-700">
          Taak bij <Link href={`/zaken/${t.zaakUuid}?tab=taken`}>zaak {t.zaakIdentificatie}</Link> ({t.zaaktype})
        </p>
        <h1 className="text-3xl font-semibold tracking-tight text-gray-900">{t.naam || TAAKTYPE_NAMEN[t.taaktype]}</h1>
        <p data-testid="taak-status">Status: {STATUS[t.status] ?? t.status}</p>
      </header>

      {t.rechten.toekennen || t.rechten.wijzigen || (t.rechten.toevoegen_document && open) ? (
        <section aria-label="Acties voor deze taak" className="flex flex-wrap gap-2">
          {t.rechten.toekennen && open ? (
            <ToekennenDialoog
              pad={endpointPad("taakToekennen", { id })}
              zaaktype={t.zaaktype}
              huidigeGroep={t.groep}
              huidigeBehandelaar={t.behandelaarId}
              onderwerp={`Taak ${t.naam}`}
              ongeldig={ongeldig}
            />
          ) : null}
          {t.rechten.wijzigen && open ? (
            <ActieDialoog
              knop="Termijnen wijzigen"
              beginwaarden={{ streefdatum: t.streefdatum ?? "", fataledatum: t.fataledatum ?? "", toelichting: t.toelichting }}
              velden={[
                { naam: "streefdatum", label: "Streefdatum", soort: "datum" },
                { naam: "fataledatum", label: "Fatale datum", soort: "datum" },
                { naam: "toelichting", label: "Toelichting", soort: "tekstvlak" },
              ]}
              schema={TaakWijzigenInvoer}
              verstuur={(i) => actie("taakWijzigen", { id }, i)}
              succes="De taak is gewijzigd."
              ongeldig={ongeldig}
            />
          ) : null}
          {t.rechten.toevoegen_document && open ? <DocumentToevoegen zaakUuid={t.zaakUuid} taakId={t.id} ongeldig={ongeldig} informatieobjecttypen={opties.data?.informatieobjecttypen} /> : null}
          {t.rechten.wijzigen && open ? <AfrondenDialoog taak={t} /> : null}
        </section>
      ) : null}

      <section aria-labelledby="taak-gegevens">
        <h2 id="taak-gegevens" className="mb-3 text-xl font-semibold">
          Gegevens
        </h2>
        <Gegevenslijst
          items={[
            ["Soort taak", TAAKTYPE_NAMEN[t.taaktype]],
            ["Groep", t.groep],
            ["Behandelaar", t.behandelaar ?? "Niet toegekend"],
            ["Aangemaakt", tijdstip(t.aangemaakt)],
            ["Streefdatum", <Termijn key="s" datum={t.streefdatum} waarschuwing={t.streefdatumWaarschuwing} soort="streefdatum" />],
            ["Fatale datum", <Termijn key="f" datum={t.fataledatum} waarschuwing={t.fataledatumWaarschuwing} soort="fatale datum" />],
            ["Toelichting", t.toelichting],
            ...Object.entries(t.gegevens)
              .filter(([k]) => k !== "taaktype")
              .map(([k, v]): [string, React.ReactNode] => [VELD_LABELS[k] ?? k, waardeTekst(v)]),
          ]}
        />
      </section>

      {t.afronding ? (
        <section aria-labelledby="taak-afronding">
          <h2 id="taak-afronding" className="mb-3 text-xl font-semibold">
            Afronding
          </h2>
          <Gegevenslijst
            items={[
              ["Afgerond op", tijdstip(t.afgerond)],
              ...Object.entries(t.afronding)
                .filter(([k]) => k !== "taaktype")
                .map(([k, v]): [string, React.ReactNode] => [VELD_LABELS[k] ?? k, waardeTekst(v)]),
            ]}
          />
        </section>
      ) : null}

      <section aria-labelledby="taak-historie">
        <h2 id="taak-historie" className="mb-3 text-xl font-semibold">
          Historie
        </h2>
        <Tabel
          bijschrift="Historie van de taak"
          koppen={["Tijdstip", "Actie", "Door", "Toelichting"]}
          leeg="Er is nog geen historie."
          rijen={t.historie.map((h, i) => ({ sleutel: `${h.tijdstip}-${i}`, cellen: [tijdstip(h.tijdstip), h.actie, h.gebruiker, h.toelichting || "—"] }))}
        />
      </section>
    </div>
  );
}

/** Afronden with the form of the taak's own type. */
function AfrondenDialoog({ taak }: { taak: TaakDetail }) {
  const [open, setOpen] = useState(false);
  const [waarden, setWaarden] = useState<Waarden>({});
  const [fouten, setFouten] = useState<Record<string, string>>({});
  const queryClient = useQueryClient();
  const meld = useMelding();
  const sluit = useCallback(() => setOpen(false), []);
  const velden = AFROND_VELDEN[taak.taaktype];
  const mutatie = useMutation({
    mutationFn: (invoer: TaakAfrondenInvoer) => actie("taakAfronden", { id: taak.id }, invoer),
    onSuccess: async () => {
      await Promise.all(
        [queryKeys.taak(taak.id), queryKeys.zaak(taak.zaakUuid), queryKeys.werklijsten()].map((k) => queryClient.invalidateQueries({ queryKey: k })),
      );
      setOpen(false);
      meld("De taak is afgerond.");
    },
  });
  function verzenden(e: React.FormEvent) {
    e.preventDefault();
    const afronding: Record<string, unknown> = { taaktype: taak.taaktype, ...opgeschoond(waarden, velden) };
    if (taak.taaktype === "goedkeuren") afronding.goedgekeurd = waarden.goedgekeurd === true;
    const uitkomst = TaakAfrondenInvoer.safeParse({ afronding });
    if (!uitkomst.success) {
      setFouten({ ...veldFouten(uitkomst.error.issues.map((i) => ({ ...i, path: i.path.slice(-1) }))), ...verplichtFouten(afronding, velden) });
      return;
    }
    setFouten({});
    mutatie.mutate(uitkomst.data);
  }
  return (
    <>
      <Knop
        variant="primair"
        onClick={() => {
          setWaarden({});
          setFouten({});
          mutatie.reset();
          setOpen(true);
        }}
      >
        Afronden
      </Knop>
      <Dialoog open={open} titel="Taak afronden" onSluit={sluit}>
        <form noValidate onSubmit={verzenden} className="flex flex-col gap-4">
          {velden.map((v) => (
            <Veld key={v.naam} veld={v} waarde={waarden[v.naam]} fout={fouten[v.naam]} onWijzig={(w) => setWaarden((o) => ({ ...o, [v.naam]: w }))} />
          ))}
          {mutatie.isError ? <FoutMelding>{foutTekst(mutatie.error)}</FoutMelding> : null}
          <div className="flex justify-end gap-3 border-t border-gray-200 pt-4">
            <Knop onClick={sluit}>Annuleren</Knop>
            <Knop type="submit" variant="primair" disabled={mutatie.isPending}>
              Afronden
            </Knop>
          </div>
        </form>
      </Dialoog>
    </>
  );
}
