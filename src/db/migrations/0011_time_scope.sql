-- Calendar and time-limit rules are system-wide: every user reads them; only system code writes them.
ALTER TABLE calendar_override ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY calendar_override_read ON calendar_override FOR SELECT TO xinfang_scoped USING (true);
--> statement-breakpoint
GRANT SELECT ON calendar_override TO xinfang_scoped;
--> statement-breakpoint
ALTER TABLE calendar_year ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY calendar_year_read ON calendar_year FOR SELECT TO xinfang_scoped USING (true);
--> statement-breakpoint
GRANT SELECT ON calendar_year TO xinfang_scoped;
--> statement-breakpoint
ALTER TABLE time_limit_rule ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY time_limit_rule_read ON time_limit_rule FOR SELECT TO xinfang_scoped USING (true);
--> statement-breakpoint
GRANT SELECT ON time_limit_rule TO xinfang_scoped;
--> statement-breakpoint
-- A user reads and marks their own notifications only.
ALTER TABLE notification ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY notification_own ON notification TO xinfang_scoped
  USING (user_id::text = current_setting('xinfang.user_id', true))
  WITH CHECK (user_id::text = current_setting('xinfang.user_id', true));
--> statement-breakpoint
GRANT SELECT, UPDATE (read_at) ON notification TO xinfang_scoped;
--> statement-breakpoint
-- Jobs belong to the system.
ALTER TABLE job ENABLE ROW LEVEL SECURITY;
