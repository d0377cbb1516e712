import type { Database } from "@/lib/db";
import { maakZgwJwt } from "../../auth/jwt";
import { bewaarApplicatie, type AutorisatieGegevens } from "../../autorisaties/opslag";
import { registreerApplicatie } from "../../autorisaties/registratie";
import type { Component } from "../../scopes";

/** Test data for the Catalogi API tests. */

export function autorisatie(component: Component, scopes: string[], extra: Partial<AutorisatieGegevens> = {}): AutorisatieGegevens {
  return { component, scopes, zaaktype: null, informatieobjecttype: null, besluittype: null, maxVertrouwelijkheidaanduiding: null, ...extra };
}

/** Registers a client with these autorisaties (or all) and returns a JWT for it. */
export async function testClient(db: Database, clientId: string, autorisaties: AutorisatieGegevens[] | "alle"): Promise<string> {
  const secret = `${clientId}-secret-0123456789`;
  const { applicatieUuid } = await registreerApplicatie(db, { clientId, secret, alleAutorisaties: autorisaties === "alle" });
  if (autorisaties !== "alle") {
    await db.transaction((tx) => bewaarApplicatie(tx, { uuid: applicatieUuid, clientIds: [clientId], label: clientId, heeftAlleAutorisaties: false, autorisaties }));
  }
  return maakZgwJwt(clientId, secret);
}

export function catalogusBody(domein: string, rsin = "002220647") {
  return { domein, rsin, contactpersoonBeheerNaam: "Beheerder", contactpersoonBeheerEmailadres: "beheer@example.nl", naam: `Catalogus ${domein}` };
}

export function zaaktypeBody(catalogus: string, extra: Record<string, unknown> = {}) {
  return {
    identificatie: "ZT-1",
    omschrijving: "Omgevingsvergunning",
    vertrouwelijkheidaanduiding: "openbaar",
    doel: "Een vergunning verlenen",
    aanleiding: "Een aanvraag",
    indicatieInternOfExtern: "extern",
    handelingInitiator: "aanvragen",
    onderwerp: "Omgevingsvergunning",
    handelingBehandelaar: "behandelen",
    doorlooptijd: "P56D",
    opschortingEnAanhoudingMogelijk: true,
    verlengingMogelijk: true,
    verlengingstermijn: "P42D",
    trefwoorden: ["bouwen", "vergunning"],
    publicatieIndicatie: false,
    productenOfDiensten: ["https://producten.example.nl/omgevingsvergunning"],
    referentieproces: { naam: "Vergunning verlenen" },
    verantwoordelijke: "Team Vergunningen",
    catalogus,
    besluittypen: [],
    gerelateerdeZaaktypen: [],
    beginGeldigheid: "2025-01-01",
    versiedatum: "2025-01-01",
    ...extra,
  };
}

export function informatieobjecttypeBody(catalogus: string, omschrijving: string, extra: Record<string, unknown> = {}) {
  return {
    catalogus,
    omschrijving,
    vertrouwelijkheidaanduiding: "openbaar",
    beginGeldigheid: "2025-01-01",
    informatieobjectcategorie: "Aanvraag",
    ...extra,
  };
}

export function besluittypeBody(catalogus: string, omschrijving: string, extra: Record<string, unknown> = {}) {
  return {
    catalogus,
    omschrijving,
    publicatieIndicatie: false,
    informatieobjecttypen: [],
    beginGeldigheid: "2025-01-01",
    ...extra,
  };
}
