CREATE TABLE "dashboard_indeling" (
	"gebruiker_id" text PRIMARY KEY NOT NULL,
	"kaarten" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"gewijzigd" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "signalering" (
	"id" uuid PRIMARY KEY NOT NULL,
	"type" text NOT NULL,
	"gebruiker_id" text NOT NULL,
	"sleutel" text NOT NULL,
	"object_type" text NOT NULL,
	"object_id" text NOT NULL,
	"onderwerp" text NOT NULL,
	"tekst" text NOT NULL,
	"link" text NOT NULL,
	"dashboard" boolean DEFAULT true NOT NULL,
	"aangemaakt" timestamp with time zone DEFAULT now() NOT NULL,
	"gezien" timestamp with time zone,
	"gemaild" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "signalering_instelling" (
	"gebruiker_id" text NOT NULL,
	"type" text NOT NULL,
	"dashboard" boolean NOT NULL,
	"mail" boolean NOT NULL,
	"gewijzigd" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "signalering_instelling_gebruiker_id_type_pk" PRIMARY KEY("gebruiker_id","type")
);
--> statement-breakpoint
CREATE TABLE "signalering_ontvanger" (
	"gebruiker_id" text PRIMARY KEY NOT NULL,
	"naam" text NOT NULL,
	"email" text,
	"bijgewerkt" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "signalering_uniek_idx" ON "signalering" USING btree ("type","sleutel","gebruiker_id");--> statement-breakpoint
CREATE INDEX "signalering_gebruiker_idx" ON "signalering" USING btree ("gebruiker_id","aangemaakt");--> statement-breakpoint
CREATE INDEX "signalering_ongezien_idx" ON "signalering" USING btree ("gebruiker_id") WHERE "signalering"."gezien" is null;--> statement-breakpoint
CREATE INDEX "signalering_aangemaakt_idx" ON "signalering" USING btree ("aangemaakt");