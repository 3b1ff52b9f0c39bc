-- Data scope of field diaries, meetings and their follow-ups: the subtree of the unit visited or meeting.
ALTER TABLE field_diary ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY field_diary_scope ON field_diary TO xinfang_scoped
  USING (unit_path LIKE current_setting('xinfang.scope_path', true) || '%')
  WITH CHECK (unit_path LIKE current_setting('xinfang.scope_path', true) || '%');
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE (risk_id, case_id) ON field_diary TO xinfang_scoped;
--> statement-breakpoint
ALTER TABLE meeting ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY meeting_scope ON meeting TO xinfang_scoped
  USING (unit_path LIKE current_setting('xinfang.scope_path', true) || '%')
  WITH CHECK (unit_path LIKE current_setting('xinfang.scope_path', true) || '%');
--> statement-breakpoint
GRANT SELECT, INSERT ON meeting TO xinfang_scoped;
--> statement-breakpoint
ALTER TABLE meeting_follow_up ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY meeting_follow_up_scope ON meeting_follow_up TO xinfang_scoped
  USING (unit_path LIKE current_setting('xinfang.scope_path', true) || '%')
  WITH CHECK (unit_path LIKE current_setting('xinfang.scope_path', true) || '%');
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE (done_on, done_note) ON meeting_follow_up TO xinfang_scoped;
