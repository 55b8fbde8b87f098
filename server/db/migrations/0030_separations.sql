CREATE TABLE "separations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"effective_date" date NOT NULL,
	"expected_return" date,
	"note" text,
	"status" text NOT NULL,
	"from_department_id" uuid,
	"handover" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"applied_at" timestamp with time zone,
	"applied_by" uuid,
	"cancelled_at" timestamp with time zone,
	"cancelled_by" uuid
);
--> statement-breakpoint
CREATE INDEX "separations_person_idx" ON "separations" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "separations_status_idx" ON "separations" USING btree ("status","effective_date");