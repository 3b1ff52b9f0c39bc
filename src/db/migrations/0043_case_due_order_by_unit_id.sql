-- A one-unit list sorted by due date walks the unit's cases in that order by unit id instead of unit path: the
-- path (~190 bytes, and with the unique case number no duplicates to compress) made the index 266 MB at a million
-- cases. IF NOT EXISTS: on a large database it may have been built CONCURRENTLY before the migration runs.
CREATE INDEX IF NOT EXISTS "cases_unit_due_order_idx" ON "cases" USING btree ("unit_id",coalesce("next_due_on", 'infinity'::date),"case_no");--> statement-breakpoint
DROP INDEX IF EXISTS "cases_unit_path_due_order_idx";
