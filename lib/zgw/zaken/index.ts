/**
 * Zaken API 1.5.1 core (zaak, status, resultaat). Other APIs and the relation resources use
 * `zaakVoorRelatie` to check a local zaak in the same transaction.
 */
export { zaakVoorRelatie, zaakUrl, type ZaakVoorRelatie } from "./relatie";
export { leesResultaat, leesStatus, leesZaak } from "./opslag";
export {
  resultaatAanmaken,
  resultaatLezen,
  resultaatLijst,
  resultaatVervangen,
  resultaatVerwijderen,
  resultaatWijzigen,
  statusAanmaken,
  statusLezen,
  statusLijst,
  zaakAanmaken,
  zaakAudittrailDetail,
  zaakAudittrailLijst,
  zaakHead,
  zaakLezen,
  zaakLijst,
  zaakVervangen,
  zaakVerwijderen,
  zaakWijzigen,
  zaakZoek,
} from "./api";
