/**
 * Audit trail (GUIDE 5.6) and the notifications outbox (GUIDE 6) of the ZGW APIs: every
 * write calls `registreerGebeurtenis` in its own transaction.
 */
export {
  auditTrailHandlers,
  auditTrailVan,
  notificatiesAan,
  registreerGebeurtenis,
  verwijderAuditTrail,
  type Actie,
  type Gebeurtenis,
  type Kanaal,
} from "./gebeurtenissen";
export { zgwAudittrail, zgwNotificatieUitgaand } from "./schema";
