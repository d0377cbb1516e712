import { randomBytes, randomUUID } from "node:crypto";
import type { Database, Transaction } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { maakZgwJwt } from "../auth/jwt";
import { zgwEnv } from "../env";
import { applicatieVoorClientId, bewaarApplicatie, zetClientSecret, zetClientSecretAlsNieuw, zoekClientSecret } from "./opslag";

/** Client secrets shorter than this are refused: HS256 is only as strong as its secret. */
export const MIN_SECRET_LENGTE = 16;

export interface Registratie {
  clientId: string;
  secret: string;
  label?: string;
  /** true: heeftAlleAutorisaties (and no individual autorisaties); absent: left as it is. */
  alleAutorisaties?: boolean;
}

export interface RegistratieResultaat {
  applicatieUuid: string;
  aangemaakt: boolean;
}

/**
 * Out-of-band registration of a ZGW client (as Open Zaak's admin): creates or updates the
 * applicatie that lists the client id, and sets its secret. Idempotent. A new applicatie
 * without --alle-autorisaties has no rights until autorisaties are added via the API.
 */
export async function registreerApplicatie(db: Database, registratie: Registratie): Promise<RegistratieResultaat> {
  const clientId = registratie.clientId.trim();
  if (clientId === "" || clientId.length > 50) {
    throw AppError.invalid("De client id moet 1 tot 50 tekens lang zijn.");
  }
  if (registratie.secret.length < MIN_SECRET_LENGTE) {
    throw AppError.invalid(`Het secret moet minstens ${MIN_SECRET_LENGTE} tekens lang zijn.`);
  }
  if (registratie.label !== undefined && (registratie.label.trim() === "" || registratie.label.length > 100)) {
    throw AppError.invalid("Het label moet 1 tot 100 tekens lang zijn.");
  }
  return db.transaction(async (tx) => {
    const bestaand = await applicatieVoorClientId(tx, clientId);
    const alle = registratie.alleAutorisaties ?? bestaand?.heeftAlleAutorisaties ?? false;
    const uuid = bestaand?.uuid ?? randomUUID();
    await bewaarApplicatie(tx, {
      uuid,
      clientIds: bestaand?.clientIds ?? [clientId],
      label: registratie.label ?? bestaand?.label ?? clientId,
      heeftAlleAutorisaties: alle,
      // ac-002: with all rights there are no individual autorisaties.
      autorisaties: alle ? [] : (bestaand?.autorisaties ?? []),
    });
    await zetClientSecret(tx, clientId, registratie.secret);
    return { applicatieUuid: uuid, aangemaakt: !bestaand };
  });
}

/** The app's own ZGW client, used by its server side (the UI's proxy) to call the ZGW APIs. */
export const EIGEN_CLIENT_ID = "zac-intern";

/**
 * Makes sure the app's own client exists with all rights, at every start. Its secret is
 * ZGW_EIGEN_CLIENT_SECRET when set; otherwise one is generated once and stored encrypted.
 * Safe with several instances starting at once.
 */
export async function zorgVoorEigenZgwClient(db: Database): Promise<{ clientId: string }> {
  const uitOmgeving = zgwEnv().ZGW_EIGEN_CLIENT_SECRET;
  if (uitOmgeving) {
    await registreerApplicatie(db, { clientId: EIGEN_CLIENT_ID, secret: uitOmgeving, label: "Zaakafhandelcomponent (intern)", alleAutorisaties: true });
    return { clientId: EIGEN_CLIENT_ID };
  }
  await zetClientSecretAlsNieuw(db, EIGEN_CLIENT_ID, randomBytes(32).toString("base64url"));
  const secret = await zoekClientSecret(db, EIGEN_CLIENT_ID);
  if (secret === null) {
    throw new AppError("service_unavailable", {
      detail: `Het opgeslagen secret van ${EIGEN_CLIENT_ID} is niet te lezen (is ZGW_ENCRYPTION_KEY veranderd?). Zet ZGW_EIGEN_CLIENT_SECRET of registreer de client opnieuw.`,
    });
  }
  await registreerApplicatie(db, { clientId: EIGEN_CLIENT_ID, secret, label: "Zaakafhandelcomponent (intern)", alleAutorisaties: true });
  return { clientId: EIGEN_CLIENT_ID };
}

/** A JWT of the app's own client on behalf of a user (for the server-side proxy). */
export async function eigenZgwToken(db: Database | Transaction, gebruiker: { id: string; weergave: string }): Promise<string> {
  const secret = zgwEnv().ZGW_EIGEN_CLIENT_SECRET ?? (await zoekClientSecret(db, EIGEN_CLIENT_ID));
  if (!secret) throw AppError.unavailable(`De ZGW-client ${EIGEN_CLIENT_ID} is niet ingericht.`);
  return maakZgwJwt(EIGEN_CLIENT_ID, secret, { userId: gebruiker.id, userRepresentation: gebruiker.weergave });
}
