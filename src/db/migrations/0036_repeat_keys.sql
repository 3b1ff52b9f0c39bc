CREATE TABLE "repeat_key" (
	"case_id" uuid NOT NULL,
	"rank" smallint NOT NULL,
	"key" bigint NOT NULL,
	"received_on" date NOT NULL,
	"unit_path" text NOT NULL
);
--> statement-breakpoint
DROP INDEX "cases_bands_gin";--> statement-breakpoint
DROP INDEX "petitioner_phone_gin";--> statement-breakpoint
-- Filled before its foreign key and indexes exist: one pass instead of a check and two index inserts per row.
-- repeat_key follows cases, petitioner and accused, whoever writes them (registration, import, a linked copy
-- made by 交办/转办, re-keying, a unit moved). SECURITY DEFINER: the scoped role has no grant on repeat_key at all
-- (petitioner hashes are not for reading); the functions only copy keys of the row that fired them.
CREATE FUNCTION xf_repeat_key(k text) RETURNS bigint LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT hashtextextended(k, 0) $$;
--> statement-breakpoint
CREATE FUNCTION repeat_key_petitioners(target uuid) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  DELETE FROM repeat_key WHERE case_id = target AND rank = 0;
  INSERT INTO repeat_key (case_id, rank, key, received_on, unit_path)
  SELECT DISTINCT c.id, 0::smallint, k.key, c.received_on, c.unit_path
  FROM cases c JOIN petitioner p ON p.case_id = c.id
  CROSS JOIN LATERAL (
    SELECT xf_repeat_key('i:' || p.id_hash) WHERE p.id_hash IS NOT NULL
    UNION ALL SELECT xf_repeat_key('p:' || h) FROM unnest(p.phone_hashes) h
    UNION ALL SELECT xf_repeat_key('n:' || p.name_address_hash) WHERE p.name_address_hash IS NOT NULL
  ) k(key)
  WHERE c.id = target;
END $$;
--> statement-breakpoint
CREATE FUNCTION repeat_key_accused(target uuid) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  DELETE FROM repeat_key WHERE case_id = target AND rank = 1;
  INSERT INTO repeat_key (case_id, rank, key, received_on, unit_path)
  SELECT DISTINCT c.id, 1::smallint, xf_repeat_key('a:' || a.match_key), c.received_on, c.unit_path
  FROM cases c JOIN accused a ON a.case_id = c.id
  WHERE c.id = target AND a.match_key IS NOT NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION repeat_key_petitioner_sync() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM repeat_key_petitioners(OLD.case_id); END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND (TG_OP = 'INSERT' OR NEW.case_id <> OLD.case_id) THEN PERFORM repeat_key_petitioners(NEW.case_id); END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION repeat_key_accused_sync() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM repeat_key_accused(OLD.case_id); END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND (TG_OP = 'INSERT' OR NEW.case_id <> OLD.case_id) THEN PERFORM repeat_key_accused(NEW.case_id); END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- Content bands with the case row; date and unit path copied onto every key of the case when they change.
CREATE FUNCTION repeat_key_case_sync() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND (NEW.received_on <> OLD.received_on OR NEW.unit_path <> OLD.unit_path) THEN
    UPDATE repeat_key SET received_on = NEW.received_on, unit_path = NEW.unit_path WHERE case_id = NEW.id;
  END IF;
  IF TG_OP = 'INSERT' OR NEW.content_bands IS DISTINCT FROM OLD.content_bands THEN
    IF TG_OP = 'UPDATE' THEN DELETE FROM repeat_key WHERE case_id = NEW.id AND rank = 2; END IF;
    INSERT INTO repeat_key (case_id, rank, key, received_on, unit_path)
    SELECT DISTINCT NEW.id, 2::smallint, xf_repeat_key('b:' || b), NEW.received_on, NEW.unit_path FROM unnest(NEW.content_bands) b;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER repeat_key_case AFTER INSERT OR UPDATE OF content_bands, received_on, unit_path ON cases
  FOR EACH ROW EXECUTE FUNCTION repeat_key_case_sync();
--> statement-breakpoint
CREATE TRIGGER repeat_key_petitioner AFTER INSERT OR UPDATE OF case_id, id_hash, phone_hashes, name_address_hash OR DELETE ON petitioner
  FOR EACH ROW EXECUTE FUNCTION repeat_key_petitioner_sync();
--> statement-breakpoint
CREATE TRIGGER repeat_key_accused AFTER INSERT OR UPDATE OF case_id, match_key OR DELETE ON accused
  FOR EACH ROW EXECUTE FUNCTION repeat_key_accused_sync();
--> statement-breakpoint
-- Existing cases: the same keys, set-based.
INSERT INTO repeat_key (case_id, rank, key, received_on, unit_path)
SELECT DISTINCT c.id, 0::smallint, k.key, c.received_on, c.unit_path
FROM cases c JOIN petitioner p ON p.case_id = c.id
CROSS JOIN LATERAL (
  SELECT xf_repeat_key('i:' || p.id_hash) WHERE p.id_hash IS NOT NULL
  UNION ALL SELECT xf_repeat_key('p:' || h) FROM unnest(p.phone_hashes) h
  UNION ALL SELECT xf_repeat_key('n:' || p.name_address_hash) WHERE p.name_address_hash IS NOT NULL
) k(key)
UNION ALL
SELECT DISTINCT c.id, 1::smallint, xf_repeat_key('a:' || a.match_key), c.received_on, c.unit_path
FROM cases c JOIN accused a ON a.case_id = c.id WHERE a.match_key IS NOT NULL
UNION ALL
SELECT DISTINCT c.id, 2::smallint, xf_repeat_key('b:' || b), c.received_on, c.unit_path
FROM cases c CROSS JOIN LATERAL unnest(c.content_bands) b;--> statement-breakpoint
ALTER TABLE "repeat_key" ADD CONSTRAINT "repeat_key_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "repeat_key_lookup_idx" ON "repeat_key" USING btree ("key","received_on" DESC NULLS LAST,"unit_path","rank","case_id");--> statement-breakpoint
CREATE INDEX "repeat_key_case_idx" ON "repeat_key" USING btree ("case_id");