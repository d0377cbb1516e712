import { z } from "zod";
import { AppError } from "@/lib/errors";
import { bestandsdeelUploaden, ok, parseParam, proxyRoute } from "@/lib/zaakafhandeling";

/** PUT raw bytes of one part (application/octet-stream) -> {volgnummer, voltooid}. Streamed on, not buffered. */
export const PUT = proxyRoute<{ uuid: string; volgnummer: string }>(async (ctx, request, params) => {
  if (!request.body) throw AppError.invalid("Dit deel is leeg.", [{ name: "inhoud", code: "required", reason: "Stuur de bytes van het deel." }]);
  const lengte = request.headers.get("Content-Length");
  return ok(
    await bestandsdeelUploaden(
      ctx,
      parseParam(params.uuid, z.uuid(), "document"),
      parseParam(params.volgnummer, z.coerce.number().int().min(1), "bestandsdeel"),
      request.body,
      lengte === null ? null : Number(lengte),
    ),
  );
});
