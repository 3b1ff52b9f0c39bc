-- Rebuilds of what triggers keep, for whoever wrote rows without them (a bulk load with triggers off): the repeat
-- keys of migration 0036 and the clock summaries of 0035, as those migrations filled them, beside
-- case_rollup_rebuild().
CREATE FUNCTION repeat_key_rebuild() RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  DELETE FROM repeat_key;
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
  FROM cases c CROSS JOIN LATERAL unnest(c.content_bands) b;
END $$;
--> statement-breakpoint
CREATE FUNCTION case_clock_stat_rebuild() RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  DELETE FROM case_clock_stat;
  INSERT INTO case_clock_stat (case_id, kind, unit_path, first_due, clocks, running, running_paused, late_done, running_due)
  SELECT d.case_id, xf_clock_kind(d.step), c.unit_path, min(d.due_on), count(*)::int,
         (count(*) FILTER (WHERE d.status = 'running'))::int,
         (count(*) FILTER (WHERE d.status = 'running' AND d.paused_from IS NOT NULL))::int,
         coalesce(bool_or(d.status <> 'running' AND d.on_time = false), false),
         min(d.due_on) FILTER (WHERE d.status = 'running' AND d.paused_from IS NULL)
  FROM case_deadline d JOIN cases c ON c.id = d.case_id
  WHERE d.status <> 'stopped' AND xf_clock_kind(d.step) IS NOT NULL
  GROUP BY d.case_id, xf_clock_kind(d.step), c.unit_path;
END $$;
