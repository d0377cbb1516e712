import { AppError, type FoutCode, type InvalidParam } from "@/lib/errors";

/**
 * ZGW problem documents use system codes such as `jwt-expired` or `clientId-exists` in their
 * `code` member. They stay AppErrors: the ZGW code goes in `extensions`, which toProblem
 * spreads over the generic code.
 */
export function zgwFout(code: FoutCode, zgwCode: string, detail: string, invalidParams?: InvalidParam[]): AppError {
  return new AppError(code, { detail, invalidParams, extensions: { code: zgwCode } });
}

/** 400 with invalidParams, as the OAS's ValidatieFout. */
export function validatieFout(invalidParams: InvalidParam[], detail = "De invoer is ongeldig."): AppError {
  return AppError.invalid(detail, invalidParams);
}
