"use client";

import { ActieDialoog, type VeldConfig } from "@/components/ui/ActieDialoog";
import { Tabel } from "@/components/ui/Tabel";
import { FunctioneleRolInvoer } from "@/lib/pabc/beheer-contract";
import { ONGELDIG, opslaan, VerwijderKnop } from "./acties";
import { PabcKader } from "./PabcKader";

const VELDEN: readonly VeldConfig[] = [
  {
    naam: "naam",
    label: "Naam",
    soort: "tekst",
    verplicht: true,
    hint: "Precies de naam van de rol in Keycloak (realm-rol), zonder spaties, bijvoorbeeld zac_behandelaar_vergunningen.",
  },
];

function RolDialoog({ rol }: { rol?: { id: string; naam: string } }) {
  return (
    <ActieDialoog
      knop={rol ? "Wijzigen" : "Functionele rol toevoegen"}
      titel={rol ? `Functionele rol ${rol.naam} wijzigen` : "Functionele rol toevoegen"}
      velden={VELDEN}
      beginwaarden={rol ? { naam: rol.naam } : {}}
      schema={FunctioneleRolInvoer}
      verstuur={(invoer) => opslaan("functioneleRollen", rol?.id, invoer)}
      succes={rol ? "De functionele rol is gewijzigd." : "De functionele rol is toegevoegd."}
      ongeldig={ONGELDIG}
      klein={Boolean(rol)}
      testId={rol ? undefined : "functionele-rol-toevoegen"}
    />
  );
}

export function FunctioneleRollenBeheer() {
  return (
    <PabcKader>
      {(o) => (
        <section aria-labelledby="functionele-rollen-kop" className="flex flex-col gap-4">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <h2 id="functionele-rollen-kop" className="text-xl font-semibold">
              Functionele rollen ({o.functioneleRollen.length})
            </h2>
            <RolDialoog />
          </div>
          <Tabel
            bijschrift="Functionele rollen"
            koppen={["Naam", "Mappings", ""]}
            leeg="Er zijn nog geen functionele rollen."
            rijen={o.functioneleRollen.map((r) => ({
              sleutel: r.id,
              cellen: [
                r.naam,
                r.mappings,
                <div key="acties" className="flex flex-wrap gap-2">
                  <RolDialoog rol={r} />
                  <VerwijderKnop soort="functioneleRollen" id={r.id} omschrijving={`de functionele rol ${r.naam}`} />
                </div>,
              ],
            }))}
          />
        </section>
      )}
    </PabcKader>
  );
}
