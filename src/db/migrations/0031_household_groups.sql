CREATE TABLE "household_group" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"unit_path" text NOT NULL,
	"name" text NOT NULL,
	"leader_name" text NOT NULL,
	"households" integer NOT NULL,
	"members" text,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "household_group_households_ck" CHECK ("household_group"."households" between 1 and 50)
);
--> statement-breakpoint
ALTER TABLE "household_group" ADD CONSTRAINT "household_group_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "household_group_name_uq" ON "household_group" USING btree ("unit_id","name");