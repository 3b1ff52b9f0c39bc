CREATE TABLE "portal_attempt" (
	"code_lookup" text PRIMARY KEY NOT NULL,
	"failures" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "portal_access" DROP COLUMN "failures";--> statement-breakpoint
ALTER TABLE "portal_access" DROP COLUMN "locked_until";--> statement-breakpoint
ALTER TABLE portal_attempt ENABLE ROW LEVEL SECURITY;
