ALTER TABLE "system_accounts" ADD COLUMN "renamed_from" text;--> statement-breakpoint
ALTER TABLE "system_accounts" ADD COLUMN "renamed_on" date;--> statement-breakpoint
ALTER TABLE "system_accounts" ADD COLUMN "connection_limit_minutes" integer;--> statement-breakpoint
ALTER TABLE "system_accounts" ADD COLUMN "purpose" text DEFAULT 'operation' NOT NULL;--> statement-breakpoint
ALTER TABLE "system_accounts" ADD COLUMN "development_ends_on" date;