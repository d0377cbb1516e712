/**
 * Besluiten API 1.1.0 (BRC): besluiten, besluitinformatieobjecten and the besluit audit
 * trail. The Zaken and Documenten APIs use `besluitVoorRelatie` (and read brc_besluit /
 * brc_besluitinformatieobject) to derive a zaak's besluiten and a document's OIOs.
 */
export {
  auditTrailDetail,
  auditTrailLijst,
  besluitAanmaken,
  besluitBijwerken,
  besluitLezen,
  besluitLijst,
  besluitVerwijderen,
  bioAanmaken,
  bioLezen,
  bioLijst,
  bioVerwijderen,
} from "./api";
export {
  besluitUrl,
  besluitVoorRelatie,
  besluitenVoorRelatie,
  leesBesluit,
  leesBesluitinformatieobject,
  type BesluitVoorRelatie,
} from "./opslag";
