CREATE TABLE "zgw_audittrail" (
	"uuid" uuid PRIMARY KEY NOT NULL,
	"bron" text NOT NULL,
	"hoofd_object_uuid" uuid NOT NULL,
	"hoofd_object" text NOT NULL,
	"applicatie_id" text NOT NULL,
	"applicatie_weergave" text NOT NULL,
	"gebruikers_id" text NOT NULL,
	"gebruikers_weergave" text NOT NULL,
	"actie" text NOT NULL,
	"actie_weergave" text NOT NULL,
	"resultaat" smallint NOT NULL,
	"resource" text NOT NULL,
	"resource_url" text NOT NULL,
	"resource_weergave" text NOT NULL,
	"toelichting" text NOT NULL,
	"aanmaakdatum" timestamp with time zone NOT NULL,
	"wijzigingen" jsonb NOT NULL,
	"volgorde" bigserial NOT NULL
);
--> statement-breakpoint
CREATE TABLE "zgw_notificatie_uitgaand" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"kanaal" text NOT NULL,
	"hoofd_object" text NOT NULL,
	"bericht" jsonb NOT NULL,
	"status" text DEFAULT 'wachtend' NOT NULL,
	"pogingen" integer DEFAULT 0 NOT NULL,
	"volgende_poging_op" timestamp with time zone DEFAULT now() NOT NULL,
	"laatste_fout" text,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL,
	"afgeleverd_op" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "zrc_resultaat" (
	"uuid" uuid PRIMARY KEY NOT NULL,
	"zaak_uuid" uuid NOT NULL,
	"resultaattype_url" text NOT NULL,
	"toelichting" text DEFAULT '' NOT NULL,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL,
	"volgorde" bigint GENERATED ALWAYS AS IDENTITY (sequence name "zrc_resultaat_volgorde_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1)
);
--> statement-breakpoint
CREATE TABLE "zrc_status" (
	"uuid" uuid PRIMARY KEY NOT NULL,
	"zaak_uuid" uuid NOT NULL,
	"statustype_url" text NOT NULL,
	"datum_status_gezet" timestamp with time zone NOT NULL,
	"gegevens" jsonb NOT NULL,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL,
	"volgorde" bigint GENERATED ALWAYS AS IDENTITY (sequence name "zrc_status_volgorde_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1)
);
--> statement-breakpoint
CREATE TABLE "zrc_zaak" (
	"uuid" uuid PRIMARY KEY NOT NULL,
	"zaaktype_url" text NOT NULL,
	"zaaktype_uuid" uuid,
	"identificatie" text NOT NULL,
	"bronorganisatie" text NOT NULL,
	"vertrouwelijkheidaanduiding" text NOT NULL,
	"vertrouwelijkheid" smallint NOT NULL,
	"registratiedatum" date NOT NULL,
	"startdatum" date NOT NULL,
	"einddatum" date,
	"einddatum_gepland" date,
	"uiterlijke_einddatum_afdoening" date,
	"publicatiedatum" date,
	"archiefnominatie" text,
	"archiefactiedatum" date,
	"archiefstatus" text DEFAULT 'nog_te_archiveren' NOT NULL,
	"hoofdzaak_uuid" uuid,
	"status_uuid" uuid,
	"zaakgeometrie" jsonb,
	"geo_min_x" double precision,
	"geo_min_y" double precision,
	"geo_max_x" double precision,
	"geo_max_y" double precision,
	"gegevens" jsonb NOT NULL,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL,
	"volgorde" bigint GENERATED ALWAYS AS IDENTITY (sequence name "zrc_zaak_volgorde_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1)
);
--> statement-breakpoint
CREATE TABLE "zrc_zaak_nummer" (
	"bronorganisatie" text NOT NULL,
	"jaar" smallint NOT NULL,
	"laatste" bigint NOT NULL,
	CONSTRAINT "zrc_zaak_nummer_bronorganisatie_jaar_pk" PRIMARY KEY("bronorganisatie","jaar")
);
--> statement-breakpoint
CREATE TABLE "brc_besluit" (
	"uuid" uuid PRIMARY KEY NOT NULL,
	"identificatie" text NOT NULL,
	"verantwoordelijke_organisatie" text NOT NULL,
	"besluittype_url" text NOT NULL,
	"besluittype_uuid" uuid,
	"zaak_uuid" uuid,
	"zaak_url" text,
	"zaakbesluit_url" text,
	"datum" date NOT NULL,
	"toelichting" text DEFAULT '' NOT NULL,
	"bestuursorgaan" text DEFAULT '' NOT NULL,
	"ingangsdatum" date NOT NULL,
	"vervaldatum" date,
	"vervalreden" text DEFAULT '' NOT NULL,
	"publicatiedatum" date,
	"verzenddatum" date,
	"uiterlijke_reactiedatum" date,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "brc_besluitinformatieobject" (
	"uuid" uuid PRIMARY KEY NOT NULL,
	"besluit_uuid" uuid NOT NULL,
	"informatieobject_url" text NOT NULL,
	"informatieobject_uuid" uuid,
	"oio_url" text,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "brc_identificatie_teller" (
	"verantwoordelijke_organisatie" text NOT NULL,
	"jaar" integer NOT NULL,
	"laatste" integer NOT NULL,
	CONSTRAINT "brc_identificatie_teller_verantwoordelijke_organisatie_jaar_pk" PRIMARY KEY("verantwoordelijke_organisatie","jaar")
);
--> statement-breakpoint
CREATE TABLE "zrc_klantcontact" (
	"uuid" uuid PRIMARY KEY NOT NULL,
	"zaak_uuid" uuid NOT NULL,
	"identificatie" text NOT NULL,
	"datumtijd" timestamp with time zone NOT NULL,
	"gegevens" jsonb NOT NULL,
	"volgorde" bigint GENERATED ALWAYS AS IDENTITY (sequence name "zrc_klantcontact_volgorde_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1)
);
--> statement-breakpoint
CREATE TABLE "zrc_rol" (
	"uuid" uuid PRIMARY KEY NOT NULL,
	"zaak_uuid" uuid NOT NULL,
	"betrokkene_type" text NOT NULL,
	"betrokkene" text DEFAULT '' NOT NULL,
	"roltype_url" text NOT NULL,
	"omschrijving" text NOT NULL,
	"omschrijving_generiek" text NOT NULL,
	"registratiedatum" timestamp with time zone NOT NULL,
	"betrokkene_identificatie" jsonb,
	"gegevens" jsonb NOT NULL,
	"volgorde" bigint GENERATED ALWAYS AS IDENTITY (sequence name "zrc_rol_volgorde_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1)
);
--> statement-breakpoint
CREATE TABLE "zrc_zaakbesluit" (
	"uuid" uuid PRIMARY KEY NOT NULL,
	"zaak_uuid" uuid NOT NULL,
	"besluit_url" text NOT NULL,
	"volgorde" bigint GENERATED ALWAYS AS IDENTITY (sequence name "zrc_zaakbesluit_volgorde_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1)
);
--> statement-breakpoint
CREATE TABLE "zrc_zaakcontactmoment" (
	"uuid" uuid PRIMARY KEY NOT NULL,
	"zaak_uuid" uuid NOT NULL,
	"contactmoment_url" text NOT NULL,
	"extern_relatie_url" text,
	"volgorde" bigint GENERATED ALWAYS AS IDENTITY (sequence name "zrc_zaakcontactmoment_volgorde_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1)
);
--> statement-breakpoint
CREATE TABLE "zrc_zaakeigenschap" (
	"uuid" uuid PRIMARY KEY NOT NULL,
	"zaak_uuid" uuid NOT NULL,
	"eigenschap_url" text NOT NULL,
	"naam" text NOT NULL,
	"waarde" text NOT NULL,
	"volgorde" bigint GENERATED ALWAYS AS IDENTITY (sequence name "zrc_zaakeigenschap_volgorde_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1)
);
--> statement-breakpoint
CREATE TABLE "zrc_zaakinformatieobject" (
	"uuid" uuid PRIMARY KEY NOT NULL,
	"zaak_uuid" uuid NOT NULL,
	"informatieobject_url" text NOT NULL,
	"informatieobject_uuid" uuid,
	"aard_relatie" text DEFAULT 'hoort_bij' NOT NULL,
	"titel" text DEFAULT '' NOT NULL,
	"beschrijving" text DEFAULT '' NOT NULL,
	"registratiedatum" timestamp with time zone NOT NULL,
	"vernietigingsdatum" timestamp with time zone,
	"status_url" text,
	"extern_oio_url" text,
	"volgorde" bigint GENERATED ALWAYS AS IDENTITY (sequence name "zrc_zaakinformatieobject_volgorde_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1)
);
--> statement-breakpoint
CREATE TABLE "zrc_zaakobject" (
	"uuid" uuid PRIMARY KEY NOT NULL,
	"zaak_uuid" uuid NOT NULL,
	"object_url" text DEFAULT '' NOT NULL,
	"object_type" text NOT NULL,
	"zaakobjecttype_url" text,
	"gegevens" jsonb NOT NULL,
	"volgorde" bigint GENERATED ALWAYS AS IDENTITY (sequence name "zrc_zaakobject_volgorde_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1)
);
--> statement-breakpoint
CREATE TABLE "zrc_zaakverzoek" (
	"uuid" uuid PRIMARY KEY NOT NULL,
	"zaak_uuid" uuid NOT NULL,
	"verzoek_url" text NOT NULL,
	"extern_relatie_url" text,
	"volgorde" bigint GENERATED ALWAYS AS IDENTITY (sequence name "zrc_zaakverzoek_volgorde_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1)
);
--> statement-breakpoint
CREATE TABLE "drc_bestandsdeel" (
	"uuid" uuid PRIMARY KEY NOT NULL,
	"informatieobject_uuid" uuid NOT NULL,
	"volgnummer" integer NOT NULL,
	"omvang" bigint NOT NULL,
	"blob" text
);
--> statement-breakpoint
CREATE TABLE "drc_gebruiksrecht" (
	"uuid" uuid PRIMARY KEY NOT NULL,
	"informatieobject_uuid" uuid NOT NULL,
	"startdatum" timestamp with time zone NOT NULL,
	"einddatum" timestamp with time zone,
	"omschrijving_voorwaarden" text NOT NULL,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "drc_informatieobject" (
	"uuid" uuid PRIMARY KEY NOT NULL,
	"volgorde" bigserial NOT NULL,
	"identificatie" text NOT NULL,
	"bronorganisatie" text NOT NULL,
	"informatieobjecttype" text NOT NULL,
	"vertrouwelijkheidaanduiding" text NOT NULL,
	"status" text DEFAULT '' NOT NULL,
	"trefwoorden" text[] DEFAULT '{}'::text[] NOT NULL,
	"indicatie_gebruiksrecht" boolean,
	"versie" integer NOT NULL,
	"lock" text DEFAULT '' NOT NULL,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "drc_informatieobject_versie" (
	"informatieobject_uuid" uuid NOT NULL,
	"versie" integer NOT NULL,
	"begin_registratie" timestamp with time zone NOT NULL,
	"gegevens" jsonb NOT NULL,
	"blob" text,
	"bestandsomvang" bigint,
	CONSTRAINT "drc_informatieobject_versie_informatieobject_uuid_versie_pk" PRIMARY KEY("informatieobject_uuid","versie")
);
--> statement-breakpoint
CREATE TABLE "drc_objectinformatieobject" (
	"uuid" uuid PRIMARY KEY NOT NULL,
	"informatieobject_uuid" uuid NOT NULL,
	"object" text NOT NULL,
	"object_type" text NOT NULL,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "drc_verzending" (
	"uuid" uuid PRIMARY KEY NOT NULL,
	"informatieobject_uuid" uuid NOT NULL,
	"betrokkene" text NOT NULL,
	"aard_relatie" text NOT NULL,
	"gegevens" jsonb NOT NULL,
	"volgorde" bigserial NOT NULL
);
--> statement-breakpoint
CREATE TABLE "taak" (
	"id" uuid PRIMARY KEY NOT NULL,
	"taaktype" text NOT NULL,
	"zaak_uuid" uuid NOT NULL,
	"zaak_url" text NOT NULL,
	"zaak_identificatie" text NOT NULL,
	"zaaktype" text NOT NULL,
	"status" text NOT NULL,
	"groep" text,
	"behandelaar_id" text,
	"behandelaar_naam" text,
	"streefdatum" date,
	"fataledatum" date,
	"toelichting" text DEFAULT '' NOT NULL,
	"gegevens" jsonb NOT NULL,
	"afronding" jsonb,
	"aangemaakt_door" text NOT NULL,
	"aangemaakt" timestamp with time zone DEFAULT now() NOT NULL,
	"afgerond" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "taak_historie" (
	"id" uuid PRIMARY KEY NOT NULL,
	"taak_id" uuid NOT NULL,
	"tijdstip" timestamp with time zone DEFAULT now() NOT NULL,
	"gebruiker_id" text NOT NULL,
	"gebruiker" text NOT NULL,
	"actie" text NOT NULL,
	"toelichting" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notitie" (
	"id" uuid PRIMARY KEY NOT NULL,
	"zaak_uuid" uuid NOT NULL,
	"tekst" text NOT NULL,
	"auteur_id" text NOT NULL,
	"auteur" text NOT NULL,
	"aangemaakt" timestamp with time zone DEFAULT now() NOT NULL,
	"gewijzigd" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "document_vergrendeling" (
	"document_uuid" uuid PRIMARY KEY NOT NULL,
	"document_url" text NOT NULL,
	"slot" text NOT NULL,
	"gebruiker_id" text NOT NULL,
	"gebruiker" text NOT NULL,
	"upload" boolean DEFAULT false NOT NULL,
	"sinds" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "werklijst_document" (
	"id" uuid PRIMARY KEY NOT NULL,
	"soort" text NOT NULL,
	"document_url" text NOT NULL,
	"document_uuid" uuid NOT NULL,
	"identificatie" text NOT NULL,
	"titel" text NOT NULL,
	"informatieobjecttype" text,
	"zaak_identificatie" text,
	"zaaktype" text,
	"door_id" text,
	"door" text,
	"reden" text,
	"datum" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "werklijst_instelling" (
	"gebruiker_id" text NOT NULL,
	"lijst" text NOT NULL,
	"paginagrootte" integer NOT NULL,
	"kolommen" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"gewijzigd" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "werklijst_instelling_gebruiker_id_lijst_pk" PRIMARY KEY("gebruiker_id","lijst")
);
--> statement-breakpoint
CREATE TABLE "zoekopdracht" (
	"id" uuid PRIMARY KEY NOT NULL,
	"gebruiker_id" text NOT NULL,
	"lijst" text NOT NULL,
	"naam" text NOT NULL,
	"query" text NOT NULL,
	"aangemaakt" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "zrc_resultaat" ADD CONSTRAINT "zrc_resultaat_zaak_uuid_zrc_zaak_uuid_fk" FOREIGN KEY ("zaak_uuid") REFERENCES "public"."zrc_zaak"("uuid") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zrc_status" ADD CONSTRAINT "zrc_status_zaak_uuid_zrc_zaak_uuid_fk" FOREIGN KEY ("zaak_uuid") REFERENCES "public"."zrc_zaak"("uuid") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zrc_zaak" ADD CONSTRAINT "zrc_zaak_hoofdzaak_uuid_zrc_zaak_uuid_fk" FOREIGN KEY ("hoofdzaak_uuid") REFERENCES "public"."zrc_zaak"("uuid") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brc_besluitinformatieobject" ADD CONSTRAINT "brc_besluitinformatieobject_besluit_uuid_brc_besluit_uuid_fk" FOREIGN KEY ("besluit_uuid") REFERENCES "public"."brc_besluit"("uuid") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zrc_klantcontact" ADD CONSTRAINT "zrc_klantcontact_zaak_uuid_zrc_zaak_uuid_fk" FOREIGN KEY ("zaak_uuid") REFERENCES "public"."zrc_zaak"("uuid") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zrc_rol" ADD CONSTRAINT "zrc_rol_zaak_uuid_zrc_zaak_uuid_fk" FOREIGN KEY ("zaak_uuid") REFERENCES "public"."zrc_zaak"("uuid") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zrc_zaakbesluit" ADD CONSTRAINT "zrc_zaakbesluit_zaak_uuid_zrc_zaak_uuid_fk" FOREIGN KEY ("zaak_uuid") REFERENCES "public"."zrc_zaak"("uuid") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zrc_zaakcontactmoment" ADD CONSTRAINT "zrc_zaakcontactmoment_zaak_uuid_zrc_zaak_uuid_fk" FOREIGN KEY ("zaak_uuid") REFERENCES "public"."zrc_zaak"("uuid") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zrc_zaakeigenschap" ADD CONSTRAINT "zrc_zaakeigenschap_zaak_uuid_zrc_zaak_uuid_fk" FOREIGN KEY ("zaak_uuid") REFERENCES "public"."zrc_zaak"("uuid") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zrc_zaakinformatieobject" ADD CONSTRAINT "zrc_zaakinformatieobject_zaak_uuid_zrc_zaak_uuid_fk" FOREIGN KEY ("zaak_uuid") REFERENCES "public"."zrc_zaak"("uuid") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zrc_zaakobject" ADD CONSTRAINT "zrc_zaakobject_zaak_uuid_zrc_zaak_uuid_fk" FOREIGN KEY ("zaak_uuid") REFERENCES "public"."zrc_zaak"("uuid") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zrc_zaakverzoek" ADD CONSTRAINT "zrc_zaakverzoek_zaak_uuid_zrc_zaak_uuid_fk" FOREIGN KEY ("zaak_uuid") REFERENCES "public"."zrc_zaak"("uuid") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drc_bestandsdeel" ADD CONSTRAINT "drc_bestandsdeel_informatieobject_uuid_drc_informatieobject_uuid_fk" FOREIGN KEY ("informatieobject_uuid") REFERENCES "public"."drc_informatieobject"("uuid") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drc_gebruiksrecht" ADD CONSTRAINT "drc_gebruiksrecht_informatieobject_uuid_drc_informatieobject_uuid_fk" FOREIGN KEY ("informatieobject_uuid") REFERENCES "public"."drc_informatieobject"("uuid") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drc_informatieobject_versie" ADD CONSTRAINT "drc_informatieobject_versie_informatieobject_uuid_drc_informatieobject_uuid_fk" FOREIGN KEY ("informatieobject_uuid") REFERENCES "public"."drc_informatieobject"("uuid") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drc_objectinformatieobject" ADD CONSTRAINT "drc_objectinformatieobject_informatieobject_uuid_drc_informatieobject_uuid_fk" FOREIGN KEY ("informatieobject_uuid") REFERENCES "public"."drc_informatieobject"("uuid") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drc_verzending" ADD CONSTRAINT "drc_verzending_informatieobject_uuid_drc_informatieobject_uuid_fk" FOREIGN KEY ("informatieobject_uuid") REFERENCES "public"."drc_informatieobject"("uuid") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "taak_historie" ADD CONSTRAINT "taak_historie_taak_id_taak_id_fk" FOREIGN KEY ("taak_id") REFERENCES "public"."taak"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "zgw_audittrail_hoofd_idx" ON "zgw_audittrail" USING btree ("hoofd_object_uuid","volgorde");--> statement-breakpoint
CREATE INDEX "zgw_notificatie_uitgaand_wachtend_idx" ON "zgw_notificatie_uitgaand" USING btree ("status","volgende_poging_op","id");--> statement-breakpoint
CREATE INDEX "zgw_notificatie_uitgaand_hoofd_idx" ON "zgw_notificatie_uitgaand" USING btree ("hoofd_object","id");--> statement-breakpoint
CREATE UNIQUE INDEX "zrc_resultaat_zaak_uq" ON "zrc_resultaat" USING btree ("zaak_uuid");--> statement-breakpoint
CREATE INDEX "zrc_resultaat_resultaattype_idx" ON "zrc_resultaat" USING btree ("resultaattype_url");--> statement-breakpoint
CREATE INDEX "zrc_resultaat_volgorde_idx" ON "zrc_resultaat" USING btree ("volgorde");--> statement-breakpoint
CREATE INDEX "zrc_status_zaak_idx" ON "zrc_status" USING btree ("zaak_uuid","datum_status_gezet");--> statement-breakpoint
CREATE INDEX "zrc_status_statustype_idx" ON "zrc_status" USING btree ("statustype_url");--> statement-breakpoint
CREATE INDEX "zrc_status_volgorde_idx" ON "zrc_status" USING btree ("volgorde");--> statement-breakpoint
CREATE UNIQUE INDEX "zrc_zaak_bron_identificatie_uq" ON "zrc_zaak" USING btree ("bronorganisatie","identificatie");--> statement-breakpoint
CREATE INDEX "zrc_zaak_identificatie_idx" ON "zrc_zaak" USING btree ("identificatie","volgorde");--> statement-breakpoint
CREATE INDEX "zrc_zaak_zaaktype_idx" ON "zrc_zaak" USING btree ("zaaktype_url","vertrouwelijkheidaanduiding","volgorde");--> statement-breakpoint
CREATE INDEX "zrc_zaak_volgorde_idx" ON "zrc_zaak" USING btree ("volgorde");--> statement-breakpoint
CREATE INDEX "zrc_zaak_startdatum_idx" ON "zrc_zaak" USING btree ("startdatum","volgorde");--> statement-breakpoint
CREATE INDEX "zrc_zaak_einddatum_idx" ON "zrc_zaak" USING btree ("einddatum","volgorde");--> statement-breakpoint
CREATE INDEX "zrc_zaak_registratiedatum_idx" ON "zrc_zaak" USING btree ("registratiedatum","volgorde");--> statement-breakpoint
CREATE INDEX "zrc_zaak_publicatiedatum_idx" ON "zrc_zaak" USING btree ("publicatiedatum","volgorde");--> statement-breakpoint
CREATE INDEX "zrc_zaak_archiefactiedatum_idx" ON "zrc_zaak" USING btree ("archiefactiedatum","volgorde");--> statement-breakpoint
CREATE INDEX "zrc_zaak_einddatum_gepland_idx" ON "zrc_zaak" USING btree ("einddatum_gepland");--> statement-breakpoint
CREATE INDEX "zrc_zaak_uiterlijke_einddatum_idx" ON "zrc_zaak" USING btree ("uiterlijke_einddatum_afdoening");--> statement-breakpoint
CREATE INDEX "zrc_zaak_archief_idx" ON "zrc_zaak" USING btree ("archiefnominatie","archiefstatus");--> statement-breakpoint
CREATE INDEX "zrc_zaak_archiefstatus_idx" ON "zrc_zaak" USING btree ("archiefstatus");--> statement-breakpoint
CREATE INDEX "zrc_zaak_vertrouwelijkheid_idx" ON "zrc_zaak" USING btree ("vertrouwelijkheid");--> statement-breakpoint
CREATE INDEX "zrc_zaak_hoofdzaak_idx" ON "zrc_zaak" USING btree ("hoofdzaak_uuid");--> statement-breakpoint
CREATE INDEX "zrc_zaak_geo_idx" ON "zrc_zaak" USING btree ("geo_min_x","geo_max_x","geo_min_y","geo_max_y") WHERE "zrc_zaak"."geo_min_x" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "brc_besluit_identificatie_uniek" ON "brc_besluit" USING btree ("verantwoordelijke_organisatie","identificatie");--> statement-breakpoint
CREATE INDEX "brc_besluit_identificatie_idx" ON "brc_besluit" USING btree ("identificatie");--> statement-breakpoint
CREATE INDEX "brc_besluit_besluittype_idx" ON "brc_besluit" USING btree ("besluittype_url","uuid");--> statement-breakpoint
CREATE INDEX "brc_besluit_zaak_uuid_idx" ON "brc_besluit" USING btree ("zaak_uuid");--> statement-breakpoint
CREATE INDEX "brc_besluit_zaak_url_idx" ON "brc_besluit" USING btree ("zaak_url");--> statement-breakpoint
CREATE UNIQUE INDEX "brc_bio_uniek" ON "brc_besluitinformatieobject" USING btree ("besluit_uuid","informatieobject_url");--> statement-breakpoint
CREATE INDEX "brc_bio_informatieobject_uuid_idx" ON "brc_besluitinformatieobject" USING btree ("informatieobject_uuid");--> statement-breakpoint
CREATE INDEX "brc_bio_informatieobject_url_idx" ON "brc_besluitinformatieobject" USING btree ("informatieobject_url");--> statement-breakpoint
CREATE INDEX "zrc_klantcontact_zaak_idx" ON "zrc_klantcontact" USING btree ("zaak_uuid","volgorde");--> statement-breakpoint
CREATE INDEX "zrc_klantcontact_volgorde_idx" ON "zrc_klantcontact" USING btree ("volgorde");--> statement-breakpoint
CREATE INDEX "zrc_rol_zaak_idx" ON "zrc_rol" USING btree ("zaak_uuid","volgorde");--> statement-breakpoint
CREATE INDEX "zrc_rol_volgorde_idx" ON "zrc_rol" USING btree ("volgorde");--> statement-breakpoint
CREATE INDEX "zrc_rol_betrokkene_idx" ON "zrc_rol" USING btree ("betrokkene");--> statement-breakpoint
CREATE INDEX "zrc_rol_roltype_idx" ON "zrc_rol" USING btree ("roltype_url");--> statement-breakpoint
CREATE INDEX "zrc_rol_omschrijving_idx" ON "zrc_rol" USING btree ("omschrijving");--> statement-breakpoint
CREATE INDEX "zrc_rol_generiek_idx" ON "zrc_rol" USING btree ("omschrijving_generiek","zaak_uuid");--> statement-breakpoint
CREATE INDEX "zrc_rol_type_idx" ON "zrc_rol" USING btree ("betrokkene_type","zaak_uuid");--> statement-breakpoint
CREATE INDEX "zrc_rol_np_bsn_idx" ON "zrc_rol" USING btree (("betrokkene_identificatie"->>'inpBsn')) WHERE "zrc_rol"."betrokkene_type" = 'natuurlijk_persoon';--> statement-breakpoint
CREATE INDEX "zrc_rol_np_anp_idx" ON "zrc_rol" USING btree (("betrokkene_identificatie"->>'anpIdentificatie')) WHERE "zrc_rol"."betrokkene_type" = 'natuurlijk_persoon';--> statement-breakpoint
CREATE INDEX "zrc_rol_np_anummer_idx" ON "zrc_rol" USING btree (("betrokkene_identificatie"->>'inpA_nummer')) WHERE "zrc_rol"."betrokkene_type" = 'natuurlijk_persoon';--> statement-breakpoint
CREATE INDEX "zrc_rol_nnp_id_idx" ON "zrc_rol" USING btree (("betrokkene_identificatie"->>'innNnpId')) WHERE "zrc_rol"."betrokkene_type" = 'niet_natuurlijk_persoon';--> statement-breakpoint
CREATE INDEX "zrc_rol_nnp_ann_idx" ON "zrc_rol" USING btree (("betrokkene_identificatie"->>'annIdentificatie')) WHERE "zrc_rol"."betrokkene_type" = 'niet_natuurlijk_persoon';--> statement-breakpoint
CREATE INDEX "zrc_rol_vestiging_idx" ON "zrc_rol" USING btree (("betrokkene_identificatie"->>'vestigingsNummer')) WHERE "zrc_rol"."betrokkene_type" = 'vestiging';--> statement-breakpoint
CREATE INDEX "zrc_rol_oe_idx" ON "zrc_rol" USING btree (("betrokkene_identificatie"->>'identificatie')) WHERE "zrc_rol"."betrokkene_type" = 'organisatorische_eenheid';--> statement-breakpoint
CREATE INDEX "zrc_rol_medewerker_idx" ON "zrc_rol" USING btree (("betrokkene_identificatie"->>'identificatie')) WHERE "zrc_rol"."betrokkene_type" = 'medewerker';--> statement-breakpoint
CREATE UNIQUE INDEX "zrc_zaakbesluit_zaak_besluit_uq" ON "zrc_zaakbesluit" USING btree ("zaak_uuid","besluit_url");--> statement-breakpoint
CREATE INDEX "zrc_zcm_zaak_idx" ON "zrc_zaakcontactmoment" USING btree ("zaak_uuid","volgorde");--> statement-breakpoint
CREATE INDEX "zrc_zcm_cm_idx" ON "zrc_zaakcontactmoment" USING btree ("contactmoment_url");--> statement-breakpoint
CREATE INDEX "zrc_zaakeigenschap_zaak_idx" ON "zrc_zaakeigenschap" USING btree ("zaak_uuid","volgorde");--> statement-breakpoint
CREATE UNIQUE INDEX "zrc_zio_zaak_io_uq" ON "zrc_zaakinformatieobject" USING btree ("zaak_uuid","informatieobject_url");--> statement-breakpoint
CREATE INDEX "zrc_zio_zaak_idx" ON "zrc_zaakinformatieobject" USING btree ("zaak_uuid","volgorde");--> statement-breakpoint
CREATE INDEX "zrc_zio_io_idx" ON "zrc_zaakinformatieobject" USING btree ("informatieobject_url");--> statement-breakpoint
CREATE INDEX "zrc_zio_io_uuid_idx" ON "zrc_zaakinformatieobject" USING btree ("informatieobject_uuid") WHERE "zrc_zaakinformatieobject"."informatieobject_uuid" is not null;--> statement-breakpoint
CREATE INDEX "zrc_zio_status_idx" ON "zrc_zaakinformatieobject" USING btree ("status_url") WHERE "zrc_zaakinformatieobject"."status_url" is not null;--> statement-breakpoint
CREATE INDEX "zrc_zaakobject_zaak_idx" ON "zrc_zaakobject" USING btree ("zaak_uuid","volgorde");--> statement-breakpoint
CREATE INDEX "zrc_zaakobject_volgorde_idx" ON "zrc_zaakobject" USING btree ("volgorde");--> statement-breakpoint
CREATE INDEX "zrc_zaakobject_object_idx" ON "zrc_zaakobject" USING btree ("object_url");--> statement-breakpoint
CREATE INDEX "zrc_zaakobject_type_idx" ON "zrc_zaakobject" USING btree ("object_type","volgorde");--> statement-breakpoint
CREATE INDEX "zrc_zv_zaak_idx" ON "zrc_zaakverzoek" USING btree ("zaak_uuid","volgorde");--> statement-breakpoint
CREATE INDEX "zrc_zv_verzoek_idx" ON "zrc_zaakverzoek" USING btree ("verzoek_url");--> statement-breakpoint
CREATE UNIQUE INDEX "drc_bestandsdeel_io_idx" ON "drc_bestandsdeel" USING btree ("informatieobject_uuid","volgnummer");--> statement-breakpoint
CREATE INDEX "drc_bestandsdeel_blob_idx" ON "drc_bestandsdeel" USING btree ("blob");--> statement-breakpoint
CREATE INDEX "drc_gebruiksrecht_io_idx" ON "drc_gebruiksrecht" USING btree ("informatieobject_uuid","aangemaakt_op");--> statement-breakpoint
CREATE INDEX "drc_informatieobject_volgorde_idx" ON "drc_informatieobject" USING btree ("volgorde");--> statement-breakpoint
CREATE INDEX "drc_informatieobject_identificatie_idx" ON "drc_informatieobject" USING btree ("identificatie");--> statement-breakpoint
CREATE INDEX "drc_informatieobject_bronorganisatie_idx" ON "drc_informatieobject" USING btree ("bronorganisatie","identificatie");--> statement-breakpoint
CREATE INDEX "drc_informatieobject_type_idx" ON "drc_informatieobject" USING btree ("informatieobjecttype","vertrouwelijkheidaanduiding","volgorde");--> statement-breakpoint
CREATE INDEX "drc_informatieobject_trefwoorden_idx" ON "drc_informatieobject" USING gin ("trefwoorden");--> statement-breakpoint
CREATE INDEX "drc_informatieobject_versie_registratie_idx" ON "drc_informatieobject_versie" USING btree ("informatieobject_uuid","begin_registratie");--> statement-breakpoint
CREATE INDEX "drc_informatieobject_versie_blob_idx" ON "drc_informatieobject_versie" USING btree ("blob");--> statement-breakpoint
CREATE UNIQUE INDEX "drc_objectinformatieobject_uniek_idx" ON "drc_objectinformatieobject" USING btree ("informatieobject_uuid","object");--> statement-breakpoint
CREATE INDEX "drc_objectinformatieobject_object_idx" ON "drc_objectinformatieobject" USING btree ("object");--> statement-breakpoint
CREATE INDEX "drc_verzending_io_idx" ON "drc_verzending" USING btree ("informatieobject_uuid","volgorde");--> statement-breakpoint
CREATE INDEX "drc_verzending_betrokkene_idx" ON "drc_verzending" USING btree ("betrokkene");--> statement-breakpoint
CREATE INDEX "drc_verzending_volgorde_idx" ON "drc_verzending" USING btree ("volgorde");--> statement-breakpoint
CREATE INDEX "taak_zaak_idx" ON "taak" USING btree ("zaak_uuid");--> statement-breakpoint
CREATE INDEX "taak_zaaktype_aangemaakt_idx" ON "taak" USING btree ("zaaktype","aangemaakt");--> statement-breakpoint
CREATE INDEX "taak_behandelaar_idx" ON "taak" USING btree ("behandelaar_id","aangemaakt") WHERE "taak"."status" <> 'afgerond';--> statement-breakpoint
CREATE INDEX "taak_open_idx" ON "taak" USING btree ("aangemaakt") WHERE "taak"."status" <> 'afgerond';--> statement-breakpoint
CREATE INDEX "taak_historie_taak_idx" ON "taak_historie" USING btree ("taak_id","tijdstip");--> statement-breakpoint
CREATE INDEX "notitie_zaak_idx" ON "notitie" USING btree ("zaak_uuid","aangemaakt");--> statement-breakpoint
CREATE INDEX "werklijst_document_soort_datum_idx" ON "werklijst_document" USING btree ("soort","datum");--> statement-breakpoint
CREATE INDEX "werklijst_document_document_idx" ON "werklijst_document" USING btree ("document_uuid");--> statement-breakpoint
CREATE INDEX "zoekopdracht_gebruiker_lijst_idx" ON "zoekopdracht" USING btree ("gebruiker_id","lijst");