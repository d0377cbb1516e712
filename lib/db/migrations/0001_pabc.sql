CREATE TABLE "pabc_applicatie" (
	"id" uuid PRIMARY KEY NOT NULL,
	"naam" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pabc_applicatie_rol" (
	"id" uuid PRIMARY KEY NOT NULL,
	"applicatie_id" uuid NOT NULL,
	"naam" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pabc_domein" (
	"id" uuid PRIMARY KEY NOT NULL,
	"naam" text NOT NULL,
	"omschrijving" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pabc_domein_entiteit_type" (
	"domein_id" uuid NOT NULL,
	"entiteit_type_id" uuid NOT NULL,
	CONSTRAINT "pabc_domein_entiteit_type_domein_id_entiteit_type_id_pk" PRIMARY KEY("domein_id","entiteit_type_id")
);
--> statement-breakpoint
CREATE TABLE "pabc_entiteit_type" (
	"id" uuid PRIMARY KEY NOT NULL,
	"entiteit_type_id" text NOT NULL,
	"type" text NOT NULL,
	"naam" text NOT NULL,
	"omschrijving" text,
	"uri" text
);
--> statement-breakpoint
CREATE TABLE "pabc_functionele_rol" (
	"id" uuid PRIMARY KEY NOT NULL,
	"naam" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pabc_mapping" (
	"id" uuid PRIMARY KEY NOT NULL,
	"functionele_rol_id" uuid NOT NULL,
	"applicatie_rol_id" uuid NOT NULL,
	"domein_id" uuid,
	"alle_entiteit_typen" boolean DEFAULT false NOT NULL,
	CONSTRAINT "pabc_mapping_alle_zonder_domein" CHECK (not ("pabc_mapping"."alle_entiteit_typen" and "pabc_mapping"."domein_id" is not null))
);
--> statement-breakpoint
ALTER TABLE "pabc_applicatie_rol" ADD CONSTRAINT "pabc_applicatie_rol_applicatie_id_pabc_applicatie_id_fk" FOREIGN KEY ("applicatie_id") REFERENCES "public"."pabc_applicatie"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pabc_domein_entiteit_type" ADD CONSTRAINT "pabc_domein_entiteit_type_domein_id_pabc_domein_id_fk" FOREIGN KEY ("domein_id") REFERENCES "public"."pabc_domein"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pabc_domein_entiteit_type" ADD CONSTRAINT "pabc_domein_entiteit_type_entiteit_type_id_pabc_entiteit_type_id_fk" FOREIGN KEY ("entiteit_type_id") REFERENCES "public"."pabc_entiteit_type"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pabc_mapping" ADD CONSTRAINT "pabc_mapping_functionele_rol_id_pabc_functionele_rol_id_fk" FOREIGN KEY ("functionele_rol_id") REFERENCES "public"."pabc_functionele_rol"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pabc_mapping" ADD CONSTRAINT "pabc_mapping_applicatie_rol_id_pabc_applicatie_rol_id_fk" FOREIGN KEY ("applicatie_rol_id") REFERENCES "public"."pabc_applicatie_rol"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pabc_mapping" ADD CONSTRAINT "pabc_mapping_domein_id_pabc_domein_id_fk" FOREIGN KEY ("domein_id") REFERENCES "public"."pabc_domein"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "pabc_applicatie_naam_uq" ON "pabc_applicatie" USING btree (lower("naam"));--> statement-breakpoint
CREATE UNIQUE INDEX "pabc_applicatie_rol_naam_uq" ON "pabc_applicatie_rol" USING btree ("applicatie_id",lower("naam"));--> statement-breakpoint
CREATE UNIQUE INDEX "pabc_entiteit_type_uq" ON "pabc_entiteit_type" USING btree (lower("type"),lower("entiteit_type_id"));--> statement-breakpoint
CREATE UNIQUE INDEX "pabc_functionele_rol_naam_uq" ON "pabc_functionele_rol" USING btree (lower("naam"));--> statement-breakpoint
CREATE INDEX "pabc_mapping_functionele_rol_idx" ON "pabc_mapping" USING btree ("functionele_rol_id");