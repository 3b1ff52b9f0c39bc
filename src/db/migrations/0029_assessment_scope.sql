-- Target agreements are visible to the assessed unit's subtree (and so to the unit above that signs them).
ALTER TABLE assessment_agreement ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY assessment_agreement_scope ON assessment_agreement TO xinfang_scoped
  USING (unit_path LIKE current_setting('xinfang.scope_path', true) || '%')
  WITH CHECK (unit_path LIKE current_setting('xinfang.scope_path', true) || '%');
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON assessment_agreement TO xinfang_scoped;
