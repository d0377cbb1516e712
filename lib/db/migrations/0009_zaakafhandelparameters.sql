CREATE TABLE "zaakafhandelparameters" (
	"zaaktype" text PRIMARY KEY NOT NULL,
	"in_gebruik" boolean DEFAULT false NOT NULL,
	"domein" text,
	"standaard_groep" text,
	"gegevens" jsonb NOT NULL,
	"gewijzigd" timestamp with time zone DEFAULT now() NOT NULL,
	"gewijzigd_door" text NOT NULL
);
