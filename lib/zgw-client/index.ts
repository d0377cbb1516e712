/**
 * The one client the case-handling proxy uses for the ZGW APIs (Zaken, Catalogi, Documenten,
 * Besluiten): JWT with the app's credentials and the employee, configurable roots, zod-typed
 * results, ZGW problem+json mapped to AppError.
 */
export { zgwClient, ZgwClient, zgwFoutNaarAppError, zgwRoots, ZGW_CLIENT_APIS, type ApiRoot, type Lijst, type ZgwClientApi, type ZgwClientOpties, type ZgwGebruiker } from "./client";
export { zgwClientEnv, zgwClientEnvDocumentation, zgwClientEnvShape, type ZgwClientEnv } from "./env";
export * from "./resources";
