/**
 * zod schemas of the ZGW resources as far as the proxy uses them. Loose objects (unknown
 * fields pass) and lenient about optional/nullable fields, so both this app's APIs and an
 * external Open Zaak parse.
 */
import { z } from "zod";

const s = z.string().nullish().transform((v) => v ?? "");
const sn = z.string().nullish().transform((v) => (v === undefined || v === null || v === "" ? null : v));
const urls = z.array(z.string()).nullish().transform((v) => v ?? []);

export const ZgwZaak = z.looseObject({
  url: z.string(),
  uuid: z.string().optional(),
  identificatie: s,
  bronorganisatie: s,
  omschrijving: s,
  toelichting: s,
  zaaktype: z.string(),
  registratiedatum: sn,
  startdatum: sn,
  einddatum: sn,
  einddatumGepland: sn,
  uiterlijkeEinddatumAfdoening: sn,
  publicatiedatum: sn,
  communicatiekanaal: s,
  vertrouwelijkheidaanduiding: s,
  status: sn,
  resultaat: sn,
  hoofdzaak: sn,
  deelzaken: urls,
  relevanteAndereZaken: z
    .array(z.looseObject({ url: z.string(), aardRelatie: z.string() }))
    .nullish()
    .transform((v) => v ?? []),
  opschorting: z
    .looseObject({ indicatie: z.boolean().nullish(), reden: s, eerdereOpschorting: z.boolean().nullish() })
    .nullish()
    .transform((v) => ({ indicatie: v?.indicatie ?? false, reden: v?.reden ?? "", eerdereOpschorting: v?.eerdereOpschorting ?? false })),
  verlenging: z
    .looseObject({ reden: s, duur: sn })
    .nullish()
    .transform((v) => (v && (v.duur || v.reden) ? { reden: v.reden, duur: v.duur } : null)),
  startdatumBewaartermijn: sn,
  archiefactiedatum: sn,
  _expand: z.record(z.string(), z.unknown()).optional(),
});
export type ZgwZaak = z.infer<typeof ZgwZaak>;

export const ZgwStatus = z.looseObject({
  url: z.string(),
  uuid: z.string().optional(),
  zaak: z.string(),
  statustype: z.string(),
  datumStatusGezet: z.string(),
  statustoelichting: s,
});
export type ZgwStatus = z.infer<typeof ZgwStatus>;

export const ZgwResultaat = z.looseObject({ url: z.string(), zaak: z.string(), resultaattype: z.string(), toelichting: s });
export type ZgwResultaat = z.infer<typeof ZgwResultaat>;

export const ZgwRol = z.looseObject({
  url: z.string(),
  uuid: z.string().optional(),
  zaak: z.string(),
  betrokkene: s,
  betrokkeneType: z.string(),
  roltype: z.string(),
  omschrijving: s,
  omschrijvingGeneriek: s,
  roltoelichting: s,
  betrokkeneIdentificatie: z.record(z.string(), z.unknown()).nullish(),
});
export type ZgwRol = z.infer<typeof ZgwRol>;

export const ZgwZaaktype = z.looseObject({
  url: z.string(),
  identificatie: s,
  omschrijving: s,
  statustypen: urls,
  resultaattypen: urls,
  roltypen: urls,
  besluittypen: urls,
  informatieobjecttypen: urls,
  doorlooptijd: sn,
  servicenorm: sn,
  opschortingEnAanhoudingMogelijk: z.boolean().nullish(),
  verlengingMogelijk: z.boolean().nullish(),
  verlengingstermijn: sn,
  vertrouwelijkheidaanduiding: s,
  concept: z.boolean().nullish(),
});
export type ZgwZaaktype = z.infer<typeof ZgwZaaktype>;

export const ZgwStatustype = z.looseObject({
  url: z.string(),
  omschrijving: s,
  volgnummer: z.number().int(),
  isEindstatus: z.boolean().nullish(),
  zaaktype: z.string(),
});
export type ZgwStatustype = z.infer<typeof ZgwStatustype>;

export const ZgwResultaattype = z.looseObject({ url: z.string(), omschrijving: s, zaaktype: z.string() });
export type ZgwResultaattype = z.infer<typeof ZgwResultaattype>;

export const ZgwRoltype = z.looseObject({ url: z.string(), omschrijving: s, omschrijvingGeneriek: s, zaaktype: z.string() });
export type ZgwRoltype = z.infer<typeof ZgwRoltype>;

export const ZgwBesluittype = z.looseObject({ url: z.string(), omschrijving: s });
export type ZgwBesluittype = z.infer<typeof ZgwBesluittype>;

export const ZgwInformatieobjecttype = z.looseObject({ url: z.string(), omschrijving: s, vertrouwelijkheidaanduiding: sn });
export type ZgwInformatieobjecttype = z.infer<typeof ZgwInformatieobjecttype>;

export const ZgwBestandsdeel = z.looseObject({
  url: z.string(),
  volgnummer: z.number().int(),
  omvang: z.number().int(),
  voltooid: z.boolean().nullish().transform((v) => v ?? false),
  lock: s,
});
export type ZgwBestandsdeel = z.infer<typeof ZgwBestandsdeel>;

export const ZgwDocument = z.looseObject({
  url: z.string(),
  identificatie: s,
  bronorganisatie: s,
  creatiedatum: sn,
  titel: s,
  vertrouwelijkheidaanduiding: sn,
  auteur: s,
  status: sn,
  formaat: sn,
  taal: s,
  versie: z.number().int().nullish().transform((v) => v ?? 1),
  beginRegistratie: s,
  bestandsnaam: sn,
  inhoud: sn,
  bestandsomvang: z.number().int().nullish().transform((v) => v ?? null),
  beschrijving: s,
  ondertekening: z
    .looseObject({ soort: s, datum: sn })
    .nullish()
    .transform((v) => (v && v.soort ? { soort: v.soort, datum: v.datum } : null)),
  informatieobjecttype: z.string(),
  locked: z.boolean().nullish().transform((v) => v ?? false),
  lock: s.optional(),
  bestandsdelen: z.array(ZgwBestandsdeel).nullish().transform((v) => v ?? []),
});
export type ZgwDocument = z.infer<typeof ZgwDocument>;

export const ZgwZaakInformatieobject = z.looseObject({
  url: z.string(),
  uuid: z.string().optional(),
  informatieobject: z.string(),
  zaak: z.string(),
  titel: s,
  beschrijving: s,
  registratiedatum: sn,
});
export type ZgwZaakInformatieobject = z.infer<typeof ZgwZaakInformatieobject>;

export const ZgwObjectInformatieobject = z.looseObject({ url: z.string(), informatieobject: z.string(), object: z.string(), objectType: z.string() });
export type ZgwObjectInformatieobject = z.infer<typeof ZgwObjectInformatieobject>;

export const ZgwBesluit = z.looseObject({
  url: z.string(),
  identificatie: s,
  verantwoordelijkeOrganisatie: s,
  besluittype: z.string(),
  zaak: sn,
  datum: z.string(),
  toelichting: s,
  bestuursorgaan: s,
  ingangsdatum: z.string(),
  vervaldatum: sn,
  vervalreden: s,
  publicatiedatum: sn,
  verzenddatum: sn,
  uiterlijkeReactiedatum: sn,
});
export type ZgwBesluit = z.infer<typeof ZgwBesluit>;

export const ZgwAuditTrail = z.looseObject({
  uuid: z.string(),
  bron: s,
  applicatieWeergave: s,
  gebruikersId: s,
  gebruikersWeergave: s,
  actie: s,
  actieWeergave: s,
  resultaat: z.number().nullish(),
  hoofdObject: s,
  resource: s,
  resourceUrl: s,
  toelichting: s,
  resourceWeergave: s,
  aanmaakdatum: z.string(),
  wijzigingen: z
    .looseObject({ oud: z.unknown().nullish(), nieuw: z.unknown().nullish() })
    .nullish()
    .transform((v) => v ?? { oud: null, nieuw: null }),
});
export type ZgwAuditTrail = z.infer<typeof ZgwAuditTrail>;
