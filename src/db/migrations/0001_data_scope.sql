-- Data scope (docs/ARCHITECTURE.md "Data scope"): every request of a signed-in user runs in a transaction
-- that sets xinfang.scope_path to the path of the user's unit and switches to the role xinfang_scoped.
-- Row-level security then limits every table to that unit's subtree, whatever the query says.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'xinfang_scoped') THEN
    CREATE ROLE xinfang_scoped NOLOGIN;
  END IF;
END $$;
--> statement-breakpoint
GRANT xinfang_scoped TO CURRENT_USER;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO xinfang_scoped;
--> statement-breakpoint
-- True when the unit lies in the caller's subtree; false (never null) when no scope is set.
CREATE OR REPLACE FUNCTION xf_unit_in_scope(unit_id uuid) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT coalesce(
    (SELECT u.path LIKE current_setting('xinfang.scope_path', true) || '%' FROM unit u WHERE u.id = unit_id),
    false)
$$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION xf_unit_in_scope(uuid) TO xinfang_scoped;
--> statement-breakpoint
ALTER TABLE unit ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY unit_scope ON unit TO xinfang_scoped
  USING (path LIKE current_setting('xinfang.scope_path', true) || '%')
  WITH CHECK (path LIKE current_setting('xinfang.scope_path', true) || '%');
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON unit TO xinfang_scoped;
--> statement-breakpoint
ALTER TABLE app_user ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY app_user_scope ON app_user TO xinfang_scoped
  USING (xf_unit_in_scope(unit_id)) WITH CHECK (xf_unit_in_scope(unit_id));
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON app_user TO xinfang_scoped;
--> statement-breakpoint
ALTER TABLE api_token ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY api_token_scope ON api_token TO xinfang_scoped
  USING (xf_unit_in_scope(unit_id)) WITH CHECK (xf_unit_in_scope(unit_id));
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON api_token TO xinfang_scoped;
--> statement-breakpoint
-- Sessions are read and written only by the authentication layer, never inside a user's scope.
ALTER TABLE session ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE audit_entry ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY audit_read_scope ON audit_entry FOR SELECT TO xinfang_scoped
  USING (xf_unit_in_scope(unit_id) OR xf_unit_in_scope(object_unit_id));
--> statement-breakpoint
CREATE POLICY audit_append ON audit_entry FOR INSERT TO xinfang_scoped WITH CHECK (true);
--> statement-breakpoint
GRANT SELECT, INSERT ON audit_entry TO xinfang_scoped;
--> statement-breakpoint
GRANT USAGE ON SEQUENCE audit_entry_id_seq TO xinfang_scoped;
--> statement-breakpoint
ALTER TABLE setting ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY setting_read ON setting FOR SELECT TO xinfang_scoped USING (true);
--> statement-breakpoint
GRANT SELECT ON setting TO xinfang_scoped;
--> statement-breakpoint
-- The audit trail is append-only for everyone, the table owner included.
CREATE OR REPLACE FUNCTION xf_audit_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '审计记录不可修改或删除' USING ERRCODE = 'insufficient_privilege';
END $$;
--> statement-breakpoint
CREATE TRIGGER audit_entry_no_update BEFORE UPDATE OR DELETE ON audit_entry
  FOR EACH ROW EXECUTE FUNCTION xf_audit_immutable();
--> statement-breakpoint
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
  FOR EACH STATEMENT EXECUTE FUNCTION xf_audit_immutable();
