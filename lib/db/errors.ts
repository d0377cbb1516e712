import { AppError } from "@/lib/errors";

/** PostgreSQL SQLSTATE codes we translate; everything else stays an unexpected error. */
const UNIQUE_VIOLATION = "23505";
const FOREIGN_KEY_VIOLATION = "23503";
const SERIALIZATION_FAILURE = "40001";
const DEADLOCK_DETECTED = "40P01";

function sqlState(error: unknown): string | undefined {
  // drizzle wraps driver errors (DrizzleQueryError) with the driver's error as `cause`.
  for (let e: unknown = error, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}

/** Turns a database error into an AppError where the cause is the request, not the server. */
export function mapDatabaseError(error: unknown): unknown {
  switch (sqlState(error)) {
    case UNIQUE_VIOLATION:
      return new AppError("conflict", { detail: "Er bestaat al een gegeven met deze sleutel.", cause: error });
    case FOREIGN_KEY_VIOLATION:
      return new AppError("conflict", { detail: "Dit gegeven verwijst naar iets dat niet (meer) bestaat of wordt nog gebruikt.", cause: error });
    case SERIALIZATION_FAILURE:
    case DEADLOCK_DETECTED:
      return new AppError("conflict", { detail: "Een gelijktijdige wijziging zat in de weg; probeer het opnieuw.", cause: error });
    default:
      return error;
  }
}
