CREATE TABLE "risk_item" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"unit_path" text NOT NULL,
	"ord" integer NOT NULL,
	"description" text NOT NULL,
	"people_count" integer NOT NULL,
	"key_persons" text,
	"category" text NOT NULL,
	"level" text NOT NULL,
	"measures" text NOT NULL,
	"responsible_person" text NOT NULL,
	"deadline" date NOT NULL,
	"status" text NOT NULL,
	"resolution" text,
	"reported_on" date NOT NULL,
	"closed_on" date,
	"case_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "risk_item_level_ck" CHECK ("risk_item"."level" in ('ordinary','major','critical')),
	CONSTRAINT "risk_item_status_ck" CHECK ("risk_item"."status" in ('screening','mediating','resolved','convertedToCase')),
	CONSTRAINT "risk_item_people_ck" CHECK ("risk_item"."people_count" > 0),
	CONSTRAINT "risk_item_case_ck" CHECK (("risk_item"."status" = 'convertedToCase') = ("risk_item"."case_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "risk_progress" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"risk_id" uuid NOT NULL,
	"unit_path" text NOT NULL,
	"day" date NOT NULL,
	"note" text NOT NULL,
	"by_user_id" uuid,
	"by_name" text NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "risk_report" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"unit_path" text NOT NULL,
	"frequency" text NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"due_on" date NOT NULL,
	"filed_on" date NOT NULL,
	"filed_at" timestamp with time zone NOT NULL,
	"filed_by" uuid,
	"filed_by_name" text NOT NULL,
	"is_nil" boolean NOT NULL,
	"note" text,
	CONSTRAINT "risk_report_frequency_ck" CHECK ("risk_report"."frequency" in ('weekly','halfMonthly','monthly'))
);
--> statement-breakpoint
ALTER TABLE "risk_item" ADD CONSTRAINT "risk_item_report_id_risk_report_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."risk_report"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_item" ADD CONSTRAINT "risk_item_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_item" ADD CONSTRAINT "risk_item_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_progress" ADD CONSTRAINT "risk_progress_risk_id_risk_item_id_fk" FOREIGN KEY ("risk_id") REFERENCES "public"."risk_item"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_progress" ADD CONSTRAINT "risk_progress_by_user_id_app_user_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_report" ADD CONSTRAINT "risk_report_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_report" ADD CONSTRAINT "risk_report_filed_by_app_user_id_fk" FOREIGN KEY ("filed_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "risk_item_report_idx" ON "risk_item" USING btree ("report_id","ord");--> statement-breakpoint
CREATE INDEX "risk_item_path_idx" ON "risk_item" USING btree ("unit_path" text_pattern_ops,"status");--> statement-breakpoint
CREATE INDEX "risk_progress_risk_idx" ON "risk_progress" USING btree ("risk_id","day");--> statement-breakpoint
CREATE UNIQUE INDEX "risk_report_period_uq" ON "risk_report" USING btree ("unit_id","period_start");--> statement-breakpoint
CREATE INDEX "risk_report_path_idx" ON "risk_report" USING btree ("unit_path" text_pattern_ops,"period_start");