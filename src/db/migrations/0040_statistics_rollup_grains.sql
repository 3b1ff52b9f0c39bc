-- The rollup in grains (issue #7): at the finest grain a month of a county was still ~2,000 rows (742 matter
-- counties × 9 channels × 28 大类 × 23 units give 200,000 rows for a million cases), and a year's trend read
-- 22,000 of them. Each case now counts once in every grain: unit (unit and month: 805 rows in all), category
-- (+ pipeline, 大类, channel), region (+ county), all (every column). A figure reads the smallest grain that has the
-- columns it groups or filters by; the columns a grain leaves out hold ''. Deltas stay at the finest grain, one row
-- per change as before (the triggers are unchanged): the fold adds each delta into every grain, and figures add the
-- unfolded deltas themselves.
ALTER TABLE "case_rollup" ADD COLUMN "grain" text DEFAULT 'all' NOT NULL;--> statement-breakpoint
DROP INDEX "case_rollup_month_idx";--> statement-breakpoint
ALTER TABLE "case_rollup" DROP CONSTRAINT "case_rollup_month_unit_path_pipeline_category1_channel_region_pk";--> statement-breakpoint
ALTER TABLE "case_rollup" ADD CONSTRAINT "case_rollup_grain_month_unit_path_pipeline_category1_channel_region_pk" PRIMARY KEY("grain","month","unit_path","pipeline","category1","channel","region");--> statement-breakpoint
-- The grains and the columns each keeps (those it leaves out become '').
CREATE VIEW case_rollup_grain AS
  SELECT * FROM (VALUES ('unit', false, false, false), ('category', true, true, false), ('region', false, false, true), ('all', true, true, true))
    g(grain, has_category, has_channel, has_region);--> statement-breakpoint
CREATE OR REPLACE FUNCTION case_rollup_fold() RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  folded integer;
BEGIN
  WITH d AS (DELETE FROM case_rollup_delta RETURNING *),
  s AS (
    SELECT g.grain, d.unit_path, d.month,
           CASE WHEN g.has_category THEN d.pipeline ELSE '' END AS pipeline, CASE WHEN g.has_category THEN d.category1 ELSE '' END AS category1,
           CASE WHEN g.has_channel THEN d.channel ELSE '' END AS channel, CASE WHEN g.has_region THEN d.region ELSE '' END AS region,
           count(*)::int AS rows, sum(d.n)::int AS n, sum(d.repeats)::int AS repeats, sum(d.skip_level)::int AS skip_level, sum(d.group_visit)::int AS group_visit
    FROM d CROSS JOIN case_rollup_grain g GROUP BY 1, 2, 3, 4, 5, 6, 7
  ),
  up AS (
    INSERT INTO case_rollup (grain, unit_path, month, pipeline, category1, channel, region, n, repeats, skip_level, group_visit)
    SELECT grain, unit_path, month, pipeline, category1, channel, region, n, repeats, skip_level, group_visit FROM s
    ON CONFLICT (grain, month, unit_path, pipeline, category1, channel, region) DO UPDATE SET
      n = case_rollup.n + excluded.n, repeats = case_rollup.repeats + excluded.repeats,
      skip_level = case_rollup.skip_level + excluded.skip_level, group_visit = case_rollup.group_visit + excluded.group_visit
  )
  SELECT coalesce(sum(rows) FILTER (WHERE grain = 'all'), 0)::int INTO folded FROM s;
  DELETE FROM case_rollup WHERE n = 0;
  RETURN folded;
END $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION case_rollup_rebuild() RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  DELETE FROM case_rollup_delta;
  DELETE FROM case_rollup;
  WITH c AS (
    SELECT unit_path, date_trunc('month', received_on)::date AS month, pipeline, xf_category1(pipeline, category_code) AS category1, channel,
           coalesce(left(matter_region_code, 6), '') AS region, count(*)::int AS n, (count(*) FILTER (WHERE repeat_status = 'repeat'))::int AS repeats,
           (count(*) FILTER (WHERE skip_level))::int AS skip_level, (count(*) FILTER (WHERE group_visit))::int AS group_visit
    FROM cases GROUP BY 1, 2, 3, 4, 5, 6
  )
  INSERT INTO case_rollup (grain, unit_path, month, pipeline, category1, channel, region, n, repeats, skip_level, group_visit)
  SELECT g.grain, c.unit_path, c.month,
         CASE WHEN g.has_category THEN c.pipeline ELSE '' END, CASE WHEN g.has_category THEN c.category1 ELSE '' END,
         CASE WHEN g.has_channel THEN c.channel ELSE '' END, CASE WHEN g.has_region THEN c.region ELSE '' END,
         sum(c.n)::int, sum(c.repeats)::int, sum(c.skip_level)::int, sum(c.group_visit)::int
  FROM c CROSS JOIN case_rollup_grain g GROUP BY 1, 2, 3, 4, 5, 6, 7;
END $$;--> statement-breakpoint
-- The coarser grains of the rows there are (all of them 'all' until now).
INSERT INTO case_rollup (grain, unit_path, month, pipeline, category1, channel, region, n, repeats, skip_level, group_visit)
SELECT g.grain, r.unit_path, r.month,
       CASE WHEN g.has_category THEN r.pipeline ELSE '' END, CASE WHEN g.has_category THEN r.category1 ELSE '' END,
       CASE WHEN g.has_channel THEN r.channel ELSE '' END, CASE WHEN g.has_region THEN r.region ELSE '' END,
       sum(r.n)::int, sum(r.repeats)::int, sum(r.skip_level)::int, sum(r.group_visit)::int
FROM case_rollup r CROSS JOIN case_rollup_grain g WHERE r.grain = 'all' AND g.grain <> 'all' GROUP BY 1, 2, 3, 4, 5, 6, 7;--> statement-breakpoint
CREATE INDEX "case_rollup_grain_month_idx" ON "case_rollup" USING btree ("grain","month","unit_path" text_pattern_ops)
  INCLUDE ("pipeline", "category1", "channel", "region", "n", "repeats", "skip_level", "group_visit");
