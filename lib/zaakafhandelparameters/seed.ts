import type { SeedStap } from "@/lib/db/seed";
import { DEMO_DOMEINEN } from "@/lib/demo/domeinen";
import { TAAKTYPEN, type Taaktype } from "@/lib/zaakafhandeling/contract";
import { ZaakafhandelparametersInvoer, type ZaakafhandelparametersInvoer as Parameters } from "./model";
import { bewaarParameters } from "./opslag";

/** Streefdatum of a new taak, in days, per taaktype (demo values). */
const DOORLOOPTIJD: Record<Taaktype, number> = {
  aanvullende_informatie: 14,
  advies_intern: 10,
  advies_extern: 21,
  goedkeuren: 5,
  document_verzenden: 3,
};

/** Per demo domain: the resultaattype for niet-ontvankelijk and for "ingetrokken" (see lib/zgw/catalogi/seed.ts). */
const RESULTAATTYPEN: Record<string, { nietOntvankelijk: string; ingetrokken: string }> = {
  vergunningen: { nietOntvankelijk: "Geweigerd", ingetrokken: "Ingetrokken" },
  sociaal: { nietOntvankelijk: "Afgewezen", ingetrokken: "Afgewezen" },
};

/**
 * Settings of the six demo zaaktypen: all in gebruik, the domain's behandelaars group as
 * standaardgroep, all five task types. The demo catalogus' extra zaaktype (not in
 * DEMO_DOMEINEN) deliberately gets none: it is the beheer example ("niet ingericht").
 */
export function demoParameters(): { zaaktype: string; parameters: Parameters }[] {
  return DEMO_DOMEINEN.flatMap((domein) => {
    const rt = RESULTAATTYPEN[domein.code];
    if (!rt) throw new Error(`Geen demo-resultaattypen voor domein ${domein.code}`);
    return domein.zaaktypen.map((zaaktype) => ({
      zaaktype,
      parameters: ZaakafhandelparametersInvoer.parse({
        inGebruik: true,
        domein: domein.code,
        standaardGroep: `behandelaars-${domein.code}`,
        waarschuwingStreefdatumDagen: 3,
        waarschuwingFataleDatumDagen: 3,
        nietOntvankelijkResultaattype: rt.nietOntvankelijk,
        beeindigRedenen: [
          { reden: "Ingetrokken door de aanvrager", resultaattype: rt.ingetrokken },
          { reden: "Dubbel ingediend", resultaattype: rt.nietOntvankelijk },
        ],
        taaktypen: Object.fromEntries(TAAKTYPEN.map((t) => [t, { actief: true, groep: null, doorlooptijdDagen: DOORLOOPTIJD[t], formulier: t }])),
      }),
    }));
  });
}

export const zaakafhandelparametersDemoSeedStap: SeedStap = {
  naam: "zaakafhandelparameters-demo",
  omschrijving: "Zaakafhandelparameters van de zes demozaaktypen (in gebruik, standaardgroep, taaktypen)",
  uitvoeren: async (tx) => {
    for (const { zaaktype, parameters } of demoParameters()) await bewaarParameters(tx, zaaktype, parameters, "demo");
  },
};
