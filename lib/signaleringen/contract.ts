/**
 * Client-safe: the signalering types, the dashboard cards and the zod schemas of the
 * /api/dashboard and /api/signaleringen endpoints, shared by the route handlers and the UI.
 */
import { z } from "zod";

export const SIGNALERING_TYPEN = ["zaak_op_naam", "taak_op_naam", "zaak_document_toegevoegd", "zaak_verlopend", "taak_verlopend"] as const;
export const SignaleringType = z.enum(SIGNALERING_TYPEN);
export type SignaleringType = z.infer<typeof SignaleringType>;

export const SIGNALERING_TYPE_INFO: Record<SignaleringType, { titel: string; omschrijving: string }> = {
  zaak_op_naam: { titel: "Zaken op mijn naam", omschrijving: "Iemand anders heeft een zaak aan je toegekend." },
  taak_op_naam: { titel: "Taken op mijn naam", omschrijving: "Iemand anders heeft een taak aan je toegekend of voor je gestart." },
  zaak_document_toegevoegd: { titel: "Documenten bij mijn zaken", omschrijving: "Iemand anders heeft een document toegevoegd aan een zaak waarvan jij behandelaar bent." },
  zaak_verlopend: { titel: "Mijn zaken met naderende streef- of fatale datum", omschrijving: "De streefdatum of fatale datum van een zaak van jou komt dichtbij." },
  taak_verlopend: { titel: "Mijn taken die verlopen", omschrijving: "De streefdatum of fatale datum van een taak van jou komt dichtbij." },
};

/** Without a stored setting: on the dashboard, no e-mail. */
export const STANDAARD_INSTELLING = { dashboard: true, mail: false } as const;

// --- dashboard ---------------------------------------------------------------------------------

export const WERKLIJST_KAARTEN = ["mijn-zaken", "mijn-taken"] as const;
export const KAARTEN = [...WERKLIJST_KAARTEN, ...SIGNALERING_TYPEN] as const;
export const Kaart = z.enum(KAARTEN);
export type Kaart = z.infer<typeof Kaart>;

export const KAART_TITELS: Record<Kaart, string> = {
  "mijn-zaken": "Mijn zaken",
  "mijn-taken": "Mijn taken",
  ...Object.fromEntries(SIGNALERING_TYPEN.map((t) => [t, SIGNALERING_TYPE_INFO[t].titel])),
} as Record<Kaart, string>;

export const STANDAARD_KAARTEN: readonly Kaart[] = ["mijn-zaken", "mijn-taken", "zaak_op_naam", "taak_op_naam", "zaak_document_toegevoegd"];

export function isSignaleringKaart(k: Kaart): k is SignaleringType {
  return (SIGNALERING_TYPEN as readonly string[]).includes(k);
}

export const DashboardIndeling = z.object({
  kaarten: z
    .array(Kaart)
    .max(KAARTEN.length)
    .refine((k) => new Set(k).size === k.length, { error: "Elke kaart mag één keer op het dashboard staan." }),
});
export type DashboardIndeling = z.infer<typeof DashboardIndeling>;

// --- signaleringen -------------------------------------------------------------------------------

export const Signalering = z.object({
  id: z.string(),
  type: SignaleringType,
  onderwerp: z.string(),
  tekst: z.string(),
  link: z.string(),
  aangemaakt: z.string(),
  /** Not seen before this answer. */
  nieuw: z.boolean(),
});
export type Signalering = z.infer<typeof Signalering>;

export const SignaleringenAntwoord = z.object({ signaleringen: z.array(Signalering), aantal: z.number().int() });
export type SignaleringenAntwoord = z.infer<typeof SignaleringenAntwoord>;

export const NieuwAntwoord = z.object({ nieuw: z.number().int() });

export const GezienInvoer = z.object({ type: SignaleringType });

export const SignaleringInstelling = z.object({ type: SignaleringType, dashboard: z.boolean(), mail: z.boolean() });
export type SignaleringInstelling = z.infer<typeof SignaleringInstelling>;

export const SignaleringInstellingen = z.object({
  instellingen: z.array(SignaleringInstelling),
  /** SMTP configured on the server. */
  mailBeschikbaar: z.boolean(),
  /** The address mails go to (from the user's login), or null. */
  email: z.string().nullable(),
});
export type SignaleringInstellingen = z.infer<typeof SignaleringInstellingen>;

export const SignaleringInstellingenInvoer = z.object({
  instellingen: z
    .array(SignaleringInstelling)
    .min(1)
    .max(SIGNALERING_TYPEN.length)
    .refine((l) => new Set(l.map((i) => i.type)).size === l.length, { error: "Elk type mag één keer voorkomen." }),
});

export const SIGNALERING_ENDPOINTS = {
  dashboard: "/api/dashboard",
  signaleringen: "/api/signaleringen",
  nieuw: "/api/signaleringen/nieuw",
  gezien: "/api/signaleringen/gezien",
  instellingen: "/api/signaleringen/instellingen",
} as const;

/** Window event the dashboard sends after marking signaleringen seen (the menu dot listens). */
export const GEZIEN_EVENT = "zac:signaleringen-gezien";
