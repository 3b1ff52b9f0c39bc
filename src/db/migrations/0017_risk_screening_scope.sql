-- Data scope of risk screening: a report, its lines and their progress are visible to the reporting unit's
-- subtree (the village sees its own; the town sees all its villages), like the register's cases.
ALTER TABLE risk_report ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY risk_report_scope ON risk_report TO xinfang_scoped
  USING (unit_path LIKE current_setting('xinfang.scope_path', true) || '%')
  WITH CHECK (unit_path LIKE current_setting('xinfang.scope_path', true) || '%');
--> statement-breakpoint
GRANT SELECT, INSERT ON risk_report TO xinfang_scoped;
--> statement-breakpoint
ALTER TABLE risk_item ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY risk_item_scope ON risk_item TO xinfang_scoped
  USING (unit_path LIKE current_setting('xinfang.scope_path', true) || '%')
  WITH CHECK (unit_path LIKE current_setting('xinfang.scope_path', true) || '%');
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON risk_item TO xinfang_scoped;
--> statement-breakpoint
ALTER TABLE risk_progress ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY risk_progress_scope ON risk_progress TO xinfang_scoped
  USING (unit_path LIKE current_setting('xinfang.scope_path', true) || '%')
  WITH CHECK (unit_path LIKE current_setting('xinfang.scope_path', true) || '%');
--> statement-breakpoint
GRANT SELECT, INSERT ON risk_progress TO xinfang_scoped;
