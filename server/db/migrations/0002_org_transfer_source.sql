ALTER TABLE "transfer_batches" ADD COLUMN "source" text DEFAULT 'form' NOT NULL;--> statement-breakpoint
ALTER TABLE "transfer_batches" ADD COLUMN "source_file" text;--> statement-breakpoint
ALTER TABLE "transfer_batches" ADD COLUMN "applied_by" uuid;--> statement-breakpoint
ALTER TABLE "transfer_batches" ADD COLUMN "cancelled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "transfer_batches" ADD COLUMN "cancelled_by" uuid;