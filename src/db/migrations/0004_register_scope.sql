-- Data scope of the register: a case is visible to its unit's subtree; its petitioners, accused, files, links and
-- trail are visible exactly when the case is.
ALTER TABLE cases ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY cases_scope ON cases TO xinfang_scoped
  USING (unit_path LIKE current_setting('xinfang.scope_path', true) || '%')
  WITH CHECK (unit_path LIKE current_setting('xinfang.scope_path', true) || '%');
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON cases TO xinfang_scoped;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION xf_case_in_scope(case_id uuid) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id)
$$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION xf_case_in_scope(uuid) TO xinfang_scoped;
--> statement-breakpoint
ALTER TABLE petitioner ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY petitioner_scope ON petitioner TO xinfang_scoped USING (xf_case_in_scope(case_id)) WITH CHECK (xf_case_in_scope(case_id));
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON petitioner TO xinfang_scoped;
--> statement-breakpoint
ALTER TABLE accused ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY accused_scope ON accused TO xinfang_scoped USING (xf_case_in_scope(case_id)) WITH CHECK (xf_case_in_scope(case_id));
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON accused TO xinfang_scoped;
--> statement-breakpoint
ALTER TABLE attachment ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY attachment_scope ON attachment TO xinfang_scoped USING (xf_case_in_scope(case_id)) WITH CHECK (xf_case_in_scope(case_id));
--> statement-breakpoint
GRANT SELECT, INSERT ON attachment TO xinfang_scoped;
--> statement-breakpoint
ALTER TABLE case_link ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY case_link_scope ON case_link TO xinfang_scoped
  USING (xf_case_in_scope(from_case_id) OR xf_case_in_scope(to_case_id))
  WITH CHECK (xf_case_in_scope(from_case_id));
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE (undone_at, undone_by) ON case_link TO xinfang_scoped;
--> statement-breakpoint
ALTER TABLE case_event ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY case_event_read ON case_event FOR SELECT TO xinfang_scoped USING (xf_case_in_scope(case_id));
--> statement-breakpoint
CREATE POLICY case_event_append ON case_event FOR INSERT TO xinfang_scoped WITH CHECK (xf_case_in_scope(case_id));
--> statement-breakpoint
GRANT SELECT, INSERT ON case_event TO xinfang_scoped;
--> statement-breakpoint
GRANT USAGE ON SEQUENCE case_event_id_seq TO xinfang_scoped;
--> statement-breakpoint
CREATE TRIGGER case_event_no_update BEFORE UPDATE OR DELETE ON case_event
  FOR EACH ROW EXECUTE FUNCTION xf_audit_immutable();
--> statement-breakpoint
ALTER TABLE case_counter ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY case_counter_scope ON case_counter TO xinfang_scoped USING (xf_unit_in_scope(unit_id)) WITH CHECK (xf_unit_in_scope(unit_id));
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON case_counter TO xinfang_scoped;
--> statement-breakpoint
ALTER TABLE category ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY category_read ON category FOR SELECT TO xinfang_scoped USING (true);
--> statement-breakpoint
GRANT SELECT ON category TO xinfang_scoped;
