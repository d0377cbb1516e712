import type { VeldConfig } from "@/components/ui/ActieDialoog";
import type { Taaktype } from "@/lib/zaakafhandeling/contract";

/** Start form per taaktype (fields of TaakGegevens); `documenten` is a checkbox group of the zaak's documents. */
export const START_VELDEN: Record<Taaktype, { velden: VeldConfig[]; documenten?: "optioneel" | "verplicht" }> = {
  aanvullende_informatie: {
    velden: [
      { naam: "vraag", label: "Welke informatie is nodig?", soort: "tekstvlak", verplicht: true },
      { naam: "ontvanger", label: "Aan wie vraag je het?", soort: "tekst" },
    ],
  },
  advies_intern: { velden: [{ naam: "vraag", label: "Adviesvraag", soort: "tekstvlak", verplicht: true }] },
  advies_extern: {
    velden: [
      { naam: "vraag", label: "Adviesvraag", soort: "tekstvlak", verplicht: true },
      { naam: "adviseur", label: "Externe adviseur", soort: "tekst", verplicht: true },
      { naam: "email", label: "E-mailadres adviseur", soort: "tekst" },
    ],
  },
  goedkeuren: {
    velden: [{ naam: "toelichting", label: "Wat moet worden goedgekeurd?", soort: "tekstvlak", verplicht: true }],
    documenten: "optioneel",
  },
  document_verzenden: {
    velden: [
      { naam: "ontvanger", label: "Ontvanger", soort: "tekst", verplicht: true },
      {
        naam: "verzendwijze",
        label: "Verzendwijze",
        soort: "keuze",
        verplicht: true,
        opties: [
          { waarde: "post", label: "Per post" },
          { waarde: "email", label: "Per e-mail" },
        ],
      },
    ],
    documenten: "verplicht",
  },
};

/** Afronden form per taaktype (fields of TaakAfronding). */
export const AFROND_VELDEN: Record<Taaktype, VeldConfig[]> = {
  aanvullende_informatie: [{ naam: "antwoord", label: "Ontvangen informatie", soort: "tekstvlak", verplicht: true }],
  advies_intern: [
    {
      naam: "advies",
      label: "Advies",
      soort: "keuze",
      verplicht: true,
      opties: [
        { waarde: "positief", label: "Positief" },
        { waarde: "negatief", label: "Negatief" },
        { waarde: "geen", label: "Geen advies" },
      ],
    },
    { naam: "toelichting", label: "Toelichting", soort: "tekstvlak" },
  ],
  advies_extern: [{ naam: "advies", label: "Ontvangen advies", soort: "tekstvlak", verplicht: true }],
  goedkeuren: [
    { naam: "goedgekeurd", label: "Goedgekeurd", soort: "vinkje" },
    { naam: "toelichting", label: "Toelichting", soort: "tekstvlak" },
  ],
  document_verzenden: [{ naam: "verzenddatum", label: "Verzenddatum", soort: "datum", verplicht: true }],
};

/** Labels for showing the stored gegevens/afronding of a taak. */
export const VELD_LABELS: Record<string, string> = {
  vraag: "Vraag",
  ontvanger: "Ontvanger",
  adviseur: "Adviseur",
  email: "E-mail",
  toelichting: "Toelichting",
  documenten: "Documenten",
  verzendwijze: "Verzendwijze",
  antwoord: "Antwoord",
  advies: "Advies",
  goedgekeurd: "Goedgekeurd",
  verzenddatum: "Verzenddatum",
};
