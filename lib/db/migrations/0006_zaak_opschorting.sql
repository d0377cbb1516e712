CREATE TABLE "zaak_opschorting" (
	"zaak_url" text PRIMARY KEY NOT NULL,
	"zaak_uuid" uuid NOT NULL,
	"opgeschort_op" date NOT NULL,
	"duur_dagen" integer NOT NULL,
	"door" text NOT NULL,
	"aangemaakt" timestamp with time zone DEFAULT now() NOT NULL
);
