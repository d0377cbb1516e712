export {
  applicatieAanmaken,
  applicatieConsumer,
  applicatieLezen,
  applicatieLijst,
  applicatieVervangen,
  applicatieVerwijderen,
  applicatieWijzigen,
} from "./api";
export { applicatieResource, controleerRegels, COMPONENT_WEERGAVE } from "./service";
export {
  EIGEN_CLIENT_ID,
  eigenZgwToken,
  MIN_SECRET_LENGTE,
  registreerApplicatie,
  zorgVoorEigenZgwClient,
  type Registratie,
  type RegistratieResultaat,
} from "./registratie";
export { applicatieVoorClientId, zoekClientSecret, type ApplicatieGegevens } from "./opslag";
