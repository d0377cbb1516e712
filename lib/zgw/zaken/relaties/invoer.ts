import { z } from "zod";
import { invalidParamsFromZod } from "@/lib/errors";
import { validatieFout } from "../../fouten";
import { oasSchema } from "./oas-zod";

/**
 * Request bodies of the relation resources (zod). Read-only members (url, uuid, omschrijving,
 * registratiedatum, ...) are ignored and unknown members dropped, as DRF does.
 */

const url = (max = 1000) => z.url({ protocol: /^https?$/, error: "Voer een geldige URL in." }).max(max);
const datumtijd = z.iso.datetime({ offset: true, local: true, error: "Verwacht een datum-tijd (ISO 8601)." });

export function parse<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw validatieFout([{ name: "nonFieldErrors", code: "invalid", reason: "Verwacht een JSON-object." }]);
  }
  const r = schema.safeParse(body);
  if (!r.success) throw validatieFout(invalidParamsFromZod(r.error));
  return r.data;
}

export const BETROKKENE_TYPEN = ["natuurlijk_persoon", "niet_natuurlijk_persoon", "vestiging", "organisatorische_eenheid", "medewerker"] as const;
export type BetrokkeneType = (typeof BETROKKENE_TYPEN)[number];

/** The OAS component of betrokkeneIdentificatie per betrokkeneType (and of objectIdentificatie for those objectTypes). */
export const IDENTIFICATIE_SCHEMA: Record<BetrokkeneType, string> = {
  natuurlijk_persoon: "RolNatuurlijkPersoon",
  niet_natuurlijk_persoon: "RolNietNatuurlijkPersoon",
  vestiging: "RolVestiging",
  organisatorische_eenheid: "RolOrganisatorischeEenheid",
  medewerker: "RolMedewerker",
};

export const RolInvoer = z.object({
  zaak: url(),
  betrokkene: z.union([z.literal(""), url()]).optional(),
  betrokkeneType: z.enum(BETROKKENE_TYPEN),
  afwijkendeNaamBetrokkene: z.string().max(625).optional().default(""),
  roltype: url(),
  roltoelichting: z.string().max(1000),
  indicatieMachtiging: z.enum(["gemachtigde", "machtiginggever", ""]).optional().default(""),
  contactpersoonRol: z.unknown().optional(),
  betrokkeneIdentificatie: z.unknown().optional(),
});

/** A gegevensgroep against its OAS schema, with the member path prefixed for invalidParams. */
export function parseGroep(veld: string, schemaNaam: string, waarde: unknown): Record<string, unknown> {
  const r = oasSchema(schemaNaam).safeParse(waarde);
  if (!r.success) {
    throw validatieFout(invalidParamsFromZod(r.error).map((p) => ({ ...p, name: p.name === "nonFieldErrors" ? veld : `${veld}.${p.name}` })));
  }
  return r.data as Record<string, unknown>;
}

export const OBJECT_TYPEN = [
  "adres", "besluit", "buurt", "enkelvoudig_document", "gemeente", "gemeentelijke_openbare_ruimte", "huishouden",
  "inrichtingselement", "kadastrale_onroerende_zaak", "kunstwerkdeel", "maatschappelijke_activiteit", "medewerker",
  "natuurlijk_persoon", "niet_natuurlijk_persoon", "openbare_ruimte", "organisatorische_eenheid", "pand", "spoorbaandeel",
  "status", "terreindeel", "terrein_gebouwd_object", "vestiging", "waterdeel", "wegdeel", "wijk", "woonplaats",
  "woz_deelobject", "woz_object", "woz_waarde", "zakelijk_recht", "overige",
] as const;
export type ObjectType = (typeof OBJECT_TYPEN)[number];

/** The OAS component of objectIdentificatie per objectType (none for besluit, enkelvoudig_document, status). */
export const OBJECT_IDENTIFICATIE_SCHEMA: Partial<Record<ObjectType, string>> = {
  adres: "ObjectAdres",
  buurt: "ObjectBuurt",
  gemeente: "ObjectGemeente",
  gemeentelijke_openbare_ruimte: "ObjectGemeentelijkeOpenbareRuimte",
  huishouden: "ObjectHuishouden",
  inrichtingselement: "ObjectInrichtingselement",
  kadastrale_onroerende_zaak: "ObjectKadastraleOnroerendeZaak",
  kunstwerkdeel: "ObjectKunstwerkdeel",
  maatschappelijke_activiteit: "ObjectMaatschappelijkeActiviteit",
  medewerker: "RolMedewerker",
  natuurlijk_persoon: "RolNatuurlijkPersoon",
  niet_natuurlijk_persoon: "RolNietNatuurlijkPersoon",
  openbare_ruimte: "ObjectOpenbareRuimte",
  organisatorische_eenheid: "RolOrganisatorischeEenheid",
  pand: "ObjectPand",
  spoorbaandeel: "ObjectSpoorbaandeel",
  terreindeel: "ObjectTerreindeel",
  terrein_gebouwd_object: "ObjectTerreinGebouwdObject",
  vestiging: "RolVestiging",
  waterdeel: "ObjectWaterdeel",
  wegdeel: "ObjectWegdeel",
  wijk: "ObjectWijk",
  woonplaats: "ObjectWoonplaats",
  woz_deelobject: "ObjectWozDeelobject",
  woz_object: "ObjectWozObject",
  woz_waarde: "ObjectWozWaarde",
  zakelijk_recht: "ObjectZakelijkRecht",
  overige: "ObjectOverige",
};

const zaakobjectVelden = {
  zaak: url(),
  object: z.union([z.literal(""), url()]).optional(),
  zaakobjecttype: z.union([z.literal(""), url()]).nullable().optional(),
  objectType: z.enum(OBJECT_TYPEN),
  objectTypeOverige: z.string().max(100).regex(/[a-z_]+/).or(z.literal("")).optional(),
  objectTypeOverigeDefinitie: z.unknown().optional(),
  relatieomschrijving: z.string().max(80).optional(),
  objectIdentificatie: z.unknown().optional(),
};
export const ZaakobjectInvoer = z.object(zaakobjectVelden);
export const ZaakobjectPatch = z.object(zaakobjectVelden).partial();

export const ZioInvoer = z.object({
  informatieobject: url(),
  zaak: url(),
  titel: z.string().max(200).optional(),
  beschrijving: z.string().optional(),
  vernietigingsdatum: datumtijd.nullable().optional(),
  status: url().nullable().optional(),
});
export const ZioPatch = ZioInvoer.partial();

export const ZaakeigenschapInvoer = z.object({
  zaak: url().optional(),
  eigenschap: url(),
  waarde: z.string(),
});
export const ZaakeigenschapPatch = ZaakeigenschapInvoer.partial();

export const ZaakbesluitInvoer = z.object({ besluit: url() });

export const KlantcontactInvoer = z.object({
  zaak: url(),
  identificatie: z.string().max(14).optional(),
  datumtijd,
  kanaal: z.string().max(20).optional().default(""),
  onderwerp: z.string().max(200).optional().default(""),
  toelichting: z.string().max(1000).optional().default(""),
});

export const ZaakcontactmomentInvoer = z.object({ zaak: url(), contactmoment: url() });
export const ZaakverzoekInvoer = z.object({ zaak: url(), verzoek: url() });
