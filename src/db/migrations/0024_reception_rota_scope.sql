-- 领导接访 rota: swaps are visible to the slot's unit subtree; the receiving leader of a visit exactly when the
-- case is. A swap changes the slot's leader, so the scoped role may now update reception slots.
ALTER TABLE reception_swap ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY reception_swap_scope ON reception_swap TO xinfang_scoped USING (xf_unit_in_scope(unit_id)) WITH CHECK (xf_unit_in_scope(unit_id));
--> statement-breakpoint
GRANT SELECT, INSERT ON reception_swap TO xinfang_scoped;
--> statement-breakpoint
ALTER TABLE reception_visit ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY reception_visit_scope ON reception_visit TO xinfang_scoped USING (xf_case_in_scope(case_id)) WITH CHECK (xf_case_in_scope(case_id));
--> statement-breakpoint
GRANT SELECT, INSERT ON reception_visit TO xinfang_scoped;
--> statement-breakpoint
GRANT UPDATE (leader_name, leader_title) ON reception_slot TO xinfang_scoped;
