/**
 * A small seeded PRNG (mulberry32) so the demo data set is the same on every run and every
 * database: e2e tests may rely on identificaties, states and counts.
 */
export class Prng {
  private toestand: number;

  constructor(zaad: number) {
    this.toestand = zaad >>> 0;
  }

  /** A float in [0, 1). */
  volgende(): number {
    this.toestand = (this.toestand + 0x6d2b79f5) >>> 0;
    let t = this.toestand;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  geheel(min: number, max: number): number {
    return min + Math.floor(this.volgende() * (max - min + 1));
  }

  kies<T>(lijst: readonly T[]): T {
    if (lijst.length === 0) throw new Error("kies uit een lege lijst");
    return lijst[Math.floor(this.volgende() * lijst.length)]!;
  }

  kans(p: number): boolean {
    return this.volgende() < p;
  }

  /** A version-4-shaped uuid from the stream (deterministic, unlike randomUUID). */
  uuid(): string {
    const hex: string[] = [];
    for (let i = 0; i < 4; i++) hex.push(Math.floor(this.volgende() * 4294967296).toString(16).padStart(8, "0"));
    const h = hex.join("");
    const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
  }
}

/** A valid BSN (11-proof: sum of digit * (9..2) minus the last digit is divisible by 11). */
export function maakBsn(prng: Prng): string {
  for (;;) {
    const cijfers = Array.from({ length: 8 }, (_, i) => (i === 0 ? prng.geheel(1, 6) : prng.geheel(0, 9)));
    const som = cijfers.reduce((s, c, i) => s + c * (9 - i), 0);
    const laatste = som % 11;
    if (laatste <= 9) return [...cijfers, laatste].join("");
  }
}
