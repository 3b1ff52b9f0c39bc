-- Data scope of the handling records: visible and writable exactly when their case is.
ALTER TABLE instruction ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY instruction_scope ON instruction TO xinfang_scoped USING (xf_case_in_scope(case_id)) WITH CHECK (xf_case_in_scope(case_id));
--> statement-breakpoint
GRANT SELECT, INSERT ON instruction TO xinfang_scoped;
--> statement-breakpoint
ALTER TABLE supervision ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY supervision_scope ON supervision TO xinfang_scoped USING (xf_case_in_scope(case_id)) WITH CHECK (xf_case_in_scope(case_id));
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE (reply, replied_at, replied_by) ON supervision TO xinfang_scoped;
--> statement-breakpoint
ALTER TABLE notice ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY notice_scope ON notice TO xinfang_scoped USING (xf_case_in_scope(case_id)) WITH CHECK (xf_case_in_scope(case_id));
--> statement-breakpoint
GRANT SELECT, INSERT ON notice TO xinfang_scoped;
--> statement-breakpoint
ALTER TABLE case_deadline ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY case_deadline_scope ON case_deadline TO xinfang_scoped USING (xf_case_in_scope(case_id)) WITH CHECK (xf_case_in_scope(case_id));
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON case_deadline TO xinfang_scoped;
