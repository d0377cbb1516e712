"use client";

import { ActieDialoog, type VeldConfig } from "@/components/ui/ActieDialoog";
import { Tabel } from "@/components/ui/Tabel";
import { BEREIK_LABEL, BEREIKEN, MappingInvoer, type PabcOverzicht } from "@/lib/pabc/beheer-contract";
import { ONGELDIG, opslaan, VerwijderKnop } from "./acties";
import { PabcKader } from "./PabcKader";

type Mapping = PabcOverzicht["mappings"][number];

function velden(o: PabcOverzicht): VeldConfig[] {
  const meerdereApps = o.applicaties.length > 1;
  return [
    {
      naam: "functioneleRolId",
      label: "Functionele rol",
      soort: "keuze",
      verplicht: true,
      opties: o.functioneleRollen.map((r) => ({ waarde: r.id, label: r.naam })),
    },
    {
      naam: "applicatieRolId",
      label: "Applicatierol",
      soort: "keuze",
      verplicht: true,
      opties: o.applicaties.flatMap((a) => a.rollen.map((r) => ({ waarde: r.id, label: meerdereApps ? `${r.naam} (${a.naam})` : r.naam }))),
    },
    {
      naam: "bereik",
      label: "Geldt voor",
      soort: "keuze",
      verplicht: true,
      opties: BEREIKEN.map((b) => ({ waarde: b, label: BEREIK_LABEL[b] })),
    },
    {
      naam: "domeinId",
      label: "Domein",
      soort: "keuze",
      hint: "Alleen invullen bij 'Zaaktypen van één domein'.",
      opties: o.domeinen.map((d) => ({ waarde: d.id, label: d.naam })),
    },
  ];
}

function MappingDialoog({ o, mapping }: { o: PabcOverzicht; mapping?: Mapping }) {
  return (
    <ActieDialoog
      knop={mapping ? "Wijzigen" : "Mapping toevoegen"}
      titel={mapping ? "Mapping wijzigen" : "Mapping toevoegen"}
      uitleg={<p>Een mapping geeft iedereen met de functionele rol de applicatierol, voor de zaaktypen die je kiest.</p>}
      velden={velden(o)}
      beginwaarden={
        mapping
          ? {
              functioneleRolId: mapping.functioneleRol.id,
              applicatieRolId: mapping.applicatieRol.id,
              bereik: mapping.bereik,
              domeinId: mapping.domein?.id ?? "",
            }
          : {}
      }
      schema={MappingInvoer}
      verstuur={(invoer) => opslaan("mappings", mapping?.id, invoer)}
      succes={mapping ? "De mapping is gewijzigd." : "De mapping is toegevoegd."}
      ongeldig={ONGELDIG}
      klein={Boolean(mapping)}
      testId={mapping ? undefined : "mapping-toevoegen"}
    />
  );
}

function geldtVoor(m: Mapping): string {
  return m.bereik === "domein" ? `Domein ${m.domein?.naam ?? "?"}` : BEREIK_LABEL[m.bereik];
}

export function MappingsBeheer() {
  return (
    <PabcKader>
      {(o) => (
        <section aria-labelledby="mappings-kop" className="flex flex-col gap-4">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <h2 id="mappings-kop" className="text-xl font-semibold">
              Mappings ({o.mappings.length})
            </h2>
            {o.functioneleRollen.length ? <MappingDialoog o={o} /> : <p className="text-gray-700">Voeg eerst een functionele rol toe.</p>}
          </div>
          <Tabel
            bijschrift="Mappings van functionele rol naar applicatierol"
            koppen={["Functionele rol", "Applicatierol", "Geldt voor", ""]}
            leeg="Er zijn nog geen mappings. Zonder mappings heeft niemand rechten in de zaakafhandelcomponent."
            rijen={o.mappings.map((m) => ({
              sleutel: m.id,
              cellen: [
                m.functioneleRol.naam,
                o.applicaties.length > 1 ? `${m.applicatieRol.naam} (${m.applicatieRol.applicatie})` : m.applicatieRol.naam,
                geldtVoor(m),
                <div key="acties" className="flex flex-wrap gap-2">
                  <MappingDialoog o={o} mapping={m} />
                  <VerwijderKnop
                    soort="mappings"
                    id={m.id}
                    omschrijving={`de mapping van ${m.functioneleRol.naam} naar ${m.applicatieRol.naam}`}
                  />
                </div>,
              ],
            }))}
          />
        </section>
      )}
    </PabcKader>
  );
}
