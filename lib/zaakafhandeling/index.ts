/**
 * The case-handling proxy: the backend of the case-handling UI. Route handlers in
 * app/api/{zaken,taken,documenten,werklijsten,zaaktypen,groepen}/** are thin wrappers around
 * these functions. The UI's contract (zod schemas, endpoint list) is in ./contract (safe to
 * import in client components); this index is server-only.
 */
export * from "./documenten";
export * from "./taken";
export { zaakHistorie } from "./historie";
export { werklijst } from "./werklijsten";
export {
  besluitIntrekken,
  besluitVastleggen,
  besluitWijzigen,
  betrokkeneToevoegen,
  betrokkeneVerwijderen,
  zaakAfbreken,
  zaakAfhandelen,
  zaakDetail,
  zaakDoorlooptijd,
  zaakHeropenen,
  zaakHervatten,
  zaakKoppelenActie,
  zaakOntkoppelenActie,
  zaakOpschorten,
  zaakOpties,
  zaakStarten,
  zaakStatusZetten,
  zaakToekennen,
  zaakVerlengen,
  zaakWijzigen,
  zaaktypeKeuzes,
} from "./zaken";
export { medewerkerContext, type MedewerkerContext } from "./context";
export { leesInvoer, leeg, ok, parseParam, proxyRoute } from "./route";
export { vergeetCatalogus } from "./catalogus";
export { groepenVoorZaaktype, medewerkersVanGroep } from "./groepen";
