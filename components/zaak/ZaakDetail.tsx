"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useEffect } from "react";
import { AppError } from "@/lib/errors/app-error";
import { foutTekst } from "@/components/ui/api";
import { FoutMelding, Laden } from "@/components/ui/Melding";
import { Tabs } from "@/components/ui/Tabs";
import { Termijn } from "@/components/werklijst/Termijn";
import { useZaak, useZaakOpties } from "./gegevens";
import { ZaakActies } from "./ZaakActies";
import {
  BesluitenTab,
  BetrokkenenTab,
  DocumentenTab,
  GegevensTab,
  GerelateerdTab,
  HistorieTab,
  NotitiesTab,
  StatusTab,
  TakenTab,
} from "./tabbladen";

const TABS = ["gegevens", "status", "betrokkenen", "documenten", "besluiten", "taken", "notities", "gerelateerd", "historie"] as const;
type TabId = (typeof TABS)[number];

/** Zaak detail: header with the deadlines, the actions the user may perform, and the tabs. */
export function ZaakDetailPagina({ uuid }: { uuid: string }) {
  const zaak = useZaak(uuid);
  const searchParams = useSearchParams();
  const router = useRouter();
  const pathname = usePathname() ?? `/zaken/${uuid}`;
  const gevraagd = searchParams?.get("tab");
  const tab: TabId = TABS.includes(gevraagd as TabId) ? (gevraagd as TabId) : "gegevens";
  const z = zaak.data;
  // Choices for dialogs only matter when the user may do something.
  const magIets = !!z && (Object.entries(z.rechten).some(([recht, ja]) => ja && recht !== "lezen" && recht !== "bekijken_bsn") || z.notitieRechten.wijzigen);
  const opties = useZaakOpties(uuid, magIets);
  // The page title names the zaak (WCAG 2.4.2); the server only knows the uuid.
  const identificatie = z?.identificatie;
  useEffect(() => {
    if (identificatie) document.title = `Zaak ${identificatie} | Zaakafhandelcomponent`;
  }, [identificatie]);

  if (zaak.isPending) return <Laden tekst="Zaak laden…" />;
  if (zaak.isError) {
    const fout = zaak.error;
    if (fout instanceof AppError && (fout.status === 403 || fout.status === 404)) {
      return (
        <>
          <h1 className="text-3xl font-semibold tracking-tight">{fout.status === 403 ? "Geen toegang tot deze zaak" : "Zaak niet gevonden"}</h1>
          <p className="mt-3 max-w-prose text-gray-800" data-testid="zaak-fout">
            {fout.status === 403
              ? "Je hebt geen rechten om deze zaak te bekijken. Denk je dat dit niet klopt? Neem contact op met je functioneel beheerder."
              : "Deze zaak bestaat niet (meer)."}
          </p>
        </>
      );
    }
    return <FoutMelding>De zaak kon niet worden geladen. {foutTekst(fout)}</FoutMelding>;
  }
  if (!z) return null;

  const tabs = [
    { id: "gegevens", label: "Gegevens" },
    { id: "status", label: "Status" },
    { id: "betrokkenen", label: "Betrokkenen", aantal: z.rollen.length },
    { id: "documenten", label: "Documenten", aantal: z.documenten.length },
    { id: "besluiten", label: "Besluiten", aantal: z.besluiten.length },
    { id: "taken", label: "Taken", aantal: z.taken.length },
    { id: "notities", label: "Notities", aantal: z.notities.length },
    { id: "gerelateerd", label: "Gerelateerde zaken", aantal: z.gerelateerdeZaken.length },
    { id: "historie", label: "Historie" },
  ];

  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-3">
        <p className="text-sm font-semibold text-gray-700">{z.zaaktype.omschrijving}</p>
        <h1 className="text-3xl font-semibold tracking-tight text-gray-900">Zaak {z.identificatie}</h1>
        <p className="text-lg text-gray-800">{z.omschrijving}</p>
        <dl className="flex flex-wrap gap-x-8 gap-y-2 text-sm">
          <div>
            <dt className="font-semibold">Status</dt>
            <dd data-testid="zaak-status">
              {z.status?.statustype ?? "Geen status"}
              {!z.open ? " (afgehandeld)" : ""}
              {z.opschorting.indicatie ? " — opgeschort" : ""}
            </dd>
          </div>
          <div>
            <dt className="font-semibold">Behandelaar</dt>
            <dd data-testid="zaak-behandelaar">{z.behandelaar?.naam ?? "Niet toegekend"}</dd>
          </div>
          <div>
            <dt className="font-semibold">Groep</dt>
            <dd>{z.groep?.naam ?? "—"}</dd>
          </div>
          <div>
            <dt className="font-semibold">Streefdatum</dt>
            <dd>
              <Termijn datum={z.einddatumGepland} waarschuwing={z.streefdatumWaarschuwing} soort="streefdatum" />
            </dd>
          </div>
          <div>
            <dt className="font-semibold">Fatale datum</dt>
            <dd>
              <Termijn datum={z.uiterlijkeEinddatumAfdoening} waarschuwing={z.fataledatumWaarschuwing} soort="fatale datum" />
            </dd>
          </div>
        </dl>
      </header>

      <ZaakActies zaak={z} opties={opties.data} />

      <Tabs
        label={`Onderdelen van zaak ${z.identificatie}`}
        tabs={tabs}
        actief={tab}
        onKies={(id) => {
          const p = new URLSearchParams(searchParams?.toString() ?? "");
          if (id === "gegevens") p.delete("tab");
          else p.set("tab", id);
          const q = p.toString();
          router.replace(q ? `${pathname}?${q}` : pathname, { scroll: false });
        }}
      >
        {tab === "gegevens" ? <GegevensTab zaak={z} /> : null}
        {tab === "status" ? <StatusTab zaak={z} /> : null}
        {tab === "betrokkenen" ? <BetrokkenenTab zaak={z} opties={opties.data} /> : null}
        {tab === "documenten" ? <DocumentenTab zaak={z} opties={opties.data} /> : null}
        {tab === "besluiten" ? <BesluitenTab zaak={z} opties={opties.data} /> : null}
        {tab === "taken" ? <TakenTab zaak={z} opties={opties.data} /> : null}
        {tab === "notities" ? <NotitiesTab zaak={z} /> : null}
        {tab === "gerelateerd" ? <GerelateerdTab zaak={z} /> : null}
        {tab === "historie" ? <HistorieTab zaak={z} /> : null}
      </Tabs>
    </div>
  );
}
