CREATE TABLE "verdeel_item" (
	"opdracht_id" uuid NOT NULL,
	"volgnummer" integer NOT NULL,
	"sleutel" text NOT NULL,
	"label" text,
	"status" text DEFAULT 'wachtend' NOT NULL,
	"reden" text,
	"pogingen" integer DEFAULT 0 NOT NULL,
	"geclaimd_tot" timestamp with time zone,
	"bijgewerkt" timestamp with time zone,
	CONSTRAINT "verdeel_item_opdracht_id_sleutel_pk" PRIMARY KEY("opdracht_id","sleutel")
);
--> statement-breakpoint
CREATE TABLE "verdeel_opdracht" (
	"id" uuid PRIMARY KEY NOT NULL,
	"soort" text NOT NULL,
	"actie" text NOT NULL,
	"groep" text,
	"behandelaar_id" text,
	"reden" text NOT NULL,
	"status" text DEFAULT 'wachtend' NOT NULL,
	"gebruiker_id" text NOT NULL,
	"gebruiker" jsonb NOT NULL,
	"totaal" integer NOT NULL,
	"aangemaakt" timestamp with time zone DEFAULT now() NOT NULL,
	"klaar" timestamp with time zone,
	"verborgen" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "verdeel_item" ADD CONSTRAINT "verdeel_item_opdracht_id_verdeel_opdracht_id_fk" FOREIGN KEY ("opdracht_id") REFERENCES "public"."verdeel_opdracht"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "verdeel_item_wachtend_idx" ON "verdeel_item" USING btree ("opdracht_id","volgnummer") WHERE "verdeel_item"."status" = 'wachtend';--> statement-breakpoint
CREATE INDEX "verdeel_opdracht_gebruiker_idx" ON "verdeel_opdracht" USING btree ("gebruiker_id","aangemaakt");--> statement-breakpoint
CREATE INDEX "verdeel_opdracht_open_idx" ON "verdeel_opdracht" USING btree ("aangemaakt") WHERE "verdeel_opdracht"."status" <> 'klaar';