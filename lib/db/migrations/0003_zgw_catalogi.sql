CREATE TABLE "ztc_catalogus" (
	"uuid" uuid PRIMARY KEY NOT NULL,
	"domein" text NOT NULL,
	"rsin" text NOT NULL,
	"gegevens" jsonb NOT NULL,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ztc_onderdeel" (
	"uuid" uuid PRIMARY KEY NOT NULL,
	"soort" text NOT NULL,
	"zaaktype_uuid" uuid NOT NULL,
	"gegevens" jsonb NOT NULL,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ztc_onderdeel_soort" CHECK ("ztc_onderdeel"."soort" in ('statustype', 'roltype', 'resultaattype', 'eigenschap', 'zaakobjecttype', 'zaaktype-informatieobjecttype'))
);
--> statement-breakpoint
CREATE TABLE "ztc_type" (
	"uuid" uuid PRIMARY KEY NOT NULL,
	"soort" text NOT NULL,
	"catalogus_uuid" uuid NOT NULL,
	"sleutel" text NOT NULL,
	"omschrijving" text NOT NULL,
	"concept" boolean DEFAULT true NOT NULL,
	"begin_geldigheid" date NOT NULL,
	"einde_geldigheid" date,
	"gegevens" jsonb NOT NULL,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ztc_type_soort" CHECK ("ztc_type"."soort" in ('zaaktype', 'informatieobjecttype', 'besluittype'))
);
--> statement-breakpoint
ALTER TABLE "ztc_onderdeel" ADD CONSTRAINT "ztc_onderdeel_zaaktype_uuid_ztc_type_uuid_fk" FOREIGN KEY ("zaaktype_uuid") REFERENCES "public"."ztc_type"("uuid") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ztc_type" ADD CONSTRAINT "ztc_type_catalogus_uuid_ztc_catalogus_uuid_fk" FOREIGN KEY ("catalogus_uuid") REFERENCES "public"."ztc_catalogus"("uuid") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ztc_catalogus_domein_idx" ON "ztc_catalogus" USING btree ("domein");--> statement-breakpoint
CREATE INDEX "ztc_onderdeel_zaaktype_idx" ON "ztc_onderdeel" USING btree ("zaaktype_uuid","soort");--> statement-breakpoint
CREATE INDEX "ztc_type_catalogus_idx" ON "ztc_type" USING btree ("catalogus_uuid","soort","sleutel");