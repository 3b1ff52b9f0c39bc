-- 联户联保小组 are visible to the village's subtree and to the town above it.
ALTER TABLE household_group ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY household_group_scope ON household_group TO xinfang_scoped
  USING (unit_path LIKE current_setting('xinfang.scope_path', true) || '%')
  WITH CHECK (unit_path LIKE current_setting('xinfang.scope_path', true) || '%');
--> statement-breakpoint
GRANT SELECT, INSERT ON household_group TO xinfang_scoped;
