CREATE TABLE "zoek_index" (
	"soort" text NOT NULL,
	"sleutel" uuid NOT NULL,
	"zaak_uuid" uuid,
	"identificatie" text DEFAULT '' NOT NULL,
	"titel" text DEFAULT '' NOT NULL,
	"omschrijving" text DEFAULT '' NOT NULL,
	"status" text,
	"groep" text,
	"behandelaar" text,
	"datum" date,
	"tekst" "tsvector" NOT NULL,
	"bijgewerkt" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "zoek_index_soort_sleutel_pk" PRIMARY KEY("soort","sleutel")
);
--> statement-breakpoint
CREATE INDEX "zoek_index_tekst_idx" ON "zoek_index" USING gin ("tekst");--> statement-breakpoint
CREATE INDEX "zoek_index_zaak_idx" ON "zoek_index" USING btree ("zaak_uuid");--> statement-breakpoint
CREATE INDEX "zoek_index_soort_datum_idx" ON "zoek_index" USING btree ("soort","datum");--> statement-breakpoint
-- Full-text search (lib/zoeken): zoek_index is kept in sync by triggers IN THE SAME
-- TRANSACTION as each change of its sources, so a rolled-back change never shows up in a search.
CREATE OR REPLACE FUNCTION zoek_rol_naam(p_type text, p_id jsonb) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE p_type
    WHEN 'natuurlijk_persoon' THEN nullif(concat_ws(' ', nullif(p_id->>'voorletters', ''), nullif(p_id->>'voorvoegselGeslachtsnaam', ''), nullif(p_id->>'geslachtsnaam', '')), '')
    WHEN 'niet_natuurlijk_persoon' THEN nullif(p_id->>'statutaireNaam', '')
    WHEN 'vestiging' THEN CASE jsonb_typeof(p_id->'handelsnaam')
      WHEN 'array' THEN (SELECT string_agg(h, ', ') FROM jsonb_array_elements_text(p_id->'handelsnaam') AS h)
      ELSE nullif(p_id->>'handelsnaam', '') END
    WHEN 'organisatorische_eenheid' THEN coalesce(nullif(p_id->>'naam', ''), nullif(p_id->>'identificatie', ''))
    WHEN 'medewerker' THEN coalesce(nullif(concat_ws(' ', nullif(p_id->>'voorletters', ''), nullif(p_id->>'voorvoegselAchternaam', ''), nullif(p_id->>'achternaam', '')), ''), nullif(p_id->>'identificatie', ''))
    ELSE NULL END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION zoek_zaak_bijwerken(p_zaak uuid) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  z record;
  v_namen text;
  v_groep text;
  v_behandelaar text;
  v_status text;
BEGIN
  SELECT uuid, identificatie, startdatum, status_uuid, gegevens INTO z FROM zrc_zaak WHERE uuid = p_zaak;
  IF NOT FOUND THEN
    DELETE FROM zoek_index WHERE soort = 'zaak' AND sleutel = p_zaak;
    RETURN;
  END IF;
  -- Betrokkenen: names only (never BSN or other numbers).
  SELECT string_agg(concat_ws(' ', zoek_rol_naam(r.betrokkene_type, r.betrokkene_identificatie), r.betrokkene_identificatie->>'voornamen', r.gegevens->>'afwijkendeNaamBetrokkene'), ' ')
    INTO v_namen FROM zrc_rol r WHERE r.zaak_uuid = p_zaak;
  -- Behandelaar and groep as the proxy shows them (lib/zaakafhandeling/rollen.ts): the first behandelaar rol of each kind.
  SELECT zoek_rol_naam(r.betrokkene_type, r.betrokkene_identificatie) INTO v_behandelaar FROM zrc_rol r
    WHERE r.zaak_uuid = p_zaak AND r.omschrijving_generiek = 'behandelaar' AND r.betrokkene_type = 'medewerker' ORDER BY r.volgorde LIMIT 1;
  SELECT zoek_rol_naam(r.betrokkene_type, r.betrokkene_identificatie) INTO v_groep FROM zrc_rol r
    WHERE r.zaak_uuid = p_zaak AND r.omschrijving_generiek = 'behandelaar' AND r.betrokkene_type = 'organisatorische_eenheid' ORDER BY r.volgorde LIMIT 1;
  SELECT s.statustype_url INTO v_status FROM zrc_status s WHERE s.uuid = z.status_uuid;
  INSERT INTO zoek_index AS i (soort, sleutel, zaak_uuid, identificatie, titel, omschrijving, status, groep, behandelaar, datum, tekst, bijgewerkt)
  VALUES ('zaak', p_zaak, p_zaak, z.identificatie, coalesce(z.gegevens->>'omschrijving', ''), coalesce(z.gegevens->>'toelichting', ''),
    v_status, v_groep, v_behandelaar, z.startdatum,
    setweight(to_tsvector('dutch', z.identificatie), 'A')
      || setweight(to_tsvector('dutch', coalesce(z.gegevens->>'omschrijving', '')), 'A')
      || setweight(to_tsvector('dutch', coalesce(z.gegevens->>'toelichting', '')), 'B')
      || setweight(to_tsvector('dutch', coalesce(v_namen, '')), 'C'),
    now())
  ON CONFLICT (soort, sleutel) DO UPDATE SET zaak_uuid = EXCLUDED.zaak_uuid, identificatie = EXCLUDED.identificatie, titel = EXCLUDED.titel,
    omschrijving = EXCLUDED.omschrijving, status = EXCLUDED.status, groep = EXCLUDED.groep, behandelaar = EXCLUDED.behandelaar,
    datum = EXCLUDED.datum, tekst = EXCLUDED.tekst, bijgewerkt = EXCLUDED.bijgewerkt;
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION zoek_taak_bijwerken(p_taak uuid) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  t record;
BEGIN
  SELECT id, taaktype, zaak_uuid, zaak_identificatie, status, groep, behandelaar_naam, toelichting, aangemaakt INTO t FROM taak WHERE id = p_taak;
  IF NOT FOUND THEN
    DELETE FROM zoek_index WHERE soort = 'taak' AND sleutel = p_taak;
    RETURN;
  END IF;
  INSERT INTO zoek_index AS i (soort, sleutel, zaak_uuid, identificatie, titel, omschrijving, status, groep, behandelaar, datum, tekst, bijgewerkt)
  VALUES ('taak', p_taak, t.zaak_uuid, t.zaak_identificatie, t.taaktype, t.toelichting, t.status, t.groep, t.behandelaar_naam,
    (t.aangemaakt AT TIME ZONE 'Europe/Amsterdam')::date,
    setweight(to_tsvector('dutch', replace(t.taaktype, '_', ' ')), 'A')
      || setweight(to_tsvector('dutch', t.zaak_identificatie), 'A')
      || setweight(to_tsvector('dutch', t.toelichting), 'B')
      || setweight(to_tsvector('dutch', concat_ws(' ', t.groep, t.behandelaar_naam)), 'C'),
    now())
  ON CONFLICT (soort, sleutel) DO UPDATE SET zaak_uuid = EXCLUDED.zaak_uuid, identificatie = EXCLUDED.identificatie, titel = EXCLUDED.titel,
    omschrijving = EXCLUDED.omschrijving, status = EXCLUDED.status, groep = EXCLUDED.groep, behandelaar = EXCLUDED.behandelaar,
    datum = EXCLUDED.datum, tekst = EXCLUDED.tekst, bijgewerkt = EXCLUDED.bijgewerkt;
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION zoek_document_bijwerken(p_document uuid) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  d record;
  g jsonb;
  v_zaak uuid;
  v_datum date;
BEGIN
  SELECT uuid, identificatie, status, versie, trefwoorden INTO d FROM drc_informatieobject WHERE uuid = p_document;
  IF NOT FOUND THEN
    DELETE FROM zoek_index WHERE soort = 'document' AND sleutel = p_document;
    RETURN;
  END IF;
  SELECT v.gegevens INTO g FROM drc_informatieobject_versie v WHERE v.informatieobject_uuid = p_document AND v.versie = d.versie;
  g := coalesce(g, '{}'::jsonb);
  -- The zaak that decides read rights: the first local zaak the document is linked to.
  SELECT zio.zaak_uuid INTO v_zaak FROM zrc_zaakinformatieobject zio WHERE zio.informatieobject_uuid = p_document ORDER BY zio.volgorde LIMIT 1;
  IF g->>'creatiedatum' ~ '^\d{4}-\d{2}-\d{2}' THEN v_datum := left(g->>'creatiedatum', 10)::date; END IF;
  INSERT INTO zoek_index AS i (soort, sleutel, zaak_uuid, identificatie, titel, omschrijving, status, groep, behandelaar, datum, tekst, bijgewerkt)
  VALUES ('document', p_document, v_zaak, d.identificatie, coalesce(g->>'titel', ''), coalesce(g->>'beschrijving', ''), nullif(d.status, ''), NULL, NULL, v_datum,
    setweight(to_tsvector('dutch', coalesce(g->>'titel', '')), 'A')
      || setweight(to_tsvector('dutch', d.identificatie), 'A')
      || setweight(to_tsvector('dutch', coalesce(g->>'beschrijving', '')), 'B')
      || setweight(to_tsvector('dutch', concat_ws(' ', g->>'auteur', g->>'bestandsnaam', g->>'ontvangstdatum', array_to_string(d.trefwoorden, ' '))), 'C'),
    now())
  ON CONFLICT (soort, sleutel) DO UPDATE SET zaak_uuid = EXCLUDED.zaak_uuid, identificatie = EXCLUDED.identificatie, titel = EXCLUDED.titel,
    omschrijving = EXCLUDED.omschrijving, status = EXCLUDED.status, groep = EXCLUDED.groep, behandelaar = EXCLUDED.behandelaar,
    datum = EXCLUDED.datum, tekst = EXCLUDED.tekst, bijgewerkt = EXCLUDED.bijgewerkt;
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION zoek_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'zrc_zaak' THEN
    IF TG_OP = 'UPDATE' AND OLD.identificatie IS NOT DISTINCT FROM NEW.identificatie AND OLD.gegevens IS NOT DISTINCT FROM NEW.gegevens
       AND OLD.status_uuid IS NOT DISTINCT FROM NEW.status_uuid AND OLD.startdatum IS NOT DISTINCT FROM NEW.startdatum THEN
      RETURN NULL;
    END IF;
    IF TG_OP = 'DELETE' THEN PERFORM zoek_zaak_bijwerken(OLD.uuid); ELSE PERFORM zoek_zaak_bijwerken(NEW.uuid); END IF;
  ELSIF TG_TABLE_NAME = 'zrc_rol' THEN
    IF TG_OP <> 'INSERT' THEN PERFORM zoek_zaak_bijwerken(OLD.zaak_uuid); END IF;
    IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR NEW.zaak_uuid IS DISTINCT FROM OLD.zaak_uuid) THEN PERFORM zoek_zaak_bijwerken(NEW.zaak_uuid); END IF;
  ELSIF TG_TABLE_NAME = 'taak' THEN
    IF TG_OP = 'DELETE' THEN PERFORM zoek_taak_bijwerken(OLD.id); ELSE PERFORM zoek_taak_bijwerken(NEW.id); END IF;
  ELSIF TG_TABLE_NAME = 'drc_informatieobject' THEN
    IF TG_OP = 'DELETE' THEN PERFORM zoek_document_bijwerken(OLD.uuid); ELSE PERFORM zoek_document_bijwerken(NEW.uuid); END IF;
  ELSE
    -- drc_informatieobject_versie and zrc_zaakinformatieobject: the document they belong to.
    IF TG_OP <> 'INSERT' AND OLD.informatieobject_uuid IS NOT NULL THEN PERFORM zoek_document_bijwerken(OLD.informatieobject_uuid); END IF;
    IF TG_OP <> 'DELETE' AND NEW.informatieobject_uuid IS NOT NULL AND (TG_OP = 'INSERT' OR NEW.informatieobject_uuid IS DISTINCT FROM OLD.informatieobject_uuid) THEN
      PERFORM zoek_document_bijwerken(NEW.informatieobject_uuid);
    END IF;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER zoek_zrc_zaak AFTER INSERT OR UPDATE OR DELETE ON zrc_zaak FOR EACH ROW EXECUTE FUNCTION zoek_trigger();
--> statement-breakpoint
CREATE TRIGGER zoek_zrc_rol AFTER INSERT OR UPDATE OR DELETE ON zrc_rol FOR EACH ROW EXECUTE FUNCTION zoek_trigger();
--> statement-breakpoint
CREATE TRIGGER zoek_taak AFTER INSERT OR UPDATE OR DELETE ON taak FOR EACH ROW EXECUTE FUNCTION zoek_trigger();
--> statement-breakpoint
CREATE TRIGGER zoek_drc_informatieobject AFTER INSERT OR UPDATE OR DELETE ON drc_informatieobject FOR EACH ROW EXECUTE FUNCTION zoek_trigger();
--> statement-breakpoint
CREATE TRIGGER zoek_drc_informatieobject_versie AFTER INSERT OR UPDATE OR DELETE ON drc_informatieobject_versie FOR EACH ROW EXECUTE FUNCTION zoek_trigger();
--> statement-breakpoint
CREATE TRIGGER zoek_zrc_zaakinformatieobject AFTER INSERT OR UPDATE OR DELETE ON zrc_zaakinformatieobject FOR EACH ROW EXECUTE FUNCTION zoek_trigger();
--> statement-breakpoint
-- Rebuilds the whole index (existing data at migration time; after a bulk load with the triggers disabled).
CREATE OR REPLACE FUNCTION zoek_herbouwen() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM zoek_index;
  PERFORM zoek_zaak_bijwerken(uuid) FROM zrc_zaak;
  PERFORM zoek_taak_bijwerken(id) FROM taak;
  PERFORM zoek_document_bijwerken(uuid) FROM drc_informatieobject;
END;
$$;
--> statement-breakpoint
SELECT zoek_herbouwen();
