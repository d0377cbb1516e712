"use client";

import Link from "next/link";
import { foutTekst } from "@/components/ui/api";
import { FoutMelding, Laden } from "@/components/ui/Melding";
import { Tabel } from "@/components/ui/Tabel";
import { formatDatumTijd } from "@/lib/format";
import { parametersPad, useZaaktypenInrichting } from "./gegevens";
import { StatusLabel } from "./StatusLabel";

/** Every current zaaktype with its status; the name links to its zaakafhandelparameters. */
export function ZaakafhandelparametersOverzicht() {
  const lijst = useZaaktypenInrichting();
  if (lijst.isPending) return <Laden tekst="Zaaktypen laden…" />;
  if (lijst.isError) return <FoutMelding>De zaaktypen konden niet worden geladen. {foutTekst(lijst.error)}</FoutMelding>;
  return (
    <Tabel
      bijschrift="Zaaktypen en hun zaakafhandelparameters"
      koppen={["Zaaktype", "Identificatie", "Status", "Standaardgroep", "Laatst gewijzigd"]}
      leeg="Er zijn geen geldige zaaktypen."
      rijen={lijst.data.map((r) => ({
        sleutel: r.zaaktype,
        cellen: [
          <Link key="l" href={parametersPad(r.zaaktype)} className="font-semibold text-accent-700 underline underline-offset-2 hover:text-accent-900">
            {r.zaaktype}
          </Link>,
          r.identificatie,
          <StatusLabel key="s" status={r.status} />,
          r.standaardGroep ?? "—",
          r.gewijzigd ? formatDatumTijd(r.gewijzigd) : "—",
        ],
      }))}
    />
  );
}
