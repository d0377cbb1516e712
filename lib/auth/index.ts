/**
 * Login and identity: next-auth with Keycloak (or the built-in demo provider), the session's
 * user, the access gate and the internal API key. The built-in provider itself is imported by
 * server.ts from "@/lib/auth/ingebouwde-idp" (it is not part of the Next.js bundle).
 */
export { auth, handlers, PROVIDER_ID, signIn, signOut } from "./auth";
export { gebruikerUitClaims, type SessieGebruiker } from "./claims";
export { authInstellingen, type AuthInstellingen } from "./instellingen";
export { isGeldigeApiSleutel, vereisInterneApiSleutel } from "./interne-api";
export { createKeycloakAdminClient, getKeycloakAdminClient, type KeycloakAdminClient, type KeycloakGebruiker, type KeycloakGroep } from "./keycloak-admin";
export {
  huidigeSessie,
  inlogUrl,
  toegangVoorSessie,
  veiligTerugpad,
  vereisApiGebruiker,
  vereisGebruiker,
  type IngelogdeGebruiker,
} from "./poort";
export { applicatieRollenSamenvatting, policyGebruikerUitSessie, SYSTEEMROL, type IamModus } from "./sessie";
export { beoordeelToegang, demoZaaktypeDomeinen, heeftLeesrolVoorEenZaaktype, type ToegangsUitkomst } from "./toegang";
