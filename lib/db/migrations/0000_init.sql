CREATE TABLE "seed_stap" (
	"naam" text PRIMARY KEY NOT NULL,
	"toegepast_op" timestamp with time zone DEFAULT now() NOT NULL
);
