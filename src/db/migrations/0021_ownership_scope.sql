-- Data scope of 领导包案: an owned matter and its progress are visible to the subtree of the unit the matter
-- belongs to (the town sees what its leaders own in its villages).
ALTER TABLE ownership ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY ownership_scope ON ownership TO xinfang_scoped
  USING (unit_path LIKE current_setting('xinfang.scope_path', true) || '%')
  WITH CHECK (unit_path LIKE current_setting('xinfang.scope_path', true) || '%');
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON ownership TO xinfang_scoped;
--> statement-breakpoint
ALTER TABLE ownership_progress ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY ownership_progress_scope ON ownership_progress TO xinfang_scoped
  USING (unit_path LIKE current_setting('xinfang.scope_path', true) || '%')
  WITH CHECK (unit_path LIKE current_setting('xinfang.scope_path', true) || '%');
--> statement-breakpoint
GRANT SELECT, INSERT ON ownership_progress TO xinfang_scoped;
