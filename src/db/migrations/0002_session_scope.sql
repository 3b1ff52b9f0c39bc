-- An administrator who deactivates a user or resets a password ends that user's sessions: the scoped role
-- may read and revoke the sessions of users it can see, and nothing else.
CREATE POLICY session_scope ON session TO xinfang_scoped
  USING (EXISTS (SELECT 1 FROM app_user u WHERE u.id = session.user_id))
  WITH CHECK (EXISTS (SELECT 1 FROM app_user u WHERE u.id = session.user_id));
--> statement-breakpoint
GRANT SELECT, UPDATE (revoked_at) ON session TO xinfang_scoped;
