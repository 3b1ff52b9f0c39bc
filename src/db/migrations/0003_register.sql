CREATE TABLE "accused" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"ord" integer NOT NULL,
	"kind" text DEFAULT 'person' NOT NULL,
	"name" text,
	"unit_name" text,
	"position" text,
	"rank" text,
	"is_unit_chief" boolean DEFAULT false NOT NULL,
	"region_code" text,
	"match_key" text
);
--> statement-breakpoint
CREATE TABLE "attachment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"file_name" text NOT NULL,
	"mime" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"storage_key" text NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"uploaded_by" text NOT NULL,
	CONSTRAINT "attachment_kind_ck" CHECK ("attachment"."kind" in ('scan','audio','document','image','other'))
);
--> statement-breakpoint
CREATE TABLE "case_counter" (
	"unit_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"last_seq" integer NOT NULL,
	CONSTRAINT "case_counter_unit_id_year_pk" PRIMARY KEY("unit_id","year")
);
--> statement-breakpoint
CREATE TABLE "case_event" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_name" text NOT NULL,
	"actor_user_id" uuid,
	"unit_id" uuid,
	"action" text NOT NULL,
	"from_state" text,
	"to_state" text,
	"opinion" text,
	"detail" jsonb
);
--> statement-breakpoint
CREATE TABLE "case_link" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"from_case_id" uuid NOT NULL,
	"to_case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text NOT NULL,
	"undone_at" timestamp with time zone,
	"undone_by" text,
	CONSTRAINT "case_link_kind_ck" CHECK ("case_link"."kind" in ('repeatOf','assignedTo','transferredTo','escalatedTo','reviewOf')),
	CONSTRAINT "case_link_not_self_ck" CHECK ("case_link"."from_case_id" <> "case_link"."to_case_id")
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_no" text NOT NULL,
	"unit_id" uuid NOT NULL,
	"unit_path" text NOT NULL,
	"received_on" date NOT NULL,
	"registered_at" timestamp with time zone NOT NULL,
	"registered_by" uuid,
	"registered_via" text NOT NULL,
	"backdate_reason" text,
	"channel" text NOT NULL,
	"source" text NOT NULL,
	"pipeline" text NOT NULL,
	"nature" text NOT NULL,
	"category_code" text,
	"matter_region_code" text,
	"title" text NOT NULL,
	"summary" text,
	"content" text,
	"demands" text,
	"urgency" text DEFAULT 'normal' NOT NULL,
	"secrecy" text DEFAULT 'none' NOT NULL,
	"anonymous" boolean NOT NULL,
	"real_name" boolean NOT NULL,
	"headcount" integer DEFAULT 1 NOT NULL,
	"group_visit" boolean DEFAULT false NOT NULL,
	"skip_level" boolean DEFAULT false NOT NULL,
	"caller_number_enc" text,
	"caller_number_masked" text,
	"repeat_status" text DEFAULT 'unchecked' NOT NULL,
	"repeat_of" uuid,
	"repeat_count" integer DEFAULT 0 NOT NULL,
	"content_bands" integer[] DEFAULT '{}'::int[] NOT NULL,
	"external_key" text,
	"state" text DEFAULT 'registered' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cases_channel_ck" CHECK ("cases"."channel" in ('letter','visit','phone','online','sms','fax','email','transferIn','leaderReferral')),
	CONSTRAINT "cases_pipeline_ck" CHECK ("cases"."pipeline" in ('government','discipline')),
	CONSTRAINT "cases_repeat_status_ck" CHECK ("cases"."repeat_status" in ('unchecked','new','repeat')),
	CONSTRAINT "cases_headcount_ck" CHECK ("cases"."headcount" >= 1),
	CONSTRAINT "cases_region_ck" CHECK ("cases"."matter_region_code" is null or "cases"."matter_region_code" ~ '^[0-9]{6}([0-9]{3}([0-9]{3})?)?$'),
	CONSTRAINT "cases_via_ck" CHECK ("cases"."registered_via" in ('console','api','import','portal'))
);
--> statement-breakpoint
CREATE TABLE "category" (
	"pipeline" text NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"parent_code" text,
	"department" text,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	CONSTRAINT "category_pipeline_code_pk" PRIMARY KEY("pipeline","code")
);
--> statement-breakpoint
CREATE TABLE "petitioner" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"ord" integer NOT NULL,
	"is_primary" boolean DEFAULT false NOT NULL,
	"is_representative" boolean DEFAULT false NOT NULL,
	"name_enc" text,
	"name_masked" text,
	"sex" text,
	"id_number_enc" text,
	"id_number_masked" text,
	"phones_enc" text,
	"phones_masked" text,
	"address_enc" text,
	"address_masked" text,
	"region_code" text,
	"work_unit" text,
	"occupation" text,
	"id_hash" text,
	"phone_hashes" text[] DEFAULT '{}'::text[] NOT NULL,
	"name_address_hash" text
);
--> statement-breakpoint
ALTER TABLE "accused" ADD CONSTRAINT "accused_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachment" ADD CONSTRAINT "attachment_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_counter" ADD CONSTRAINT "case_counter_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_event" ADD CONSTRAINT "case_event_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_link" ADD CONSTRAINT "case_link_from_case_id_cases_id_fk" FOREIGN KEY ("from_case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_link" ADD CONSTRAINT "case_link_to_case_id_cases_id_fk" FOREIGN KEY ("to_case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_registered_by_app_user_id_fk" FOREIGN KEY ("registered_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petitioner" ADD CONSTRAINT "petitioner_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "accused_case_idx" ON "accused" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "accused_match_idx" ON "accused" USING btree ("match_key");--> statement-breakpoint
CREATE INDEX "attachment_case_idx" ON "attachment" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_event_case_idx" ON "case_event" USING btree ("case_id","id");--> statement-breakpoint
CREATE INDEX "case_link_from_idx" ON "case_link" USING btree ("from_case_id");--> statement-breakpoint
CREATE INDEX "case_link_to_idx" ON "case_link" USING btree ("to_case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "cases_case_no_uq" ON "cases" USING btree ("case_no");--> statement-breakpoint
CREATE UNIQUE INDEX "cases_external_key_uq" ON "cases" USING btree ("external_key");--> statement-breakpoint
CREATE INDEX "cases_unit_received_idx" ON "cases" USING btree ("unit_id","received_on");--> statement-breakpoint
CREATE INDEX "cases_unit_path_idx" ON "cases" USING btree ("unit_path" text_pattern_ops,"received_on");--> statement-breakpoint
CREATE INDEX "cases_received_idx" ON "cases" USING btree ("received_on");--> statement-breakpoint
CREATE INDEX "cases_bands_gin" ON "cases" USING gin ("content_bands");--> statement-breakpoint
CREATE INDEX "cases_repeat_of_idx" ON "cases" USING btree ("repeat_of");--> statement-breakpoint
CREATE INDEX "petitioner_case_idx" ON "petitioner" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "petitioner_id_hash_idx" ON "petitioner" USING btree ("id_hash");--> statement-breakpoint
CREATE INDEX "petitioner_phone_gin" ON "petitioner" USING gin ("phone_hashes");--> statement-breakpoint
CREATE INDEX "petitioner_name_address_idx" ON "petitioner" USING btree ("name_address_hash");