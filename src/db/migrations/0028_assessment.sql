CREATE TABLE "assessment_agreement" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"unit_path" text NOT NULL,
	"year" integer NOT NULL,
	"weights" jsonb NOT NULL,
	"veto" jsonb NOT NULL,
	"deduction_per_event" real NOT NULL,
	"signed_on" date NOT NULL,
	"signed_by_name" text NOT NULL,
	"note" text,
	"created_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "assessment_agreement" ADD CONSTRAINT "assessment_agreement_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "assessment_agreement_unit_year_uq" ON "assessment_agreement" USING btree ("unit_id","year");--> statement-breakpoint
CREATE INDEX "assessment_agreement_path_idx" ON "assessment_agreement" USING btree ("unit_path" text_pattern_ops,"year");