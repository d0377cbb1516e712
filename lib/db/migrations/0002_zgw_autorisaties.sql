CREATE TABLE "zgw_applicatie" (
	"uuid" uuid PRIMARY KEY NOT NULL,
	"label" text NOT NULL,
	"heeft_alle_autorisaties" boolean DEFAULT false NOT NULL,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL,
	"gewijzigd_op" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "zgw_applicatie_client_id" (
	"client_id" text PRIMARY KEY NOT NULL,
	"applicatie_uuid" uuid NOT NULL,
	"volgorde" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "zgw_autorisatie" (
	"id" uuid PRIMARY KEY NOT NULL,
	"applicatie_uuid" uuid NOT NULL,
	"volgorde" integer NOT NULL,
	"component" text NOT NULL,
	"scopes" text[] NOT NULL,
	"zaaktype" text,
	"informatieobjecttype" text,
	"besluittype" text,
	"max_vertrouwelijkheidaanduiding" text,
	CONSTRAINT "zgw_autorisatie_component" CHECK ("zgw_autorisatie"."component" in ('ac', 'nrc', 'zrc', 'ztc', 'drc', 'brc'))
);
--> statement-breakpoint
CREATE TABLE "zgw_client_secret" (
	"client_id" text PRIMARY KEY NOT NULL,
	"versleuteld" text NOT NULL,
	"gewijzigd_op" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "zgw_applicatie_client_id" ADD CONSTRAINT "zgw_applicatie_client_id_applicatie_uuid_zgw_applicatie_uuid_fk" FOREIGN KEY ("applicatie_uuid") REFERENCES "public"."zgw_applicatie"("uuid") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zgw_autorisatie" ADD CONSTRAINT "zgw_autorisatie_applicatie_uuid_zgw_applicatie_uuid_fk" FOREIGN KEY ("applicatie_uuid") REFERENCES "public"."zgw_applicatie"("uuid") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "zgw_applicatie_client_id_applicatie_idx" ON "zgw_applicatie_client_id" USING btree ("applicatie_uuid");--> statement-breakpoint
CREATE INDEX "zgw_autorisatie_applicatie_idx" ON "zgw_autorisatie" USING btree ("applicatie_uuid");