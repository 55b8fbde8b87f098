ALTER TABLE "system_accounts" ADD COLUMN "deletion_outcome" text;--> statement-breakpoint
ALTER TABLE "system_accounts" ADD COLUMN "deletion_decided_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "system_accounts" ADD COLUMN "deletion_decided_by" uuid;--> statement-breakpoint
ALTER TABLE "system_accounts" ADD COLUMN "deletion_note" text;