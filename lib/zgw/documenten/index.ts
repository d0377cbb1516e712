/**
 * Documenten API 1.4.2 (DRC): enkelvoudiginformatieobjecten (versions, content in a blob
 * store, lock/unlock, chunked uploads), gebruiksrechten, objectinformatieobjecten,
 * verzendingen. See README.md.
 */
export * from "./api";
export { documentVoorRelatie, leesDocument, leesGebruiksrecht, leesOio, leesVerzending, type DocumentVoorRelatie } from "./opslag";
export { documentenEnv, documentenEnvDocumentation, documentenEnvShape, opslagMap, ruimOp } from "./blobs";
export { ruimDocumentenOpslagOp } from "./onderhoud";
