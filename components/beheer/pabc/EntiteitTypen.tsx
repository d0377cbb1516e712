"use client";

import { ActieDialoog, type VeldConfig } from "@/components/ui/ActieDialoog";
import { Tabel } from "@/components/ui/Tabel";
import { EntiteitTypeInvoer, type PabcOverzicht } from "@/lib/pabc/beheer-contract";
import { ONGELDIG, opslaan, VerwijderKnop } from "./acties";
import { PabcKader } from "./PabcKader";

const VELDEN: readonly VeldConfig[] = [
  {
    naam: "entiteitTypeId",
    label: "Zaaktype-omschrijving",
    soort: "tekst",
    verplicht: true,
    hint: "De omschrijving van het zaaktype in de catalogus, precies zo geschreven: daarop koppelt de zaakafhandelcomponent de rechten.",
  },
  { naam: "naam", label: "Naam", soort: "tekst", verplicht: true, hint: "De naam die beheerders in PABC zien." },
  { naam: "omschrijving", label: "Toelichting", soort: "tekstvlak" },
  { naam: "uri", label: "URI", soort: "tekst", hint: "Optioneel: de URL van het zaaktype in de Catalogi API." },
];

type EntiteitType = PabcOverzicht["entiteitTypen"][number];

function TypeDialoog({ type }: { type?: EntiteitType }) {
  return (
    <ActieDialoog
      knop={type ? "Wijzigen" : "Zaaktype toevoegen"}
      titel={type ? `Zaaktype ${type.naam} wijzigen` : "Zaaktype toevoegen"}
      velden={VELDEN}
      beginwaarden={
        type ? { entiteitTypeId: type.entiteitTypeId, naam: type.naam, omschrijving: type.omschrijving ?? "", uri: type.uri ?? "" } : {}
      }
      // The type (kind of entity) stays what it was; new ones are zaaktypen.
      schema={EntiteitTypeInvoer.transform((e) => ({ ...e, type: type?.type ?? e.type }))}
      verstuur={(invoer) => opslaan("entiteittypen", type?.id, invoer)}
      succes={type ? "Het zaaktype is gewijzigd." : "Het zaaktype is toegevoegd."}
      ongeldig={ONGELDIG}
      klein={Boolean(type)}
    />
  );
}

export function EntiteitTypenBeheer() {
  return (
    <PabcKader>
      {(o) => (
        <section aria-labelledby="entiteittypen-kop" className="flex flex-col gap-4">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <h2 id="entiteittypen-kop" className="text-xl font-semibold">
              Zaaktypen ({o.entiteitTypen.length})
            </h2>
            <TypeDialoog />
          </div>
          <Tabel
            bijschrift="Zaaktypen (entiteittypen) in PABC"
            koppen={["Naam", "Omschrijving in catalogus", "Soort", "Domeinen", ""]}
            leeg="Er zijn nog geen zaaktypen."
            rijen={o.entiteitTypen.map((e) => ({
              sleutel: e.id,
              cellen: [
                e.naam,
                e.entiteitTypeId,
                e.type,
                e.domeinen.length ? e.domeinen.map((d) => d.naam).join(", ") : "Geen",
                <div key="acties" className="flex flex-wrap gap-2">
                  <TypeDialoog type={e} />
                  <VerwijderKnop soort="entiteittypen" id={e.id} omschrijving={`het zaaktype ${e.naam}`} />
                </div>,
              ],
            }))}
          />
        </section>
      )}
    </PabcKader>
  );
}
