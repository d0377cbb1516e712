/**
 * Publishing to a Notificaties API (GUIDE 6): configuration, kanaal registration, the
 * delivery worker of the outbox that lib/zgw/gebeurtenissen fills, and the internal
 * status/retry endpoints. See README.md.
 */
export { notificatiesEnvDocumentation, notificatiesEnvShape, notificatiesGeconfigureerd, notificatiesInstellingen } from "./env";
export { KANALEN, kanaalDefinities, registreerKanalen } from "./kanalen";
export { NrcClient, NrcFout } from "./nrc";
export { notificatieStatus, notificatiesOpnieuw } from "./api";
export { meldNieuweNotificaties, notificatieWerker, startNotificaties, stopNotificaties, wekNotificatieWerker } from "./start";
export { NotificatieWerker, WEK_KANAAL } from "./werker";
