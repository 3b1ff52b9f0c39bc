CREATE TABLE "ownership" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"unit_path" text NOT NULL,
	"kind" text NOT NULL,
	"object_id" uuid,
	"object_label" text NOT NULL,
	"leader_user_id" uuid NOT NULL,
	"leader_name" text NOT NULL,
	"assigned_person" text NOT NULL,
	"responsibility" text NOT NULL,
	"measures" text NOT NULL,
	"goal" text NOT NULL,
	"started_on" date NOT NULL,
	"target_date" date NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"resolved_on" date,
	"resolution" text,
	"created_by_name" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "ownership_kind_ck" CHECK ("ownership"."kind" in ('case','risk','keyPerson','village','enterprise')),
	CONSTRAINT "ownership_status_ck" CHECK ("ownership"."status" in ('active','resolved'))
);
--> statement-breakpoint
CREATE TABLE "ownership_progress" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"ownership_id" uuid NOT NULL,
	"unit_path" text NOT NULL,
	"day" date NOT NULL,
	"note" text NOT NULL,
	"by_name" text NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "ownership" ADD CONSTRAINT "ownership_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ownership" ADD CONSTRAINT "ownership_leader_user_id_app_user_id_fk" FOREIGN KEY ("leader_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ownership_progress" ADD CONSTRAINT "ownership_progress_ownership_id_ownership_id_fk" FOREIGN KEY ("ownership_id") REFERENCES "public"."ownership"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ownership_leader_idx" ON "ownership" USING btree ("leader_user_id","status");--> statement-breakpoint
CREATE INDEX "ownership_object_idx" ON "ownership" USING btree ("object_id");--> statement-breakpoint
CREATE INDEX "ownership_path_idx" ON "ownership" USING btree ("unit_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "ownership_progress_idx" ON "ownership_progress" USING btree ("ownership_id","day");