"use client";

import {
  AfbrekenInvoer,
  AfhandelenInvoer,
  DoorlooptijdInvoer,
  endpointPad,
  HeropenenInvoer,
  HervattenInvoer,
  OpschortenInvoer,
  queryKeys,
  StatusInvoer,
  VerlengenInvoer,
  ZaakWijzigenInvoer,
  type ZaakDetail,
  type ZaakOpties,
} from "@/lib/zaakafhandeling/contract";
import { ActieDialoog, type VeldConfig } from "@/components/ui/ActieDialoog";
import { actie } from "./gegevens";
import { ToekennenDialoog } from "./ToekennenDialoog";

export const VERTROUWELIJKHEID = [
  "openbaar",
  "beperkt_openbaar",
  "intern",
  "zaakvertrouwelijk",
  "vertrouwelijk",
  "confidentieel",
  "geheim",
  "zeer_geheim",
].map((w) => ({ waarde: w, label: w.replace(/_/g, " ").replace(/^./, (c) => c.toUpperCase()) }));

const REDEN: VeldConfig = { naam: "reden", label: "Reden", soort: "tekst", verplicht: true };

/** The keys to refresh after any change to a zaak. */
export function zaakSleutels(uuid: string) {
  return [queryKeys.zaak(uuid), queryKeys.zaakHistorie(uuid), queryKeys.werklijsten()] as const;
}

/**
 * The zaak-level actions. Each one is rendered only when its right (from the proxy's answer) is
 * true, and only when it makes sense in the zaak's state; nothing is shown disabled.
 */
export function ZaakActies({ zaak, opties }: { zaak: ZaakDetail; opties: ZaakOpties | undefined }) {
  const r = zaak.rechten;
  const uuid = zaak.uuid;
  const ongeldig = zaakSleutels(uuid);
  const opgeschort = zaak.opschorting.indicatie;
  const resultaten = (opties?.resultaattypen ?? []).map((t) => ({ waarde: t.url, label: t.omschrijving }));
  const statussen = (opties?.statustypen ?? []).filter((s) => !s.eind).map((s) => ({ waarde: s.url, label: s.omschrijving }));

  const knoppen: React.ReactNode[] = [];
  if (r.toekennen) {
    knoppen.push(
      <ToekennenDialoog
        key="toekennen"
        pad={endpointPad("zaakToekennen", { uuid })}
        zaaktype={zaak.zaaktype.omschrijving}
        groepen={opties?.groepen}
        huidigeGroep={zaak.groep?.id}
        huidigeBehandelaar={zaak.behandelaar?.id}
        onderwerp={`Zaak ${zaak.identificatie}`}
        ongeldig={ongeldig}
      />,
    );
  }
  if (r.behandelen && zaak.open && statussen.length > 0) {
    knoppen.push(
      <ActieDialoog
        key="status"
        knop="Status wijzigen"
        velden={[
          { naam: "statustype", label: "Nieuwe status", soort: "keuze", verplicht: true, opties: statussen },
          { naam: "toelichting", label: "Toelichting", soort: "tekstvlak" },
        ]}
        schema={StatusInvoer}
        verstuur={(i) => actie("zaakStatusZetten", { uuid }, i)}
        succes="De status is gewijzigd."
        ongeldig={ongeldig}
      />,
    );
  }
  if (r.wijzigen) {
    knoppen.push(
      <ActieDialoog
        key="wijzigen"
        knop="Gegevens wijzigen"
        beginwaarden={{
          omschrijving: zaak.omschrijving,
          toelichting: zaak.toelichting,
          startdatum: zaak.startdatum ?? "",
          communicatiekanaal: zaak.communicatiekanaal,
          vertrouwelijkheidaanduiding: zaak.vertrouwelijkheidaanduiding,
        }}
        velden={[
          { naam: "omschrijving", label: "Omschrijving", soort: "tekst", verplicht: true },
          { naam: "toelichting", label: "Toelichting", soort: "tekstvlak" },
          { naam: "startdatum", label: "Startdatum", soort: "datum" },
          { naam: "communicatiekanaal", label: "Communicatiekanaal", soort: "tekst" },
          { naam: "vertrouwelijkheidaanduiding", label: "Vertrouwelijkheid", soort: "keuze", opties: VERTROUWELIJKHEID },
          { ...REDEN, hint: "Waarom wijzig je de gegevens? Dit komt in de historie." },
        ]}
        schema={ZaakWijzigenInvoer}
        verstuur={(i) => actie("zaakWijzigen", { uuid }, i)}
        succes="De gegevens van de zaak zijn gewijzigd."
        ongeldig={ongeldig}
      />,
    );
  }
  if (r.opschorten && !opgeschort) {
    knoppen.push(
      <ActieDialoog
        key="opschorten"
        knop="Opschorten"
        titel="Zaak opschorten"
        uitleg={<p>De streefdatum en fatale datum schuiven op met het aantal dagen van de opschorting.</p>}
        velden={[{ naam: "duurDagen", label: "Aantal dagen", soort: "getal", verplicht: true }, REDEN]}
        schema={OpschortenInvoer}
        verstuur={(i) => actie("zaakOpschorten", { uuid }, i)}
        succes="De zaak is opgeschort."
        ongeldig={ongeldig}
      />,
    );
  }
  if (r.hervatten && opgeschort) {
    knoppen.push(
      <ActieDialoog
        key="hervatten"
        knop="Hervatten"
        titel="Zaak hervatten"
        velden={[REDEN]}
        schema={HervattenInvoer}
        verstuur={(i) => actie("zaakHervatten", { uuid }, i)}
        succes="De zaak is hervat."
        ongeldig={ongeldig}
      />,
    );
  }
  if (r.verlengen) {
    knoppen.push(
      <ActieDialoog
        key="verlengen"
        knop="Verlengen"
        titel="Zaak verlengen"
        uitleg={<p>Een zaak kan één keer worden verlengd. De streefdatum en fatale datum schuiven op.</p>}
        velden={[{ naam: "duurDagen", label: "Aantal dagen", soort: "getal", verplicht: true }, REDEN]}
        schema={VerlengenInvoer}
        verstuur={(i) => actie("zaakVerlengen", { uuid }, i)}
        succes="De zaak is verlengd."
        ongeldig={ongeldig}
      />,
    );
  }
  if (r.wijzigen_doorlooptijd) {
    knoppen.push(
      <ActieDialoog
        key="doorlooptijd"
        knop="Doorlooptijd wijzigen"
        beginwaarden={{ einddatumGepland: zaak.einddatumGepland ?? "", uiterlijkeEinddatumAfdoening: zaak.uiterlijkeEinddatumAfdoening ?? "" }}
        velden={[
          { naam: "einddatumGepland", label: "Streefdatum", soort: "datum" },
          { naam: "uiterlijkeEinddatumAfdoening", label: "Fatale datum", soort: "datum" },
          REDEN,
        ]}
        schema={DoorlooptijdInvoer}
        verstuur={(i) => actie("zaakDoorlooptijd", { uuid }, i)}
        succes="De doorlooptijd is gewijzigd."
        ongeldig={ongeldig}
      />,
    );
  }
  if (r.behandelen && zaak.open) {
    knoppen.push(
      <ActieDialoog
        key="afhandelen"
        knop="Afhandelen"
        titel="Zaak afhandelen"
        uitleg={<p>De zaak krijgt het gekozen resultaat en de eindstatus. Daarna is de zaak gesloten.</p>}
        velden={[
          { naam: "resultaattype", label: "Resultaat", soort: "keuze", verplicht: true, opties: resultaten },
          { naam: "toelichting", label: "Toelichting", soort: "tekstvlak" },
        ]}
        schema={AfhandelenInvoer}
        verstuur={(i) => actie("zaakAfhandelen", { uuid }, i)}
        succes="De zaak is afgehandeld."
        ongeldig={ongeldig}
        bevestig="Afhandelen"
      />,
    );
  }
  if (r.afbreken && zaak.open) {
    knoppen.push(
      <ActieDialoog
        key="afbreken"
        knop="Afbreken"
        titel="Zaak afbreken"
        gevaar
        velden={[{ naam: "resultaattype", label: "Resultaat", soort: "keuze", verplicht: true, opties: resultaten }, REDEN]}
        schema={AfbrekenInvoer}
        verstuur={(i) => actie("zaakAfbreken", { uuid }, i)}
        succes="De zaak is afgebroken."
        ongeldig={ongeldig}
        bevestig="Zaak afbreken"
      />,
    );
  }
  if (r.heropenen && !zaak.open) {
    knoppen.push(
      <ActieDialoog
        key="heropenen"
        knop="Heropenen"
        titel="Zaak heropenen"
        velden={[REDEN]}
        schema={HeropenenInvoer}
        verstuur={(i) => actie("zaakHeropenen", { uuid }, i)}
        succes="De zaak is heropend."
        ongeldig={ongeldig}
        bevestig="Heropenen"
      />,
    );
  }

  if (knoppen.length === 0) return null;
  return (
    <section aria-label="Acties voor deze zaak" className="flex flex-wrap gap-2" data-testid="zaak-acties">
      {knoppen}
    </section>
  );
}
