ALTER TABLE "ztc_catalogus" ADD COLUMN "versie" uuid DEFAULT gen_random_uuid() NOT NULL;--> statement-breakpoint
-- Every change of a type or a member of a zaaktype's group gives its catalogus a new version
-- token (see ztc_catalogus.versie): the process-wide snapshot cache checks it.
CREATE OR REPLACE FUNCTION ztc_catalogus_nieuwe_versie() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  rij_uuid uuid;
BEGIN
  IF TG_TABLE_NAME = 'ztc_type' THEN
    IF TG_OP = 'DELETE' THEN rij_uuid := OLD.catalogus_uuid; ELSE rij_uuid := NEW.catalogus_uuid; END IF;
    UPDATE ztc_catalogus SET versie = gen_random_uuid() WHERE uuid = rij_uuid;
    IF TG_OP = 'UPDATE' AND OLD.catalogus_uuid IS DISTINCT FROM NEW.catalogus_uuid THEN
      UPDATE ztc_catalogus SET versie = gen_random_uuid() WHERE uuid = OLD.catalogus_uuid;
    END IF;
  ELSE
    IF TG_OP = 'DELETE' THEN rij_uuid := OLD.zaaktype_uuid; ELSE rij_uuid := NEW.zaaktype_uuid; END IF;
    UPDATE ztc_catalogus SET versie = gen_random_uuid() WHERE uuid = (SELECT catalogus_uuid FROM ztc_type WHERE uuid = rij_uuid);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER ztc_type_catalogus_versie AFTER INSERT OR UPDATE OR DELETE ON ztc_type FOR EACH ROW EXECUTE FUNCTION ztc_catalogus_nieuwe_versie();
--> statement-breakpoint
CREATE TRIGGER ztc_onderdeel_catalogus_versie AFTER INSERT OR UPDATE OR DELETE ON ztc_onderdeel FOR EACH ROW EXECUTE FUNCTION ztc_catalogus_nieuwe_versie();
