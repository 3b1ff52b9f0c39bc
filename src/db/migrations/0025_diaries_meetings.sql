CREATE TABLE "field_diary" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"unit_path" text NOT NULL,
	"author_id" uuid,
	"author_name" text NOT NULL,
	"visited_on" date NOT NULL,
	"visitors" text NOT NULL,
	"place" text NOT NULL,
	"met_with" text NOT NULL,
	"problems_found" text NOT NULL,
	"follow_up" text NOT NULL,
	"risk_id" uuid,
	"case_id" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"unit_path" text NOT NULL,
	"kind" text NOT NULL,
	"held_on" date NOT NULL,
	"attendees" text NOT NULL,
	"topics" text NOT NULL,
	"decisions" text NOT NULL,
	"recorded_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "meeting_kind_ck" CHECK ("meeting"."kind" in ('screening','partyCommittee','cadreForum','liaisonMeeting','petitionerTalk','other'))
);
--> statement-breakpoint
CREATE TABLE "meeting_follow_up" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"unit_path" text NOT NULL,
	"task" text NOT NULL,
	"owner_name" text NOT NULL,
	"due_on" date NOT NULL,
	"done_on" date,
	"done_note" text
);
--> statement-breakpoint
ALTER TABLE "risk_item" ALTER COLUMN "report_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "field_diary" ADD CONSTRAINT "field_diary_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_diary" ADD CONSTRAINT "field_diary_author_id_app_user_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_diary" ADD CONSTRAINT "field_diary_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_follow_up" ADD CONSTRAINT "meeting_follow_up_meeting_id_meeting_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meeting"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "field_diary_path_idx" ON "field_diary" USING btree ("unit_path" text_pattern_ops,"visited_on");--> statement-breakpoint
CREATE INDEX "meeting_path_idx" ON "meeting" USING btree ("unit_path" text_pattern_ops,"held_on");--> statement-breakpoint
CREATE INDEX "meeting_follow_up_meeting_idx" ON "meeting_follow_up" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "meeting_follow_up_path_idx" ON "meeting_follow_up" USING btree ("unit_path" text_pattern_ops,"due_on");