/**
 * Zaken API 1.5.1: the relation resources of a zaak (rollen, zaakobjecten,
 * zaakinformatieobjecten, zaakeigenschappen, zaak-besluiten, klantcontacten,
 * zaakcontactmomenten, zaakverzoeken). See README.md.
 */
export * from "./api";
export { relatieResources, zaakbesluitResources, type RelatieSoort } from "./representaties";
export { externeSpiegelsVanZaak, verwijderExterneSpiegels } from "./service";
export {
  leesKlantcontact,
  leesRol,
  leesZaakcontactmoment,
  leesZaakinformatieobject,
  leesZaakobject,
  leesZaakverzoek,
} from "./representaties";
export {
  zrcKlantcontact,
  zrcRol,
  zrcZaakbesluit,
  zrcZaakcontactmoment,
  zrcZaakeigenschap,
  zrcZaakinformatieobject,
  zrcZaakobject,
  zrcZaakverzoek,
} from "./schema";
