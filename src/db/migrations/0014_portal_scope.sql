-- Portal records: staff see a case's messages when they see the case; access secrets, recent codes and challenges
-- are the system's alone (read and written only by the public-portal services, unscoped).
ALTER TABLE portal_message ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY portal_message_scope ON portal_message TO xinfang_scoped USING (xf_case_in_scope(case_id)) WITH CHECK (xf_case_in_scope(case_id));
--> statement-breakpoint
GRANT SELECT, INSERT ON portal_message TO xinfang_scoped;
--> statement-breakpoint
ALTER TABLE portal_access ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE portal_recent ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE portal_challenge ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE reception_slot ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY reception_slot_scope ON reception_slot TO xinfang_scoped USING (xf_unit_in_scope(unit_id)) WITH CHECK (xf_unit_in_scope(unit_id));
--> statement-breakpoint
GRANT SELECT, INSERT, DELETE ON reception_slot TO xinfang_scoped;
