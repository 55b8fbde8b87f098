ALTER TABLE "assurance_audits" ADD COLUMN "system_ids" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "assurance_audits" ADD COLUMN "contractor_ids" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "assurance_findings" ADD COLUMN "lateral_zone" text;