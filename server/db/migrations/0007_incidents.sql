CREATE TABLE "emergency_plans" (
	"version" integer PRIMARY KEY NOT NULL,
	"content" jsonb NOT NULL,
	"note" text,
	"created_by_person_id" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "incident_access" (
	"incident_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"via" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "incident_access_incident_id_person_id_via_pk" PRIMARY KEY("incident_id","person_id","via")
);
--> statement-breakpoint
CREATE TABLE "incident_assets" (
	"incident_id" uuid NOT NULL,
	"asset_id" uuid NOT NULL,
	"asset_number" text NOT NULL,
	"asset_name" text NOT NULL,
	"department_id" uuid,
	"note" text,
	"linked_by_person_id" uuid,
	"linked_at" timestamp with time zone NOT NULL,
	CONSTRAINT "incident_assets_incident_id_asset_id_pk" PRIMARY KEY("incident_id","asset_id")
);
--> statement-breakpoint
CREATE TABLE "incident_custody" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"file_id" uuid NOT NULL,
	"handed_from" text NOT NULL,
	"handed_to" text NOT NULL,
	"handed_at" timestamp with time zone NOT NULL,
	"note" text,
	"recorded_by_person_id" uuid,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "incident_escalations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"incident_id" uuid NOT NULL,
	"step" integer NOT NULL,
	"duty" text NOT NULL,
	"scope" text NOT NULL,
	"targets" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text NOT NULL,
	"notified_at" timestamp with time zone NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"acknowledged_at" timestamp with time zone,
	"acknowledged_by_person_id" uuid,
	"acknowledged_for_person_id" uuid,
	"note" text,
	"escalated_at" timestamp with time zone,
	"post_report" text,
	"post_reported_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "incident_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"incident_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"description" text,
	"uploaded_by_person_id" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "incident_notifications" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"incident_id" uuid,
	"violation_id" uuid,
	"person_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"message_ja" text NOT NULL,
	"message_en" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "incident_outside_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"incident_id" uuid NOT NULL,
	"body_key" text NOT NULL,
	"decision" text NOT NULL,
	"reason" text,
	"sent_on" date,
	"reference_number" text,
	"decided_by_person_id" uuid,
	"decided_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "incident_prevention_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"incident_id" uuid NOT NULL,
	"title" text NOT NULL,
	"owner_person_id" uuid,
	"due_date" date,
	"status" text DEFAULT 'open' NOT NULL,
	"result" text,
	"done_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "incident_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"incident_id" uuid NOT NULL,
	"title" text NOT NULL,
	"assignee_person_id" uuid,
	"due_date" date,
	"result" text,
	"done_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "incident_timeline" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"incident_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	"text" text NOT NULL,
	"recorded_by_person_id" uuid
);
--> statement-breakpoint
CREATE TABLE "incidents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"receipt_number" text NOT NULL,
	"source" text NOT NULL,
	"summary" text NOT NULL,
	"details" text DEFAULT '' NOT NULL,
	"contact" text,
	"occurred_at" timestamp with time zone,
	"place" text,
	"personal_info" boolean DEFAULT false NOT NULL,
	"person_count" integer,
	"reporter_person_id" uuid,
	"department_id" uuid,
	"stage" text DEFAULT 'new' NOT NULL,
	"triage_decision" text,
	"triage_reason" text,
	"duplicate_of_id" uuid,
	"severity" text,
	"category" text,
	"restricted" boolean DEFAULT false NOT NULL,
	"cause" text,
	"measures" text,
	"ppc_facts" jsonb,
	"press_decision" text,
	"press_reason" text,
	"press_approver_person_id" uuid,
	"press_decided_at" timestamp with time zone,
	"first_acknowledged_at" timestamp with time zone,
	"triaged_at" timestamp with time zone,
	"contained_at" timestamp with time zone,
	"recovered_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "violations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"department_id" uuid,
	"description" text NOT NULL,
	"occurred_on" date,
	"incident_id" uuid,
	"reported_by_person_id" uuid,
	"manager_notified_at" timestamp with time zone,
	"managers_notified" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"measures" text,
	"rights_action" text DEFAULT 'none' NOT NULL,
	"rights_action_at" timestamp with time zone,
	"rights_reason" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "emergency_plans_created_idx" ON "emergency_plans" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "incident_access_person_idx" ON "incident_access" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "incident_assets_department_idx" ON "incident_assets" USING btree ("department_id");--> statement-breakpoint
CREATE INDEX "incident_custody_file_idx" ON "incident_custody" USING btree ("file_id");--> statement-breakpoint
CREATE INDEX "incident_escalations_incident_idx" ON "incident_escalations" USING btree ("incident_id","step");--> statement-breakpoint
CREATE INDEX "incident_files_incident_idx" ON "incident_files" USING btree ("incident_id");--> statement-breakpoint
CREATE INDEX "incident_notifications_person_idx" ON "incident_notifications" USING btree ("person_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "incident_outside_reports_uq" ON "incident_outside_reports" USING btree ("incident_id","body_key");--> statement-breakpoint
CREATE INDEX "incident_prevention_status_idx" ON "incident_prevention_actions" USING btree ("status","incident_id");--> statement-breakpoint
CREATE INDEX "incident_tasks_incident_idx" ON "incident_tasks" USING btree ("incident_id");--> statement-breakpoint
CREATE INDEX "incident_timeline_incident_idx" ON "incident_timeline" USING btree ("incident_id","occurred_at");--> statement-breakpoint
CREATE UNIQUE INDEX "incidents_receipt_uq" ON "incidents" USING btree ("receipt_number");--> statement-breakpoint
CREATE INDEX "incidents_created_idx" ON "incidents" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "incidents_reporter_idx" ON "incidents" USING btree ("reporter_person_id");--> statement-breakpoint
CREATE INDEX "violations_person_idx" ON "violations" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "violations_department_idx" ON "violations" USING btree ("department_id");