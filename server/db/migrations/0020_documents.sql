CREATE TABLE "document_acknowledgements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"document_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"version_number" integer NOT NULL,
	"person_id" uuid NOT NULL,
	"method" text NOT NULL,
	"signed_on" date,
	"recorded_by_person_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "document_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"document_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"body" text NOT NULL,
	"change_summary" text,
	"material_change" boolean NOT NULL,
	"state" text NOT NULL,
	"effective_on" date,
	"approved_at" timestamp with time zone,
	"approved_by_person_id" uuid,
	"approved_duty" text,
	"approved_clause" text,
	"published_at" timestamp with time zone,
	"published_by_person_id" uuid,
	"superseded_at" timestamp with time zone,
	"content" jsonb,
	"created_by_person_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"department_id" uuid,
	"system_name" text,
	"audience" jsonb NOT NULL,
	"origin" text,
	"review_due_on" date,
	"last_reviewed_at" timestamp with time zone,
	"created_by_person_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "document_acks_person_version_uq" ON "document_acknowledgements" USING btree ("version_id","person_id");--> statement-breakpoint
CREATE INDEX "document_acks_document_person_idx" ON "document_acknowledgements" USING btree ("document_id","person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "document_versions_number_uq" ON "document_versions" USING btree ("document_id","number");--> statement-breakpoint
CREATE INDEX "document_versions_state_idx" ON "document_versions" USING btree ("state");--> statement-breakpoint
CREATE UNIQUE INDEX "document_versions_published_uq" ON "document_versions" USING btree ("document_id") WHERE "document_versions"."state" = 'published';--> statement-breakpoint
CREATE INDEX "documents_department_idx" ON "documents" USING btree ("department_id");--> statement-breakpoint
CREATE UNIQUE INDEX "documents_origin_uq" ON "documents" USING btree ("origin") WHERE "documents"."origin" is not null;