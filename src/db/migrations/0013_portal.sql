CREATE TABLE "portal_access" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"code_lookup" text NOT NULL,
	"secret_hash" text NOT NULL,
	"failures" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "portal_challenge" (
	"id" text PRIMARY KEY NOT NULL,
	"used_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "portal_message" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"sender" text NOT NULL,
	"author_name" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "portal_message_sender_ck" CHECK ("portal_message"."sender" in ('office','petitioner'))
);
--> statement-breakpoint
CREATE TABLE "portal_recent" (
	"content_key" text PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"code_enc" text NOT NULL,
	"password_enc" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reception_slot" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"day" date NOT NULL,
	"time_range" text NOT NULL,
	"leader_name" text NOT NULL,
	"leader_title" text,
	"place" text NOT NULL,
	"topics" text,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "portal_access" ADD CONSTRAINT "portal_access_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_message" ADD CONSTRAINT "portal_message_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "portal_access_lookup_uq" ON "portal_access" USING btree ("code_lookup");--> statement-breakpoint
CREATE INDEX "portal_message_case_idx" ON "portal_message" USING btree ("case_id","created_at");--> statement-breakpoint
CREATE INDEX "portal_recent_expires_idx" ON "portal_recent" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "reception_slot_day_idx" ON "reception_slot" USING btree ("day");