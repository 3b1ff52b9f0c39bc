-- Data scope of ledger imports: a job is visible to its unit's subtree (like the unit's cases); its rows are
-- visible exactly when the job is.
ALTER TABLE import_job ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY import_job_scope ON import_job TO xinfang_scoped USING (xf_unit_in_scope(unit_id)) WITH CHECK (xf_unit_in_scope(unit_id));
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON import_job TO xinfang_scoped;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION xf_import_in_scope(job_id uuid) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT EXISTS (SELECT 1 FROM import_job j WHERE j.id = job_id)
$$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION xf_import_in_scope(uuid) TO xinfang_scoped;
--> statement-breakpoint
ALTER TABLE import_row ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY import_row_scope ON import_row TO xinfang_scoped USING (xf_import_in_scope(job_id)) WITH CHECK (xf_import_in_scope(job_id));
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON import_row TO xinfang_scoped;
