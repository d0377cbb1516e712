import { http } from "msw";
import { applicatieRollenVerzoek, groepenVerzoek, type PabcApiContext } from "../api";
import { geheugenOpslag } from "../geheugen";
import { vasteGroepenBron } from "../groepen";
import { CONTRACT_SLEUTEL, contractDataset, contractRealm } from "./fixtures";

/**
 * A fake PABC for msw: the contract's request handling on the contract dataset in memory.
 * It answers as PABC would (200, 400, 401), so the client is tested against real contract
 * responses; tests add their own handlers for 500s, delays and malformed bodies.
 */
export function nepPabcHandlers(base: string, ctx: Partial<PabcApiContext> = {}) {
  const context: PabcApiContext = {
    opslag: geheugenOpslag(contractDataset()),
    groepen: vasteGroepenBron(contractRealm()),
    sleutel: CONTRACT_SLEUTEL,
    ...ctx,
  };
  return [
    http.post(`${base}/application-roles-per-entity-type`, ({ request }) => applicatieRollenVerzoek(request, context)),
    http.get(`${base}/groups`, ({ request }) => groepenVerzoek(request, context)),
  ];
}
