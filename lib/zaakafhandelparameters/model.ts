/**
 * Zaakafhandelparameters: how ZAC handles zaken of one zaaktype. Keyed by the zaaktype's
 * omschrijving, so the settings carry over to a new version of the zaaktype; resultaattypen
 * are referred to by omschrijving for the same reason.
 *
 * Client-safe (zod + the contract's taaktype list only): the beheer form, the route handlers
 * and the tests parse with these same schemas. The inrichtingscheck rules live here too, as a
 * pure function, so the overview page, the check page and the tests share one answer.
 */
import { z } from "zod";
import { TAAKTYPE_NAMEN, TAAKTYPEN, type Taaktype } from "@/lib/zaakafhandeling/contract";

export const ENDPOINTS_BEHEER = {
  /** -> ZaaktypeInrichting[] (every current zaaktype with its status and what is missing). */
  overzicht: "/api/beheer/zaakafhandelparameters",
  /** GET -> ParametersFormulier; PUT ZaakafhandelparametersInvoer -> ParametersFormulier. */
  zaaktype: (omschrijving: string) => `/api/beheer/zaakafhandelparameters/${encodeURIComponent(omschrijving)}`,
} as const;

export const beheerQueryKeys = {
  overzicht: () => ["beheer", "zaakafhandelparameters"] as const,
  zaaktype: (omschrijving: string) => ["beheer", "zaakafhandelparameters", omschrijving] as const,
};

const verplicht = "Dit veld is verplicht.";
const tekst = (max: number) => z.string().trim().max(max, { error: `Maximaal ${max} tekens.` });
const naam = z.string().trim().min(1, { error: verplicht }).max(100, { error: "Maximaal 100 tekens." });
const dagen = (max: number) =>
  z
    .number({ error: "Vul een heel aantal dagen in." })
    .int({ error: "Vul een heel aantal dagen in." })
    .min(0, { error: "Vul 0 of meer dagen in." })
    .max(max, { error: `Maximaal ${max} dagen.` });

export const MailInstelling = z.object({
  versturen: z.boolean().default(false),
  afzender: tekst(200).default(""),
  onderwerp: tekst(200).default(""),
});
export type MailInstelling = z.infer<typeof MailInstelling>;

export const TaaktypeInstelling = z.object({
  actief: z.boolean().default(false),
  groep: naam.nullable().default(null),
  /** Days from the start of the taak to its streefdatum. */
  doorlooptijdDagen: dagen(365).min(1, { error: "Vul 1 of meer dagen in." }).nullable().default(null),
  /** The form used to start the taak; today each taaktype has its own built-in form. */
  formulier: z.string().trim().min(1, { error: verplicht }).max(100),
});
export type TaaktypeInstelling = z.infer<typeof TaaktypeInstelling>;

/** The forms a taaktype may use (its own built-in form; more can be added per taaktype). */
export const FORMULIEREN: Record<Taaktype, readonly { id: string; naam: string }[]> = Object.fromEntries(
  TAAKTYPEN.map((t) => [t, [{ id: t, naam: `Standaardformulier ${TAAKTYPE_NAMEN[t].toLowerCase()}` }]]),
) as unknown as Record<Taaktype, readonly { id: string; naam: string }[]>;

export const BeeindigReden = z.object({
  reden: naam,
  /** Resultaattype omschrijving set when a zaak is ended with this reden. */
  resultaattype: naam,
});
export type BeeindigReden = z.infer<typeof BeeindigReden>;

/** Per taaktype; a taaktype left out (or without form) is off with its own form. */
function taaktypeInstelling(t: Taaktype) {
  return TaaktypeInstelling.extend({ formulier: TaaktypeInstelling.shape.formulier.default(t) }).default({
    actief: false,
    groep: null,
    doorlooptijdDagen: null,
    formulier: t,
  });
}
const TaaktypenInstellingen = z.object(
  Object.fromEntries(TAAKTYPEN.map((t) => [t, taaktypeInstelling(t)])) as { [K in Taaktype]: ReturnType<typeof taaktypeInstelling> },
);

const mailRegels = (mail: MailInstelling, pad: string, ctx: z.RefinementCtx) => {
  if (!mail.versturen) return;
  if (mail.afzender === "") ctx.addIssue({ code: "custom", path: [pad, "afzender"], message: "Vul een afzender in om de e-mail te versturen." });
  else if (!z.email().safeParse(mail.afzender).success) ctx.addIssue({ code: "custom", path: [pad, "afzender"], message: "Vul een geldig e-mailadres in." });
  if (mail.onderwerp === "") ctx.addIssue({ code: "custom", path: [pad, "onderwerp"], message: "Vul een onderwerp in om de e-mail te versturen." });
};

/** What the beheerder sends (PUT) and what is stored. */
export const ZaakafhandelparametersInvoer = z
  .object({
    inGebruik: z.boolean().default(false),
    /** Domain code for the domain-role mode (Keycloak client role `domein_<code>`). */
    domein: z
      .string()
      .trim()
      .regex(/^[a-z0-9_-]{1,50}$/, { error: "Alleen kleine letters, cijfers, - en _ (maximaal 50)." })
      .nullable()
      .default(null),
    standaardGroep: naam.nullable().default(null),
    standaardBehandelaar: naam.nullable().default(null),
    waarschuwingStreefdatumDagen: dagen(365).nullable().default(null),
    waarschuwingFataleDatumDagen: dagen(365).nullable().default(null),
    intakeMail: MailInstelling.default({ versturen: false, afzender: "", onderwerp: "" }),
    afhandelMail: MailInstelling.default({ versturen: false, afzender: "", onderwerp: "" }),
    nietOntvankelijkResultaattype: naam.nullable().default(null),
    beeindigRedenen: z.array(BeeindigReden).max(30, { error: "Maximaal 30 redenen." }).default([]),
    taaktypen: TaaktypenInstellingen.default(standaardTaaktypen()),
  })
  .superRefine((p, ctx) => {
    mailRegels(p.intakeMail, "intakeMail", ctx);
    mailRegels(p.afhandelMail, "afhandelMail", ctx);
    const gezien = new Set<string>();
    p.beeindigRedenen.forEach((r, i) => {
      const sleutel = r.reden.toLocaleLowerCase("nl");
      if (gezien.has(sleutel)) ctx.addIssue({ code: "custom", path: ["beeindigRedenen", i, "reden"], message: "Deze reden staat er al." });
      gezien.add(sleutel);
    });
    for (const t of TAAKTYPEN) {
      if (!FORMULIEREN[t].some((f) => f.id === p.taaktypen[t].formulier)) {
        ctx.addIssue({ code: "custom", path: ["taaktypen", t, "formulier"], message: "Kies een formulier van deze soort taak." });
      }
    }
    if (p.standaardBehandelaar && !p.standaardGroep) {
      ctx.addIssue({ code: "custom", path: ["standaardBehandelaar"], message: "Kies eerst een standaardgroep." });
    }
    // "In gebruik" needs what a zaak of this type needs from the start (see inrichtingsProblemen).
    if (p.inGebruik) {
      for (const probleem of ontbrekendVoorGebruik(p)) ctx.addIssue({ code: "custom", path: [probleem.veld], message: probleem.melding });
    }
  });
export type ZaakafhandelparametersInvoer = z.output<typeof ZaakafhandelparametersInvoer>;

export function standaardTaaktypen(): Record<Taaktype, TaaktypeInstelling> {
  return Object.fromEntries(TAAKTYPEN.map((t) => [t, { actief: false, groep: null, doorlooptijdDagen: null, formulier: t }])) as Record<Taaktype, TaaktypeInstelling>;
}

/** The empty settings of a zaaktype that has none yet (not usable). */
export function legeParameters(): ZaakafhandelparametersInvoer {
  return ZaakafhandelparametersInvoer.parse({});
}

/** Output shape (no refinements: what was stored under older rules still reads). */
export const ZaakafhandelparametersUit = z.object({
  inGebruik: z.boolean(),
  domein: z.string().nullable(),
  standaardGroep: z.string().nullable(),
  standaardBehandelaar: z.string().nullable(),
  waarschuwingStreefdatumDagen: z.number().int().nullable(),
  waarschuwingFataleDatumDagen: z.number().int().nullable(),
  intakeMail: z.object({ versturen: z.boolean(), afzender: z.string(), onderwerp: z.string() }),
  afhandelMail: z.object({ versturen: z.boolean(), afzender: z.string(), onderwerp: z.string() }),
  nietOntvankelijkResultaattype: z.string().nullable(),
  beeindigRedenen: z.array(z.object({ reden: z.string(), resultaattype: z.string() })),
  taaktypen: z.object(
    Object.fromEntries(
      TAAKTYPEN.map((t) => [t, z.object({ actief: z.boolean(), groep: z.string().nullable(), doorlooptijdDagen: z.number().int().nullable(), formulier: z.string() })]),
    ) as { [K in Taaktype]: z.ZodObject<{ actief: z.ZodBoolean; groep: z.ZodNullable<z.ZodString>; doorlooptijdDagen: z.ZodNullable<z.ZodNumber>; formulier: z.ZodString }> },
  ),
});
export type ZaakafhandelparametersUit = z.infer<typeof ZaakafhandelparametersUit>;

// --- inrichtingscheck ---------------------------------------------------------------------------

export const ProbleemCode = z.enum([
  "geen_parameters",
  "geen_standaardgroep",
  "standaardgroep_onbekend",
  "geen_taaktype",
  "taakgroep_onbekend",
  "geen_niet_ontvankelijk",
  "resultaattype_onbekend",
  "niet_in_gebruik",
]);
export type ProbleemCode = z.infer<typeof ProbleemCode>;
export const InrichtingsProbleem = z.object({ code: ProbleemCode, veld: z.string(), melding: z.string() });
export type InrichtingsProbleem = z.infer<typeof InrichtingsProbleem>;

interface Probleem {
  code: ProbleemCode;
  veld: string;
  melding: string;
}

/** What a zaaktype needs before it may be "in gebruik" (checked on save and in the inrichtingscheck). */
export function ontbrekendVoorGebruik(p: Pick<ZaakafhandelparametersInvoer, "standaardGroep" | "taaktypen" | "nietOntvankelijkResultaattype">): Probleem[] {
  const uit: Probleem[] = [];
  if (!p.standaardGroep) uit.push({ code: "geen_standaardgroep", veld: "standaardGroep", melding: "Kies een standaardgroep: nieuwe zaken komen bij deze groep." });
  if (!TAAKTYPEN.some((t) => p.taaktypen[t].actief)) uit.push({ code: "geen_taaktype", veld: "taaktypen", melding: "Zet minstens één soort taak aan." });
  if (!p.nietOntvankelijkResultaattype) {
    uit.push({ code: "geen_niet_ontvankelijk", veld: "nietOntvankelijkResultaattype", melding: "Kies het resultaattype voor niet-ontvankelijk." });
  }
  return uit;
}

/** The real choices a zaaktype's settings may refer to (PABC groups, resultaattypen of the current version). */
export interface Keuzes {
  groepen: readonly string[];
  resultaattypen: readonly string[];
}

/** Settings that refer to a groep or resultaattype that does not exist (any more). */
export function onbekendeVerwijzingen(p: ZaakafhandelparametersInvoer, keuzes: Keuzes): Probleem[] {
  const uit: Probleem[] = [];
  const groepen = new Set(keuzes.groepen);
  const resultaattypen = new Set(keuzes.resultaattypen);
  if (p.standaardGroep && !groepen.has(p.standaardGroep)) {
    uit.push({ code: "standaardgroep_onbekend", veld: "standaardGroep", melding: `Groep "${p.standaardGroep}" bestaat niet (meer) voor dit zaaktype.` });
  }
  for (const t of TAAKTYPEN) {
    const groep = p.taaktypen[t].groep;
    if (p.taaktypen[t].actief && groep && !groepen.has(groep)) {
      uit.push({ code: "taakgroep_onbekend", veld: `taaktypen.${t}.groep`, melding: `${TAAKTYPE_NAMEN[t]}: groep "${groep}" bestaat niet (meer) voor dit zaaktype.` });
    }
  }
  if (p.nietOntvankelijkResultaattype && !resultaattypen.has(p.nietOntvankelijkResultaattype)) {
    uit.push({
      code: "resultaattype_onbekend",
      veld: "nietOntvankelijkResultaattype",
      melding: `Resultaattype "${p.nietOntvankelijkResultaattype}" hoort niet bij de huidige versie van het zaaktype.`,
    });
  }
  p.beeindigRedenen.forEach((r, i) => {
    if (!resultaattypen.has(r.resultaattype)) {
      uit.push({
        code: "resultaattype_onbekend",
        veld: `beeindigRedenen.${i}.resultaattype`,
        melding: `Reden "${r.reden}": resultaattype "${r.resultaattype}" hoort niet bij de huidige versie van het zaaktype.`,
      });
    }
  });
  return uit;
}

/** Everything missing before a zaaktype can be used; empty = bruikbaar. */
export function inrichtingsProblemen(p: ZaakafhandelparametersInvoer | null, keuzes: Keuzes): Probleem[] {
  if (!p) {
    return [
      { code: "geen_parameters", veld: "", melding: "Er zijn nog geen zaakafhandelparameters vastgelegd." },
      ...ontbrekendVoorGebruik(legeParameters()),
      { code: "niet_in_gebruik", veld: "inGebruik", melding: "Het zaaktype staat niet op 'in gebruik'." },
    ];
  }
  const uit = [...ontbrekendVoorGebruik(p), ...onbekendeVerwijzingen(p, keuzes)];
  if (!p.inGebruik) uit.push({ code: "niet_in_gebruik", veld: "inGebruik", melding: "Het zaaktype staat niet op 'in gebruik'." });
  return uit;
}

export const ZaaktypeStatus = z.enum(["bruikbaar", "niet_in_gebruik", "onvolledig", "niet_ingericht"]);
export type ZaaktypeStatus = z.infer<typeof ZaaktypeStatus>;
export const ZAAKTYPE_STATUS_TEKST: Record<ZaaktypeStatus, string> = {
  bruikbaar: "In gebruik",
  niet_in_gebruik: "Niet in gebruik",
  onvolledig: "Onvolledig ingericht",
  niet_ingericht: "Niet ingericht",
};

export function zaaktypeStatus(p: ZaakafhandelparametersInvoer | null, problemen: readonly Probleem[]): ZaaktypeStatus {
  if (!p) return "niet_ingericht";
  if (problemen.length === 0) return "bruikbaar";
  if (problemen.every((x) => x.code === "niet_in_gebruik")) return "niet_in_gebruik";
  return "onvolledig";
}

/** One row of the overview and of the inrichtingscheck. */
export const ZaaktypeInrichting = z.object({
  zaaktype: z.string(),
  identificatie: z.string(),
  ingericht: z.boolean(),
  inGebruik: z.boolean(),
  status: ZaaktypeStatus,
  standaardGroep: z.string().nullable(),
  problemen: z.array(InrichtingsProbleem),
  gewijzigd: z.string().nullable(),
});
export type ZaaktypeInrichting = z.infer<typeof ZaaktypeInrichting>;

/** GET/PUT answer for one zaaktype: its settings (or the empty ones) and the choices for the form. */
export const ParametersFormulier = z.object({
  zaaktype: z.string(),
  identificatie: z.string(),
  ingericht: z.boolean(),
  parameters: ZaakafhandelparametersUit,
  gewijzigd: z.string().nullable(),
  gewijzigdDoor: z.string().nullable(),
  keuzes: z.object({
    groepen: z.array(z.object({ id: z.string(), naam: z.string() })),
    resultaattypen: z.array(z.string()),
    domeinen: z.array(z.object({ code: z.string(), naam: z.string() })),
  }),
  problemen: z.array(InrichtingsProbleem),
  status: ZaaktypeStatus,
});
export type ParametersFormulier = z.infer<typeof ParametersFormulier>;
