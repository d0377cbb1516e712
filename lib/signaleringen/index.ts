/**
 * Signaleringen and the personal dashboard (issue #8): own tables, registering (idempotent per
 * type, object and user; e-mail over SMTP when configured), the hooks the case-handling actions
 * call, the scheduled jobs for nearing dates, and the route handlers' logic.
 */
export * from "./contract";
export { registreerSignalering, onthoudOntvanger, signaleringenOpruimen, type NieuweSignalering, type RegistratieUitkomst } from "./opslag";
export { signaleerDocumentToegevoegd, signaleerTaakToegekend, signaleerZaakToegekend } from "./gebeurtenissen";
export { takenVerlopend, waarschuwingsbron, zakenVerlopend } from "./verlopend";
export { standaardMailer, transportMailer, type Mailer } from "./mail";
