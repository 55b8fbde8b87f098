ALTER TABLE "system_accounts" ADD COLUMN "deletion_requested_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "system_accounts" ADD COLUMN "deletion_reason" text;