ALTER TABLE "cases" ADD COLUMN "review_unit_id" uuid;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "review_unit_path" text;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_review_unit_id_unit_id_fk" FOREIGN KEY ("review_unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cases_review_unit_idx" ON "cases" USING btree ("review_unit_id","state") WHERE "cases"."review_unit_id" is not null;