/**
 * Confidentiality levels, least to most confidential (the OAS enum order, used as a rank by
 * vng-api-common and Open Zaak). An autorisatie's `maxVertrouwelijkheidaanduiding` is inclusive.
 */
export const VERTROUWELIJKHEIDAANDUIDINGEN = [
  "openbaar",
  "beperkt_openbaar",
  "intern",
  "zaakvertrouwelijk",
  "vertrouwelijk",
  "confidentieel",
  "geheim",
  "zeer_geheim",
] as const;

export type Vertrouwelijkheidaanduiding = (typeof VERTROUWELIJKHEIDAANDUIDINGEN)[number];

export function isVertrouwelijkheidaanduiding(value: unknown): value is Vertrouwelijkheidaanduiding {
  return typeof value === "string" && (VERTROUWELIJKHEIDAANDUIDINGEN as readonly string[]).includes(value);
}

/** 0 = openbaar ... 7 = zeer_geheim; -1 for an unknown value. */
export function rang(aanduiding: string): number {
  return (VERTROUWELIJKHEIDAANDUIDINGEN as readonly string[]).indexOf(aanduiding);
}

/** The levels up to and including `max`. */
export function niveausTotEnMet(max: string): Vertrouwelijkheidaanduiding[] {
  const r = rang(max);
  return r < 0 ? [] : VERTROUWELIJKHEIDAANDUIDINGEN.slice(0, r + 1);
}
