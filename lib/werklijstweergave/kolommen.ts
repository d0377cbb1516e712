/**
 * Which columns of a werklijst are shown, in which order. The user's choice is stored per user and
 * list (through the proxy); stored choices are normalised against the current definition so a
 * removed or renamed column never breaks the table and a column that must stay (the identifier
 * that links to the detail page) is always there.
 */

export interface KolomDefinitie {
  sleutel: string;
  label: string;
  /** Always shown; the picker offers it disabled. */
  vast?: boolean;
  /** Hidden until the user switches it on. */
  standaardVerborgen?: boolean;
}

export function standaardKolommen(definities: readonly KolomDefinitie[]): string[] {
  return definities.filter((k) => k.vast || !k.standaardVerborgen).map((k) => k.sleutel);
}

/** Drops unknown keys and duplicates, adds fixed columns, falls back to the default when nothing is left. */
export function normaliseerKolommen(definities: readonly KolomDefinitie[], gekozen: readonly string[] | undefined | null): string[] {
  if (!gekozen) return standaardKolommen(definities);
  const bekend = new Set(definities.map((k) => k.sleutel));
  const uit: string[] = [];
  for (const s of gekozen) if (bekend.has(s) && !uit.includes(s)) uit.push(s);
  for (const k of definities) {
    if (k.vast && !uit.includes(k.sleutel)) {
      // A fixed column goes back to its place among the definitions' order.
      const index = definities.findIndex((d) => d.sleutel === k.sleutel);
      const na = uit.findIndex((s) => definities.findIndex((d) => d.sleutel === s) > index);
      if (na === -1) uit.push(k.sleutel);
      else uit.splice(na, 0, k.sleutel);
    }
  }
  return uit.length > 0 ? uit : standaardKolommen(definities);
}

/** Switches a column on (at its definition position relative to the shown ones) or off; fixed columns stay. */
export function wisselKolom(definities: readonly KolomDefinitie[], zichtbaar: readonly string[], sleutel: string): string[] {
  const def = definities.find((k) => k.sleutel === sleutel);
  if (!def || def.vast) return [...zichtbaar];
  if (zichtbaar.includes(sleutel)) {
    const rest = zichtbaar.filter((s) => s !== sleutel);
    // Never an empty table.
    return rest.length ? rest : [...zichtbaar];
  }
  const positie = definities.findIndex((k) => k.sleutel === sleutel);
  const na = zichtbaar.findIndex((s) => definities.findIndex((d) => d.sleutel === s) > positie);
  const uit = [...zichtbaar];
  if (na === -1) uit.push(sleutel);
  else uit.splice(na, 0, sleutel);
  return uit;
}

/** Moves a shown column one place left (-1) or right (+1); no-op at the edges. */
export function verplaatsKolom(zichtbaar: readonly string[], sleutel: string, stap: -1 | 1): string[] {
  const uit = [...zichtbaar];
  const i = uit.indexOf(sleutel);
  const j = i + stap;
  if (i === -1 || j < 0 || j >= uit.length) return uit;
  [uit[i], uit[j]] = [uit[j] as string, uit[i] as string];
  return uit;
}

export function isStandaard(definities: readonly KolomDefinitie[], zichtbaar: readonly string[]): boolean {
  const std = standaardKolommen(definities);
  return std.length === zichtbaar.length && std.every((s, i) => zichtbaar[i] === s);
}
