-- Keeping the statistics rollups (0034) right when cases change (issue #7), and filling them once from the register.
--
-- case_rollup: triggers on `cases` append to case_rollup_delta only: +1 per new case, −1 per deleted case, and −1/+1
-- when a rolled-up column changes. Nothing updates a shared row while cases are registered: concurrent
-- registrations of one unit never wait on each other. The job statisticsFold (case_rollup_fold) adds the deltas into
-- the rollup and deletes them in one statement, so a query that sums rollup + deltas in one statement sees every
-- case exactly once, before or after a fold.
-- case_clock_stat: one row per case and indicator, recomputed from the case's clocks whenever they change. A row
-- belongs to one case, so only that case's own transaction writes it.
-- The trigger functions are SECURITY DEFINER (as case_next_due_sync, 0019): a scoped user changing a case writes
-- rollup rows it may not itself write; they only ever copy the changed rows' own columns.

-- The 大类 of a category code: 4 digits in the discipline tree, 2 in the government tree ('' for none).
CREATE FUNCTION xf_category1(pipeline text, code text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(CASE WHEN pipeline = 'discipline' THEN left(code, 4) ELSE left(code, 2) END, '')
$$;
--> statement-breakpoint
-- The indicator a clock's step measures (definitions.ts: ACCEPTANCE_STEPS, CONCLUSION_STEPS), null for others.
CREATE FUNCTION xf_clock_kind(step text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE
    WHEN step IN ('transferOrAssign', 'acceptanceNotice', 'lowerAccept', 'realNameAcceptNotice') THEN 'acceptance'
    WHEN step IN ('conclude', 'assignmentResult') THEN 'conclusion'
  END
$$;
--> statement-breakpoint
CREATE FUNCTION case_rollup_added() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  INSERT INTO case_rollup_delta (unit_path, month, pipeline, category1, channel, region, n, repeats, skip_level, group_visit)
  SELECT unit_path, date_trunc('month', received_on)::date, pipeline, xf_category1(pipeline, category_code), channel,
         coalesce(left(matter_region_code, 6), ''), count(*)::int, (count(*) FILTER (WHERE repeat_status = 'repeat'))::int,
         (count(*) FILTER (WHERE skip_level))::int, (count(*) FILTER (WHERE group_visit))::int
  FROM changed GROUP BY 1, 2, 3, 4, 5, 6;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION case_rollup_removed() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  INSERT INTO case_rollup_delta (unit_path, month, pipeline, category1, channel, region, n, repeats, skip_level, group_visit)
  SELECT unit_path, date_trunc('month', received_on)::date, pipeline, xf_category1(pipeline, category_code), channel,
         coalesce(left(matter_region_code, 6), ''), -count(*)::int, -(count(*) FILTER (WHERE repeat_status = 'repeat'))::int,
         -(count(*) FILTER (WHERE skip_level))::int, -(count(*) FILTER (WHERE group_visit))::int
  FROM changed GROUP BY 1, 2, 3, 4, 5, 6;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION case_rollup_changed() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  INSERT INTO case_rollup_delta (unit_path, month, pipeline, category1, channel, region, n, repeats, skip_level, group_visit)
  VALUES
    (OLD.unit_path, date_trunc('month', OLD.received_on)::date, OLD.pipeline, xf_category1(OLD.pipeline, OLD.category_code), OLD.channel,
     coalesce(left(OLD.matter_region_code, 6), ''), -1, -(OLD.repeat_status = 'repeat')::int, -OLD.skip_level::int, -OLD.group_visit::int),
    (NEW.unit_path, date_trunc('month', NEW.received_on)::date, NEW.pipeline, xf_category1(NEW.pipeline, NEW.category_code), NEW.channel,
     coalesce(left(NEW.matter_region_code, 6), ''), 1, (NEW.repeat_status = 'repeat')::int, NEW.skip_level::int, NEW.group_visit::int);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER cases_rollup_insert AFTER INSERT ON cases REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION case_rollup_added();
--> statement-breakpoint
CREATE TRIGGER cases_rollup_delete AFTER DELETE ON cases REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION case_rollup_removed();
--> statement-breakpoint
-- Only a change of a rolled-up column costs anything: the condition is checked without calling the function.
CREATE TRIGGER cases_rollup_update AFTER UPDATE ON cases FOR EACH ROW
  WHEN (OLD.unit_path IS DISTINCT FROM NEW.unit_path OR OLD.received_on IS DISTINCT FROM NEW.received_on
    OR OLD.pipeline IS DISTINCT FROM NEW.pipeline OR OLD.category_code IS DISTINCT FROM NEW.category_code
    OR OLD.channel IS DISTINCT FROM NEW.channel OR OLD.matter_region_code IS DISTINCT FROM NEW.matter_region_code
    OR OLD.repeat_status IS DISTINCT FROM NEW.repeat_status OR OLD.skip_level IS DISTINCT FROM NEW.skip_level
    OR OLD.group_visit IS DISTINCT FROM NEW.group_visit)
  EXECUTE FUNCTION case_rollup_changed();
--> statement-breakpoint
-- Adds the committed deltas into the rollup and deletes them, atomically; returns how many were folded.
CREATE FUNCTION case_rollup_fold() RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  folded integer;
BEGIN
  WITH d AS (DELETE FROM case_rollup_delta RETURNING *),
  s AS (
    SELECT unit_path, month, pipeline, category1, channel, region, count(*)::int AS rows,
           sum(n)::int AS n, sum(repeats)::int AS repeats, sum(skip_level)::int AS skip_level, sum(group_visit)::int AS group_visit
    FROM d GROUP BY 1, 2, 3, 4, 5, 6
  ),
  up AS (
    INSERT INTO case_rollup (unit_path, month, pipeline, category1, channel, region, n, repeats, skip_level, group_visit)
    SELECT unit_path, month, pipeline, category1, channel, region, n, repeats, skip_level, group_visit FROM s
    ON CONFLICT (month, unit_path, pipeline, category1, channel, region) DO UPDATE SET
      n = case_rollup.n + excluded.n, repeats = case_rollup.repeats + excluded.repeats,
      skip_level = case_rollup.skip_level + excluded.skip_level, group_visit = case_rollup.group_visit + excluded.group_visit
  )
  SELECT coalesce(sum(rows), 0)::int INTO folded FROM s;
  DELETE FROM case_rollup WHERE n = 0;
  RETURN folded;
END $$;
--> statement-breakpoint
-- Fills the rollup from the register (this migration; a bulk load that skipped the triggers).
CREATE FUNCTION case_rollup_rebuild() RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  DELETE FROM case_rollup_delta;
  DELETE FROM case_rollup;
  INSERT INTO case_rollup (unit_path, month, pipeline, category1, channel, region, n, repeats, skip_level, group_visit)
  SELECT unit_path, date_trunc('month', received_on)::date, pipeline, xf_category1(pipeline, category_code), channel,
         coalesce(left(matter_region_code, 6), ''), count(*)::int, (count(*) FILTER (WHERE repeat_status = 'repeat'))::int,
         (count(*) FILTER (WHERE skip_level))::int, (count(*) FILTER (WHERE group_visit))::int
  FROM cases GROUP BY 1, 2, 3, 4, 5, 6;
END $$;
--> statement-breakpoint
-- The clock summaries of the given cases, recomputed from their clocks (stopped clocks left out).
CREATE FUNCTION case_clock_stat_refresh(ids uuid[]) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  DELETE FROM case_clock_stat WHERE case_id = ANY (ids);
  INSERT INTO case_clock_stat (case_id, kind, unit_path, first_due, clocks, running, running_paused, late_done, running_due)
  SELECT d.case_id, xf_clock_kind(d.step), c.unit_path, min(d.due_on), count(*)::int,
         (count(*) FILTER (WHERE d.status = 'running'))::int,
         (count(*) FILTER (WHERE d.status = 'running' AND d.paused_from IS NOT NULL))::int,
         coalesce(bool_or(d.status <> 'running' AND d.on_time = false), false),
         min(d.due_on) FILTER (WHERE d.status = 'running' AND d.paused_from IS NULL)
  FROM case_deadline d JOIN cases c ON c.id = d.case_id
  WHERE d.case_id = ANY (ids) AND d.status <> 'stopped' AND xf_clock_kind(d.step) IS NOT NULL
  GROUP BY d.case_id, xf_clock_kind(d.step), c.unit_path
  ON CONFLICT (case_id, kind) DO UPDATE SET unit_path = excluded.unit_path, first_due = excluded.first_due,
    clocks = excluded.clocks, running = excluded.running, running_paused = excluded.running_paused,
    late_done = excluded.late_done, running_due = excluded.running_due;
END $$;
--> statement-breakpoint
CREATE FUNCTION case_clock_stat_sync() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  PERFORM case_clock_stat_refresh(array(SELECT DISTINCT case_id FROM changed WHERE xf_clock_kind(step) IS NOT NULL));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER case_deadline_clock_stat_insert AFTER INSERT ON case_deadline REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION case_clock_stat_sync();
--> statement-breakpoint
CREATE TRIGGER case_deadline_clock_stat_update AFTER UPDATE ON case_deadline REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION case_clock_stat_sync();
--> statement-breakpoint
CREATE TRIGGER case_deadline_clock_stat_delete AFTER DELETE ON case_deadline REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION case_clock_stat_sync();
--> statement-breakpoint
-- A case moved to another unit takes its clock summaries along.
CREATE FUNCTION case_clock_stat_move() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  UPDATE case_clock_stat SET unit_path = NEW.unit_path WHERE case_id = NEW.id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER cases_clock_stat_move AFTER UPDATE ON cases FOR EACH ROW
  WHEN (OLD.unit_path IS DISTINCT FROM NEW.unit_path) EXECUTE FUNCTION case_clock_stat_move();
--> statement-breakpoint
-- Data scope: as the cases policy (0022), on the rows' own unit path. Read only: the triggers and the job write.
ALTER TABLE case_rollup ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY case_rollup_scope ON case_rollup FOR SELECT TO xinfang_scoped
  USING (unit_path ~>=~ current_setting('xinfang.scope_path', true) AND unit_path ~<~ (left(current_setting('xinfang.scope_path', true), -1) || '0'));
--> statement-breakpoint
GRANT SELECT ON case_rollup TO xinfang_scoped;
--> statement-breakpoint
ALTER TABLE case_rollup_delta ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY case_rollup_delta_scope ON case_rollup_delta FOR SELECT TO xinfang_scoped
  USING (unit_path ~>=~ current_setting('xinfang.scope_path', true) AND unit_path ~<~ (left(current_setting('xinfang.scope_path', true), -1) || '0'));
--> statement-breakpoint
GRANT SELECT ON case_rollup_delta TO xinfang_scoped;
--> statement-breakpoint
ALTER TABLE case_clock_stat ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY case_clock_stat_scope ON case_clock_stat FOR SELECT TO xinfang_scoped
  USING (unit_path ~>=~ current_setting('xinfang.scope_path', true) AND unit_path ~<~ (left(current_setting('xinfang.scope_path', true), -1) || '0'));
--> statement-breakpoint
GRANT SELECT ON case_clock_stat TO xinfang_scoped;
--> statement-breakpoint
-- Filled once, set-based: one scan of cases, one of the clocks.
SELECT case_rollup_rebuild();
--> statement-breakpoint
INSERT INTO case_clock_stat (case_id, kind, unit_path, first_due, clocks, running, running_paused, late_done, running_due)
SELECT d.case_id, xf_clock_kind(d.step), c.unit_path, min(d.due_on), count(*)::int,
       (count(*) FILTER (WHERE d.status = 'running'))::int,
       (count(*) FILTER (WHERE d.status = 'running' AND d.paused_from IS NOT NULL))::int,
       coalesce(bool_or(d.status <> 'running' AND d.on_time = false), false),
       min(d.due_on) FILTER (WHERE d.status = 'running' AND d.paused_from IS NULL)
FROM case_deadline d JOIN cases c ON c.id = d.case_id
WHERE d.status <> 'stopped' AND xf_clock_kind(d.step) IS NOT NULL
GROUP BY d.case_id, xf_clock_kind(d.step), c.unit_path;
