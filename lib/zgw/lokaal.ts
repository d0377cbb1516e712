import type { ZgwApi } from "./apis";
import { leesOnderdeel, leesType } from "./catalogi";
import type { LokaleLezer } from "./verwijzingen";
import { leesDocument, leesGebruiksrecht, leesOio, leesVerzending } from "./documenten/opslag";
import { leesBesluit, leesBesluitinformatieobject } from "./besluiten";
import { leesResultaat, leesStatus, leesZaak } from "./zaken";
import { leesKlantcontact, leesRol, leesZaakcontactmoment, leesZaakinformatieobject, leesZaakobject, leesZaakverzoek } from "./zaken/relaties/representaties";

/**
 * How each collection of this app's ZGW APIs is read as its API representation, for
 * references between the APIs (lib/zgw/verwijzingen.ts): a local URL is read from the
 * database in the caller's transaction instead of over HTTP. One entry per collection; the
 * lambdas keep the imports lazy (the APIs import verwijzingen, which loads this file).
 */
export const LOKALE_LEZERS: Partial<Record<ZgwApi, Record<string, LokaleLezer>>> = {
  catalogi: {
    zaaktypen: (db, root, uuid) => leesType(db, root, "zaaktype", uuid),
    informatieobjecttypen: (db, root, uuid) => leesType(db, root, "informatieobjecttype", uuid),
    besluittypen: (db, root, uuid) => leesType(db, root, "besluittype", uuid),
    statustypen: (db, root, uuid) => leesOnderdeel(db, root, "statustype", uuid),
    roltypen: (db, root, uuid) => leesOnderdeel(db, root, "roltype", uuid),
    resultaattypen: (db, root, uuid) => leesOnderdeel(db, root, "resultaattype", uuid),
    eigenschappen: (db, root, uuid) => leesOnderdeel(db, root, "eigenschap", uuid),
    zaakobjecttypen: (db, root, uuid) => leesOnderdeel(db, root, "zaakobjecttype", uuid),
    "zaaktype-informatieobjecttypen": (db, root, uuid) => leesOnderdeel(db, root, "zaaktype-informatieobjecttype", uuid),
  },
  // zaken, documenten, besluiten: appended by their modules.
  besluiten: {
    besluiten: (db, root, uuid) => leesBesluit(db, root, uuid),
    besluitinformatieobjecten: (db, root, uuid) => leesBesluitinformatieobject(db, root, uuid),
  },
  documenten: {
    enkelvoudiginformatieobjecten: (db, root, uuid) => leesDocument(db, root, uuid),
    gebruiksrechten: (db, root, uuid) => leesGebruiksrecht(db, root, uuid),
    objectinformatieobjecten: (db, root, uuid) => leesOio(db, root, uuid),
    verzendingen: (db, root, uuid) => leesVerzending(db, root, uuid),
  },
  zaken: {
    zaken: (db, root, uuid) => leesZaak(db, root, uuid),
    statussen: (db, root, uuid) => leesStatus(db, root, uuid),
    resultaten: (db, root, uuid) => leesResultaat(db, root, uuid),
    // rollen, zaakobjecten, zaakinformatieobjecten, ...: appended here by the relation resources.
    rollen: (db, root, uuid) => leesRol(db, root, uuid),
    zaakobjecten: (db, root, uuid) => leesZaakobject(db, root, uuid),
    zaakinformatieobjecten: (db, root, uuid) => leesZaakinformatieobject(db, root, uuid),
    klantcontacten: (db, root, uuid) => leesKlantcontact(db, root, uuid),
    zaakcontactmomenten: (db, root, uuid) => leesZaakcontactmoment(db, root, uuid),
    zaakverzoeken: (db, root, uuid) => leesZaakverzoek(db, root, uuid),
  },
};
