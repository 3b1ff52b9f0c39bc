ALTER TABLE "cases" ADD COLUMN "next_due_on" date;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "next_warn_on" date;--> statement-breakpoint
CREATE INDEX "cases_unit_path_due_idx" ON "cases" USING btree ("unit_path" text_pattern_ops,"next_due_on") WHERE "cases"."next_due_on" is not null;--> statement-breakpoint
CREATE INDEX "cases_unit_path_warn_idx" ON "cases" USING btree ("unit_path" text_pattern_ops,"next_warn_on") WHERE "cases"."next_warn_on" is not null;