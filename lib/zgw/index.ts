/**
 * Shared machinery of the ZGW APIs (Autorisaties now; Catalogi, Zaken, Documenten and
 * Besluiten later): JWT client authentication, scope checks and list filters from the OAS
 * `security` blocks, strict query parsing, pagination, ETag/HEAD, problem+json and the
 * normative OAS documents. See README.md.
 */
export { ZGW_APIS, type ZgwApi } from "./apis";
export { maakZgwJwt, verifieerZgwJwt, type JwtInstellingen, type ZgwClaims } from "./auth/jwt";
export { zgwEnv, zgwEnvDocumentation, zgwEnvShape } from "./env";
export { berekenEtag, ifNoneMatchPast } from "./etag";
export { validatieFout, zgwFout } from "./fouten";
export { apiVersie, oasDocument, oasJson, oasOperatie, oasOperaties, oasYaml } from "./oas";
export { PAGINA_GROOTTE, paginaVenster, pagineer, type Pagina } from "./pagination";
export { kommaLijst, paginaParameter, parseQuery } from "./query";
export { apiRoot, authenticeer, leesJson, zgwJson, zgwOpenRoute, zgwRoute, type ZgwContext } from "./route";
export {
  Autorisatiecontext,
  COMPONENTEN,
  expressieUitBeveiliging,
  parseScopeExpressie,
  voldoet,
  type Component,
  type Consumer,
  type ScopeExpressie,
} from "./scopes";
export { VERTROUWELIJKHEIDAANDUIDINGEN, rang, type Vertrouwelijkheidaanduiding } from "./vertrouwelijkheid";
export { EIGEN_CLIENT_ID, eigenZgwToken, registreerApplicatie, zorgVoorEigenZgwClient } from "./autorisaties";
