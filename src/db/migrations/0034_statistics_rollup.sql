CREATE TABLE "case_clock_stat" (
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"unit_path" text NOT NULL,
	"first_due" date NOT NULL,
	"clocks" integer NOT NULL,
	"running" integer NOT NULL,
	"running_paused" integer NOT NULL,
	"late_done" boolean NOT NULL,
	"running_due" date,
	CONSTRAINT "case_clock_stat_case_id_kind_pk" PRIMARY KEY("case_id","kind")
);
--> statement-breakpoint
CREATE TABLE "case_rollup" (
	"unit_path" text NOT NULL,
	"month" date NOT NULL,
	"pipeline" text NOT NULL,
	"category1" text NOT NULL,
	"channel" text NOT NULL,
	"region" text NOT NULL,
	"n" integer NOT NULL,
	"repeats" integer NOT NULL,
	"skip_level" integer NOT NULL,
	"group_visit" integer NOT NULL,
	CONSTRAINT "case_rollup_month_unit_path_pipeline_category1_channel_region_pk" PRIMARY KEY("month","unit_path","pipeline","category1","channel","region")
);
--> statement-breakpoint
CREATE TABLE "case_rollup_delta" (
	"unit_path" text NOT NULL,
	"month" date NOT NULL,
	"pipeline" text NOT NULL,
	"category1" text NOT NULL,
	"channel" text NOT NULL,
	"region" text NOT NULL,
	"n" integer NOT NULL,
	"repeats" integer NOT NULL,
	"skip_level" integer NOT NULL,
	"group_visit" integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX "case_clock_stat_due_idx" ON "case_clock_stat" USING btree ("kind","first_due","unit_path");--> statement-breakpoint
CREATE INDEX "case_rollup_path_idx" ON "case_rollup" USING btree ("unit_path" text_pattern_ops,"month");