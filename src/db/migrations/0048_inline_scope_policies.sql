-- The scope policies of tables below a case or a unit, with their condition written out instead of calling
-- xf_case_in_scope / xf_unit_in_scope. A SQL function whose body holds a sub-select is never inlined: PostgreSQL ran
-- it as a function of its own for every row checked, parsing and planning its body each time (pg_stat_statements at
-- a million cases: 4 calls and 0.6 ms of planning per registration, for the rows of petitioners, accused, trail,
-- clocks and counters it writes; bench/README.md). Written out, the condition is a sub-plan of the statement,
-- planned with it (once, for a prepared statement). Same meaning: the case (or unit) must be one the caller sees,
-- and the sub-select on cases is itself under the cases policy, as the function's was. The functions stay for
-- anything else that calls them.
ALTER POLICY petitioner_scope ON petitioner USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id)) WITH CHECK (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id));
--> statement-breakpoint
ALTER POLICY accused_scope ON accused USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id)) WITH CHECK (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id));
--> statement-breakpoint
ALTER POLICY attachment_scope ON attachment USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id)) WITH CHECK (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id));
--> statement-breakpoint
ALTER POLICY instruction_scope ON instruction USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id)) WITH CHECK (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id));
--> statement-breakpoint
ALTER POLICY supervision_scope ON supervision USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id)) WITH CHECK (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id));
--> statement-breakpoint
ALTER POLICY notice_scope ON notice USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id)) WITH CHECK (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id));
--> statement-breakpoint
ALTER POLICY case_deadline_scope ON case_deadline USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id)) WITH CHECK (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id));
--> statement-breakpoint
ALTER POLICY portal_message_scope ON portal_message USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id)) WITH CHECK (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id));
--> statement-breakpoint
ALTER POLICY reception_visit_scope ON reception_visit USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id)) WITH CHECK (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id));
--> statement-breakpoint
ALTER POLICY case_link_scope ON case_link USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = from_case_id) OR EXISTS (SELECT 1 FROM cases c WHERE c.id = to_case_id)) WITH CHECK (EXISTS (SELECT 1 FROM cases c WHERE c.id = from_case_id));
--> statement-breakpoint
ALTER POLICY case_event_read ON case_event USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id));
--> statement-breakpoint
ALTER POLICY case_event_append ON case_event WITH CHECK (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id));
--> statement-breakpoint
ALTER POLICY app_user_scope ON app_user USING (EXISTS (SELECT 1 FROM unit u WHERE u.id = unit_id AND u.path LIKE current_setting('xinfang.scope_path', true) || '%')) WITH CHECK (EXISTS (SELECT 1 FROM unit u WHERE u.id = unit_id AND u.path LIKE current_setting('xinfang.scope_path', true) || '%'));
--> statement-breakpoint
ALTER POLICY api_token_scope ON api_token USING (EXISTS (SELECT 1 FROM unit u WHERE u.id = unit_id AND u.path LIKE current_setting('xinfang.scope_path', true) || '%')) WITH CHECK (EXISTS (SELECT 1 FROM unit u WHERE u.id = unit_id AND u.path LIKE current_setting('xinfang.scope_path', true) || '%'));
--> statement-breakpoint
ALTER POLICY case_counter_scope ON case_counter USING (EXISTS (SELECT 1 FROM unit u WHERE u.id = unit_id AND u.path LIKE current_setting('xinfang.scope_path', true) || '%')) WITH CHECK (EXISTS (SELECT 1 FROM unit u WHERE u.id = unit_id AND u.path LIKE current_setting('xinfang.scope_path', true) || '%'));
--> statement-breakpoint
ALTER POLICY import_job_scope ON import_job USING (EXISTS (SELECT 1 FROM unit u WHERE u.id = unit_id AND u.path LIKE current_setting('xinfang.scope_path', true) || '%')) WITH CHECK (EXISTS (SELECT 1 FROM unit u WHERE u.id = unit_id AND u.path LIKE current_setting('xinfang.scope_path', true) || '%'));
--> statement-breakpoint
ALTER POLICY reception_slot_scope ON reception_slot USING (EXISTS (SELECT 1 FROM unit u WHERE u.id = unit_id AND u.path LIKE current_setting('xinfang.scope_path', true) || '%')) WITH CHECK (EXISTS (SELECT 1 FROM unit u WHERE u.id = unit_id AND u.path LIKE current_setting('xinfang.scope_path', true) || '%'));
--> statement-breakpoint
ALTER POLICY reception_swap_scope ON reception_swap USING (EXISTS (SELECT 1 FROM unit u WHERE u.id = unit_id AND u.path LIKE current_setting('xinfang.scope_path', true) || '%')) WITH CHECK (EXISTS (SELECT 1 FROM unit u WHERE u.id = unit_id AND u.path LIKE current_setting('xinfang.scope_path', true) || '%'));
--> statement-breakpoint
ALTER POLICY audit_read_scope ON audit_entry USING (EXISTS (SELECT 1 FROM unit u WHERE u.id = unit_id AND u.path LIKE current_setting('xinfang.scope_path', true) || '%') OR EXISTS (SELECT 1 FROM unit u WHERE u.id = object_unit_id AND u.path LIKE current_setting('xinfang.scope_path', true) || '%'));
--> statement-breakpoint
-- The clock summaries' refresh runs for every statement that writes clocks, on an array of case ids: its plans were
-- made anew each time (the planner guessed a custom plan cheaper for each array; pg_stat_statements: 0.8 ms of
-- planning per call). The generic plan reads case_deadline by its case index as well.
ALTER FUNCTION case_clock_stat_refresh(uuid[]) SET plan_cache_mode = force_generic_plan;
