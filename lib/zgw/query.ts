import { z } from "zod";
import { invalidParamsFromZod } from "@/lib/errors";
import { validatieFout, zgwFout } from "./fouten";

/**
 * Strict query parameter parsing: filter parameters are validated like input (400 with
 * invalidParams) and an unknown parameter is a 400 too (ZGW "Filter parameters"), with
 * vng-api-common's code `unknown-parameters`.
 */
export function parseQuery<S extends z.ZodObject>(url: URL | string, schema: S): z.output<S> {
  const params = (typeof url === "string" ? new URL(url) : url).searchParams;
  const bekend = new Set(Object.keys(schema.shape));
  const onbekend = [...new Set([...params.keys()].filter((k) => !bekend.has(k)))];
  if (onbekend.length > 0) {
    throw zgwFout("invalid", "unknown-parameters", `Onbekende query parameters: ${onbekend.join(", ")}`, [
      { name: "nonFieldErrors", code: "unknown-parameters", reason: `Onbekende query parameters: ${onbekend.join(", ")}` },
    ]);
  }
  const waarden: Record<string, string> = {};
  for (const naam of bekend) {
    const alle = params.getAll(naam);
    if (alle.length > 1) {
      throw validatieFout([{ name: naam, code: "invalid", reason: "Deze parameter mag maar één keer voorkomen." }]);
    }
    if (alle.length === 1) waarden[naam] = alle[0]!;
  }
  const resultaat = schema.safeParse(waarden);
  if (!resultaat.success) throw validatieFout(invalidParamsFromZod(resultaat.error));
  return resultaat.data;
}

/** `page`: a whole number >= 1; absent = 1. */
export const paginaParameter = z
  .string()
  .regex(/^\d+$/, { error: "Verwacht een geheel getal." })
  .transform(Number)
  .pipe(z.number().int().min(1, { error: "De eerste pagina is 1." }))
  .optional();

/** A comma-separated list (`?clientIds=a,b`); empty items are dropped. */
export const kommaLijst = z.string().transform((v) =>
  v
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== ""),
);
