CREATE TABLE "reception_swap" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slot_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"day" date NOT NULL,
	"from_leader" text NOT NULL,
	"to_leader" text NOT NULL,
	"to_title" text,
	"reason" text NOT NULL,
	"by_name" text NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reception_visit" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"slot_id" uuid NOT NULL,
	"leader_name" text NOT NULL,
	"leader_title" text,
	"day" date NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "reception_swap" ADD CONSTRAINT "reception_swap_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_visit" ADD CONSTRAINT "reception_visit_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "reception_swap_slot_idx" ON "reception_swap" USING btree ("slot_id","at");--> statement-breakpoint
CREATE INDEX "reception_visit_slot_idx" ON "reception_visit" USING btree ("slot_id");