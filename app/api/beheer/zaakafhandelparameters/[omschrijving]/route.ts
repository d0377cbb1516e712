import { z } from "zod";
import { parametersFormulier, parametersOpslaan, vereisBeheren } from "@/lib/zaakafhandelparameters/beheer";
import { ZaakafhandelparametersInvoer } from "@/lib/zaakafhandelparameters/model";
import { leesInvoer, ok, parseParam, proxyRoute } from "@/lib/zaakafhandeling";

const Omschrijving = z.string().trim().min(1).max(100);

/** GET -> ParametersFormulier (the settings or the empty ones, with the choices). */
export const GET = proxyRoute<{ omschrijving: string }>(async (ctx, _request, params) => {
  vereisBeheren(ctx);
  return ok(await parametersFormulier(ctx, parseParam(params.omschrijving, Omschrijving, "zaaktype")));
});

/** PUT {ZaakafhandelparametersInvoer} -> ParametersFormulier; 403 without overig.beheren, 400 on bad input (nothing stored). */
export const PUT = proxyRoute<{ omschrijving: string }>(async (ctx, request, params) => {
  // The right first: a refused user learns nothing about what valid input looks like.
  vereisBeheren(ctx);
  const omschrijving = parseParam(params.omschrijving, Omschrijving, "zaaktype");
  return ok(await parametersOpslaan(ctx, omschrijving, await leesInvoer(request, ZaakafhandelparametersInvoer)));
});
