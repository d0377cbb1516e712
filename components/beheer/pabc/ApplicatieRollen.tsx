"use client";

import { Tabel } from "@/components/ui/Tabel";
import { PabcKader } from "./PabcKader";

/** Read-only: the zaakafhandelcomponent's roles are the ones its policy knows. */
export function ApplicatieRollenOverzicht() {
  return (
    <PabcKader>
      {(o) => (
        <section aria-labelledby="applicatierollen-kop" className="flex flex-col gap-4">
          <h2 id="applicatierollen-kop" className="text-xl font-semibold">
            Applicatierollen
          </h2>
          <p className="max-w-prose text-gray-700">
            De applicatierollen liggen vast: de zaakafhandelcomponent kent alleen deze rollen, en wat elke rol mag staat in de
            autorisatieregels (policy). Je koppelt ze aan functionele rollen met mappings.
          </p>
          <Tabel
            bijschrift="Applicatierollen per applicatie"
            koppen={["Applicatie", "Rollen"]}
            leeg="Er zijn geen applicaties met rollen."
            rijen={o.applicaties.map((a) => ({
              sleutel: a.id,
              cellen: [
                a.naam,
                a.rollen.length ? (
                  <ul key="rollen" className="list-inside list-disc">
                    {a.rollen.map((r) => (
                      <li key={r.id}>{r.naam}</li>
                    ))}
                  </ul>
                ) : (
                  "Geen rollen"
                ),
              ],
            }))}
          />
        </section>
      )}
    </PabcKader>
  );
}
