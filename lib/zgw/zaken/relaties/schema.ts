import { sql } from "drizzle-orm";
import { bigint, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { zrcZaak } from "../schema";

/**
 * Tables of the Zaken API's relation resources. Every row belongs to a local zaak (cascade on
 * the hard delete of zrc-023); authorisation always joins zrc_zaak (zaaktype +
 * vertrouwelijkheidaanduiding). Columns that filters use are real columns; the rest of a
 * resource is in `gegevens` (jsonb). `volgorde` is the stable list order.
 */

const zaakKolom = () =>
  uuid("zaak_uuid")
    .notNull()
    .references(() => zrcZaak.uuid, { onDelete: "cascade" });

export const zrcRol = pgTable(
  "zrc_rol",
  {
    uuid: uuid("uuid").primaryKey(),
    zaakUuid: zaakKolom(),
    betrokkeneType: text("betrokkene_type").notNull(),
    /** URL of the betrokkene, "" when only betrokkeneIdentificatie is given. */
    betrokkene: text("betrokkene").notNull().default(""),
    roltypeUrl: text("roltype_url").notNull(),
    omschrijving: text("omschrijving").notNull(),
    omschrijvingGeneriek: text("omschrijving_generiek").notNull(),
    registratiedatum: timestamp("registratiedatum", { withTimezone: true, mode: "date" }).notNull(),
    /** The polymorphic group of the betrokkeneType (RolNatuurlijkPersoon, RolMedewerker, ...). */
    betrokkeneIdentificatie: jsonb("betrokkene_identificatie").$type<Record<string, unknown>>(),
    /** afwijkendeNaamBetrokkene, roltoelichting, indicatieMachtiging, contactpersoonRol. */
    gegevens: jsonb("gegevens").$type<Record<string, unknown>>().notNull(),
    volgorde: bigint("volgorde", { mode: "number" }).generatedAlwaysAsIdentity(),
  },
  (t) => [
    index("zrc_rol_zaak_idx").on(t.zaakUuid, t.volgorde),
    index("zrc_rol_volgorde_idx").on(t.volgorde),
    // Not partial: `betrokkene = $1` with a generic plan cannot prove a `<> ''` predicate.
    index("zrc_rol_betrokkene_idx").on(t.betrokkene),
    index("zrc_rol_roltype_idx").on(t.roltypeUrl),
    index("zrc_rol_omschrijving_idx").on(t.omschrijving),
    index("zrc_rol_generiek_idx").on(t.omschrijvingGeneriek, t.zaakUuid),
    index("zrc_rol_type_idx").on(t.betrokkeneType, t.zaakUuid),
    // The betrokkeneIdentificatie filters of /rollen and /zaken (rol__betrokkeneIdentificatie__*):
    // one partial expression index per identifying member, so a BSN finds its rollen (and
    // their zaken) directly among millions.
    index("zrc_rol_np_bsn_idx").on(sql`(${t.betrokkeneIdentificatie}->>'inpBsn')`).where(sql`${t.betrokkeneType} = 'natuurlijk_persoon'`),
    index("zrc_rol_np_anp_idx").on(sql`(${t.betrokkeneIdentificatie}->>'anpIdentificatie')`).where(sql`${t.betrokkeneType} = 'natuurlijk_persoon'`),
    index("zrc_rol_np_anummer_idx").on(sql`(${t.betrokkeneIdentificatie}->>'inpA_nummer')`).where(sql`${t.betrokkeneType} = 'natuurlijk_persoon'`),
    index("zrc_rol_nnp_id_idx").on(sql`(${t.betrokkeneIdentificatie}->>'innNnpId')`).where(sql`${t.betrokkeneType} = 'niet_natuurlijk_persoon'`),
    index("zrc_rol_nnp_ann_idx").on(sql`(${t.betrokkeneIdentificatie}->>'annIdentificatie')`).where(sql`${t.betrokkeneType} = 'niet_natuurlijk_persoon'`),
    index("zrc_rol_vestiging_idx").on(sql`(${t.betrokkeneIdentificatie}->>'vestigingsNummer')`).where(sql`${t.betrokkeneType} = 'vestiging'`),
    index("zrc_rol_oe_idx").on(sql`(${t.betrokkeneIdentificatie}->>'identificatie')`).where(sql`${t.betrokkeneType} = 'organisatorische_eenheid'`),
    index("zrc_rol_medewerker_idx").on(sql`(${t.betrokkeneIdentificatie}->>'identificatie')`).where(sql`${t.betrokkeneType} = 'medewerker'`),
  ],
);

export const zrcZaakobject = pgTable(
  "zrc_zaakobject",
  {
    uuid: uuid("uuid").primaryKey(),
    zaakUuid: zaakKolom(),
    /** URL of the object, "" when only objectIdentificatie is given. */
    objectUrl: text("object_url").notNull().default(""),
    objectType: text("object_type").notNull(),
    zaakobjecttypeUrl: text("zaakobjecttype_url"),
    /** objectTypeOverige, objectTypeOverigeDefinitie, relatieomschrijving, objectIdentificatie. */
    gegevens: jsonb("gegevens").$type<Record<string, unknown>>().notNull(),
    volgorde: bigint("volgorde", { mode: "number" }).generatedAlwaysAsIdentity(),
  },
  (t) => [
    index("zrc_zaakobject_zaak_idx").on(t.zaakUuid, t.volgorde),
    index("zrc_zaakobject_volgorde_idx").on(t.volgorde),
    index("zrc_zaakobject_object_idx").on(t.objectUrl),
    index("zrc_zaakobject_type_idx").on(t.objectType, t.volgorde),
  ],
);

export const zrcZaakinformatieobject = pgTable(
  "zrc_zaakinformatieobject",
  {
    uuid: uuid("uuid").primaryKey(),
    zaakUuid: zaakKolom(),
    informatieobjectUrl: text("informatieobject_url").notNull(),
    /** Set when the document is one of this app's Documenten API (then the OIO is derived from this row). */
    informatieobjectUuid: uuid("informatieobject_uuid"),
    aardRelatie: text("aard_relatie").notNull().default("hoort_bij"),
    titel: text("titel").notNull().default(""),
    beschrijving: text("beschrijving").notNull().default(""),
    registratiedatum: timestamp("registratiedatum", { withTimezone: true, mode: "date" }).notNull(),
    vernietigingsdatum: timestamp("vernietigingsdatum", { withTimezone: true, mode: "date" }),
    /** A status of this zaak (Zaken 1.5), as its URL. */
    statusUrl: text("status_url"),
    /** The mirrored ObjectInformatieObject at an external Documenten API (zrc-005). */
    externOioUrl: text("extern_oio_url"),
    volgorde: bigint("volgorde", { mode: "number" }).generatedAlwaysAsIdentity(),
  },
  (t) => [
    uniqueIndex("zrc_zio_zaak_io_uq").on(t.zaakUuid, t.informatieobjectUrl),
    index("zrc_zio_zaak_idx").on(t.zaakUuid, t.volgorde),
    index("zrc_zio_io_idx").on(t.informatieobjectUrl),
    index("zrc_zio_io_uuid_idx").on(t.informatieobjectUuid).where(sql`${t.informatieobjectUuid} is not null`),
    // Status.zaakinformatieobjecten is read by status URL.
    index("zrc_zio_status_idx").on(t.statusUrl).where(sql`${t.statusUrl} is not null`),
  ],
);

export const zrcZaakeigenschap = pgTable(
  "zrc_zaakeigenschap",
  {
    uuid: uuid("uuid").primaryKey(),
    zaakUuid: zaakKolom(),
    eigenschapUrl: text("eigenschap_url").notNull(),
    naam: text("naam").notNull(),
    waarde: text("waarde").notNull(),
    volgorde: bigint("volgorde", { mode: "number" }).generatedAlwaysAsIdentity(),
  },
  (t) => [index("zrc_zaakeigenschap_zaak_idx").on(t.zaakUuid, t.volgorde)],
);

/** Relations to EXTERNAL besluiten only; local besluiten name their zaak in brc_besluit.zaak_uuid. */
export const zrcZaakbesluit = pgTable(
  "zrc_zaakbesluit",
  {
    uuid: uuid("uuid").primaryKey(),
    zaakUuid: zaakKolom(),
    besluitUrl: text("besluit_url").notNull(),
    volgorde: bigint("volgorde", { mode: "number" }).generatedAlwaysAsIdentity(),
  },
  (t) => [uniqueIndex("zrc_zaakbesluit_zaak_besluit_uq").on(t.zaakUuid, t.besluitUrl)],
);

export const zrcKlantcontact = pgTable(
  "zrc_klantcontact",
  {
    uuid: uuid("uuid").primaryKey(),
    zaakUuid: zaakKolom(),
    identificatie: text("identificatie").notNull(),
    datumtijd: timestamp("datumtijd", { withTimezone: true, mode: "date" }).notNull(),
    /** kanaal, onderwerp, toelichting. */
    gegevens: jsonb("gegevens").$type<Record<string, unknown>>().notNull(),
    volgorde: bigint("volgorde", { mode: "number" }).generatedAlwaysAsIdentity(),
  },
  (t) => [index("zrc_klantcontact_zaak_idx").on(t.zaakUuid, t.volgorde), index("zrc_klantcontact_volgorde_idx").on(t.volgorde)],
);

export const zrcZaakcontactmoment = pgTable(
  "zrc_zaakcontactmoment",
  {
    uuid: uuid("uuid").primaryKey(),
    zaakUuid: zaakKolom(),
    contactmomentUrl: text("contactmoment_url").notNull(),
    /** The mirrored objectcontactmoment at the Contactmomenten API (zrc-025). */
    externRelatieUrl: text("extern_relatie_url"),
    volgorde: bigint("volgorde", { mode: "number" }).generatedAlwaysAsIdentity(),
  },
  (t) => [index("zrc_zcm_zaak_idx").on(t.zaakUuid, t.volgorde), index("zrc_zcm_cm_idx").on(t.contactmomentUrl)],
);

export const zrcZaakverzoek = pgTable(
  "zrc_zaakverzoek",
  {
    uuid: uuid("uuid").primaryKey(),
    zaakUuid: zaakKolom(),
    verzoekUrl: text("verzoek_url").notNull(),
    /** The mirrored objectverzoek at the Verzoeken API (zrc-024). */
    externRelatieUrl: text("extern_relatie_url"),
    volgorde: bigint("volgorde", { mode: "number" }).generatedAlwaysAsIdentity(),
  },
  (t) => [index("zrc_zv_zaak_idx").on(t.zaakUuid, t.volgorde), index("zrc_zv_verzoek_idx").on(t.verzoekUrl)],
);
