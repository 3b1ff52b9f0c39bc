-- Statistics read the rollup and the clock summaries by the period first (a month of a province is a few thousand
-- rollup rows, all units together), with the subtree checked in the index and every counted column INCLUDEd, so a
-- figure is an index-only scan: the rows of one month lie scattered in the heap, and reading them was most of the
-- time at a million cases (clock summaries of a county: 0.6 s cold). Drizzle's schema cannot say INCLUDE; it is
-- written here by hand.
DROP INDEX "case_rollup_path_idx";--> statement-breakpoint
DROP INDEX "case_clock_stat_due_idx";--> statement-breakpoint
CREATE INDEX "case_rollup_month_idx" ON "case_rollup" USING btree ("month","unit_path" text_pattern_ops)
  INCLUDE ("pipeline", "category1", "channel", "region", "n", "repeats", "skip_level", "group_visit");--> statement-breakpoint
CREATE INDEX "case_clock_stat_due_idx" ON "case_clock_stat" USING btree ("kind","first_due","unit_path" text_pattern_ops)
  INCLUDE ("clocks", "running", "running_paused", "late_done", "running_due");
