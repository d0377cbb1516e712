/**
 * The contract of bulk verdelen/vrijgeven between the UI and app/api/verdelen/**. Client-safe
 * (imports only zod and the case-handling contract).
 */
import { z } from "zod";

export const VERDEEL_ENDPOINTS = {
  /** POST VerdeelInvoer -> 202 VerdeelOpdracht; GET -> VerdeelOpdracht[] (the user's recent ones). */
  opdrachten: "/api/verdelen",
  /** GET -> VerdeelOpdracht (own opdrachten only). */
  opdracht: (id: string) => `/api/verdelen/${encodeURIComponent(id)}`,
  /** POST -> 204: no longer shown among the recent ones. */
  verbergen: (id: string) => `/api/verdelen/${encodeURIComponent(id)}/verbergen`,
  /** GET ?zaaktype=a&zaaktype=b -> Groep[] authorised for EVERY given zaaktype. */
  groepen: "/api/verdelen/groepen",
} as const;

/** The lists a coordinator verdeelt from. */
export const VERDEEL_LIJSTEN = ["zaken-werkvoorraad", "taken-werkvoorraad"] as const;
export const VerdeelLijst = z.enum(VERDEEL_LIJSTEN);
export type VerdeelLijst = z.infer<typeof VerdeelLijst>;

/** At most this many items per opdracht (also for "alle die aan het filter voldoen"). */
export const MAX_ITEMS = 5000;

const reden = z.string().trim().min(1, { error: "Vul een reden in." }).max(200, { error: "Maximaal 200 tekens." });

/** Either the chosen rows, or every row the list's filter (its URL query) matches, resolved on the server. */
export const VerdeelSelectie = z.union([
  z.object({ ids: z.array(z.string().min(1).max(100)).min(1, { error: "Selecteer minstens één regel." }).max(MAX_ITEMS) }),
  z.object({ filter: z.string().max(4000) }),
]);
export type VerdeelSelectie = z.infer<typeof VerdeelSelectie>;

export const VerdeelInvoer = z.discriminatedUnion("actie", [
  z.object({
    /** Client-chosen id: posting the same opdracht twice starts it once. */
    id: z.uuid().optional(),
    actie: z.literal("verdelen"),
    lijst: VerdeelLijst,
    selectie: VerdeelSelectie,
    groep: z.string().trim().min(1, { error: "Kies een groep." }).max(100),
    behandelaar: z.string().trim().max(100).nullable().optional(),
    reden,
  }),
  z.object({
    id: z.uuid().optional(),
    actie: z.literal("vrijgeven"),
    lijst: VerdeelLijst,
    selectie: VerdeelSelectie,
    reden,
  }),
]);
export type VerdeelInvoer = z.infer<typeof VerdeelInvoer>;

export const ITEM_STATUSSEN = ["wachtend", "gelukt", "overgeslagen", "mislukt"] as const;
export const ItemStatus = z.enum(ITEM_STATUSSEN);
export type ItemStatus = z.infer<typeof ItemStatus>;

export const VerdeelItem = z.object({
  sleutel: z.string(),
  label: z.string().nullable(),
  status: ItemStatus,
  reden: z.string().nullable(),
});
export type VerdeelItem = z.infer<typeof VerdeelItem>;

export const VerdeelOpdracht = z.object({
  id: z.uuid(),
  soort: z.enum(["zaken", "taken"]),
  actie: z.enum(["verdelen", "vrijgeven"]),
  groep: z.string().nullable(),
  behandelaar: z.string().nullable(),
  reden: z.string(),
  status: z.enum(["wachtend", "bezig", "klaar"]),
  totaal: z.number().int(),
  aantallen: z.object({ wachtend: z.number().int(), gelukt: z.number().int(), overgeslagen: z.number().int(), mislukt: z.number().int() }),
  aangemaakt: z.string(),
  klaar: z.string().nullable(),
  /** Only in the single-opdracht answer (GET /api/verdelen/{id}). */
  items: z.array(VerdeelItem).optional(),
});
export type VerdeelOpdracht = z.infer<typeof VerdeelOpdracht>;

export const verdeelQueryKeys = {
  alle: () => ["verdelen"] as const,
  opdracht: (id: string) => ["verdelen", id] as const,
  groepen: (zaaktypen: readonly string[]) => ["verdelen", "groepen", ...zaaktypen] as const,
};

export const ACTIE_NAMEN = { verdelen: "Verdelen", vrijgeven: "Vrijgeven" } as const;
export const ITEM_STATUS_NAMEN: Record<ItemStatus, string> = { wachtend: "Wachtend", gelukt: "Gelukt", overgeslagen: "Overgeslagen", mislukt: "Mislukt" };

/** Groups authorised for EVERY zaaktype (the dialog offers only these). */
export function doorsnede<T extends { id: string }>(perZaaktype: readonly (readonly T[])[]): T[] {
  const [eerste, ...rest] = perZaaktype;
  if (!eerste) return [];
  return eerste.filter((g) => rest.every((lijst) => lijst.some((x) => x.id === g.id)));
}
