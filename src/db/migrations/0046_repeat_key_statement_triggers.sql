ALTER TABLE "repeat_key" DROP CONSTRAINT "repeat_key_case_id_cases_id_fk";
--> statement-breakpoint
-- Registration writes cases, petitioners, accused and clocks a batch at a time (RegistrationQueue). What follows
-- them is now kept per statement, over the statement's transition table: one INSERT … SELECT for a whole batch
-- instead of a function call with a DELETE and an INSERT for each row, and no foreign-key check for each of a
-- case's ~19 keys (a deleted case's keys go with it through a statement trigger instead of the cascade). Updates
-- and deletes of petitioners and accused, and changes of a case's bands, date or unit (rare), keep the row
-- triggers of migration 0036.
DROP TRIGGER repeat_key_case ON cases;
--> statement-breakpoint
DROP TRIGGER repeat_key_petitioner ON petitioner;
--> statement-breakpoint
DROP TRIGGER repeat_key_accused ON accused;
--> statement-breakpoint
CREATE FUNCTION repeat_key_cases_added() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  INSERT INTO repeat_key (case_id, rank, key, received_on, unit_path)
  SELECT DISTINCT n.id, 2::smallint, xf_repeat_key('b:' || b), n.received_on, n.unit_path
  FROM added n CROSS JOIN LATERAL unnest(n.content_bands) b;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION repeat_key_cases_removed() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  DELETE FROM repeat_key r USING removed o WHERE r.case_id = o.id;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- A petitioner or accused added to a case that already has some: only the keys it does not have yet (the keys of
-- a case are a set, as repeat_key_petitioners() and repeat_key_accused() build them).
CREATE FUNCTION repeat_key_petitioners_added() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  INSERT INTO repeat_key (case_id, rank, key, received_on, unit_path)
  SELECT DISTINCT c.id, 0::smallint, k.key, c.received_on, c.unit_path
  FROM added p JOIN cases c ON c.id = p.case_id
  CROSS JOIN LATERAL (
    SELECT xf_repeat_key('i:' || p.id_hash) WHERE p.id_hash IS NOT NULL
    UNION ALL SELECT xf_repeat_key('p:' || h) FROM unnest(p.phone_hashes) h
    UNION ALL SELECT xf_repeat_key('n:' || p.name_address_hash) WHERE p.name_address_hash IS NOT NULL
  ) k(key)
  WHERE NOT EXISTS (SELECT 1 FROM repeat_key r WHERE r.case_id = c.id AND r.rank = 0 AND r.key = k.key);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION repeat_key_accused_added() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  INSERT INTO repeat_key (case_id, rank, key, received_on, unit_path)
  SELECT DISTINCT c.id, 1::smallint, xf_repeat_key('a:' || a.match_key), c.received_on, c.unit_path
  FROM added a JOIN cases c ON c.id = a.case_id
  WHERE a.match_key IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM repeat_key r WHERE r.case_id = c.id AND r.rank = 1 AND r.key = xf_repeat_key('a:' || a.match_key));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER repeat_key_case_insert AFTER INSERT ON cases REFERENCING NEW TABLE AS added
  FOR EACH STATEMENT EXECUTE FUNCTION repeat_key_cases_added();
--> statement-breakpoint
CREATE TRIGGER repeat_key_case_delete AFTER DELETE ON cases REFERENCING OLD TABLE AS removed
  FOR EACH STATEMENT EXECUTE FUNCTION repeat_key_cases_removed();
--> statement-breakpoint
CREATE TRIGGER repeat_key_case_update AFTER UPDATE OF content_bands, received_on, unit_path ON cases
  FOR EACH ROW EXECUTE FUNCTION repeat_key_case_sync();
--> statement-breakpoint
CREATE TRIGGER repeat_key_petitioner_insert AFTER INSERT ON petitioner REFERENCING NEW TABLE AS added
  FOR EACH STATEMENT EXECUTE FUNCTION repeat_key_petitioners_added();
--> statement-breakpoint
CREATE TRIGGER repeat_key_petitioner_change AFTER UPDATE OF case_id, id_hash, phone_hashes, name_address_hash OR DELETE ON petitioner
  FOR EACH ROW EXECUTE FUNCTION repeat_key_petitioner_sync();
--> statement-breakpoint
CREATE TRIGGER repeat_key_accused_insert AFTER INSERT ON accused REFERENCING NEW TABLE AS added
  FOR EACH STATEMENT EXECUTE FUNCTION repeat_key_accused_added();
--> statement-breakpoint
CREATE TRIGGER repeat_key_accused_change AFTER UPDATE OF case_id, match_key OR DELETE ON accused
  FOR EACH ROW EXECUTE FUNCTION repeat_key_accused_sync();
--> statement-breakpoint
-- New clocks: the cases' next due and warning dates once per statement (the row trigger of 0019 stays for changes).
CREATE FUNCTION case_next_due_added() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  UPDATE cases c SET next_due_on = d.due, next_warn_on = d.warn
  FROM (
    SELECT case_id,
           min(due_on) FILTER (WHERE status = 'running' AND paused_from IS NULL) AS due,
           min(warn_on) FILTER (WHERE status = 'running' AND paused_from IS NULL) AS warn
    FROM case_deadline WHERE case_id IN (SELECT case_id FROM added) GROUP BY case_id
  ) d
  WHERE c.id = d.case_id AND (c.next_due_on IS DISTINCT FROM d.due OR c.next_warn_on IS DISTINCT FROM d.warn);
  RETURN NULL;
END $$;
--> statement-breakpoint
DROP TRIGGER case_deadline_next_due ON case_deadline;
--> statement-breakpoint
CREATE TRIGGER case_deadline_next_due_insert AFTER INSERT ON case_deadline REFERENCING NEW TABLE AS added
  FOR EACH STATEMENT EXECUTE FUNCTION case_next_due_added();
--> statement-breakpoint
CREATE TRIGGER case_deadline_next_due AFTER UPDATE OR DELETE ON case_deadline
  FOR EACH ROW EXECUTE FUNCTION case_next_due_sync();
