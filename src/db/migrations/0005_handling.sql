CREATE TABLE "case_deadline" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"step" text NOT NULL,
	"days" integer NOT NULL,
	"day_unit" text NOT NULL,
	"start_on" date NOT NULL,
	"due_on" date NOT NULL,
	"original_due_on" date NOT NULL,
	"provisional" boolean DEFAULT false NOT NULL,
	"extension_days" integer DEFAULT 0 NOT NULL,
	"paused_from" date,
	"paused_days" integer DEFAULT 0 NOT NULL,
	"status" text DEFAULT 'running' NOT NULL,
	"completed_on" date,
	"on_time" boolean,
	CONSTRAINT "case_deadline_status_ck" CHECK ("case_deadline"."status" in ('running','met','missed','stopped')),
	CONSTRAINT "case_deadline_unit_ck" CHECK ("case_deadline"."day_unit" in ('calendar','working'))
);
--> statement-breakpoint
CREATE TABLE "instruction" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"leader_user_id" uuid,
	"leader_name" text NOT NULL,
	"unit_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"text" text NOT NULL,
	"document_no" text
);
--> statement-breakpoint
CREATE TABLE "notice" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"notice_no" text NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	"issued_by" text NOT NULL,
	"to_petitioner" boolean NOT NULL,
	"html" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "supervision" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"unit_id" uuid NOT NULL,
	"by_user_id" uuid,
	"by_name" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"reason" text,
	"requirement" text,
	"due_on" date,
	"reply" text,
	"replied_at" timestamp with time zone,
	"replied_by" text,
	CONSTRAINT "supervision_kind_ck" CHECK ("supervision"."kind" in ('supervise','remind'))
);
--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "prior_state" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "extension_used" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "extension_pending" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "source_case_id" uuid;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "source_relation" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "restricted" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "supervised" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "finding" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "evaluation" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "re_reviewed_before" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "search_vector" "tsvector";--> statement-breakpoint
ALTER TABLE "case_deadline" ADD CONSTRAINT "case_deadline_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "instruction" ADD CONSTRAINT "instruction_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notice" ADD CONSTRAINT "notice_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision" ADD CONSTRAINT "supervision_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_deadline_case_idx" ON "case_deadline" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_deadline_running_idx" ON "case_deadline" USING btree ("due_on") WHERE "case_deadline"."status" = 'running';--> statement-breakpoint
CREATE INDEX "instruction_case_idx" ON "instruction" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "notice_case_idx" ON "notice" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "notice_no_uq" ON "notice" USING btree ("notice_no");--> statement-breakpoint
CREATE INDEX "supervision_case_idx" ON "supervision" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "cases_state_idx" ON "cases" USING btree ("unit_id","state");--> statement-breakpoint
CREATE INDEX "cases_source_idx" ON "cases" USING btree ("source_case_id");--> statement-breakpoint
CREATE INDEX "cases_search_gin" ON "cases" USING gin ("search_vector");