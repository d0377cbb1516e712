/**
 * Per user and list: page size, visible columns and saved searches (zoekopdrachten), stored by
 * the proxy (lib/zaakafhandeling/contract.ts).
 */
import { z } from "zod";
import { haal, stuur } from "@/components/ui/api";
import {
  endpointPad,
  WerklijstInstellingen,
  Zoekopdracht,
  type WerklijstInstellingenInvoer,
  type WerklijstNaam,
  type ZoekopdrachtInvoer,
} from "@/lib/zaakafhandeling/contract";

export const haalInstellingen = (lijst: WerklijstNaam) =>
  haal(endpointPad("werklijstInstellingen", { lijst }), WerklijstInstellingen);
export const bewaarInstellingen = (lijst: WerklijstNaam, invoer: WerklijstInstellingenInvoer) =>
  stuur(endpointPad("werklijstInstellingenOpslaan", { lijst }), { method: "PUT", body: invoer });
export const haalZoekopdrachten = (lijst: WerklijstNaam) => haal(endpointPad("zoekopdrachten", { lijst }), z.array(Zoekopdracht));
export const bewaarZoekopdracht = (lijst: WerklijstNaam, invoer: ZoekopdrachtInvoer) =>
  stuur(endpointPad("zoekopdrachtOpslaan", { lijst }), { method: "POST", body: invoer, schema: Zoekopdracht });
export const verwijderZoekopdracht = (lijst: WerklijstNaam, id: string) =>
  stuur(endpointPad("zoekopdrachtVerwijderen", { lijst, id }), { method: "DELETE" });
