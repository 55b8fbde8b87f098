CREATE TABLE "register_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigserial NOT NULL,
	"register" text NOT NULL,
	"entry_type" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"department_id" uuid NOT NULL,
	"person_id" uuid,
	"asset_id" uuid,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"corrects_id" uuid,
	"closes_id" uuid,
	"source_request_id" uuid,
	"recorded_by_person_id" uuid,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "carry_out_log" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigserial NOT NULL,
	"request_id" uuid,
	"asset_id" uuid,
	"asset_label" text NOT NULL,
	"event" text NOT NULL,
	"department_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"destination" text,
	"purpose" text,
	"due_at" timestamp with time zone,
	"occurred_at" timestamp with time zone NOT NULL,
	"note" text,
	"corrects_id" uuid,
	"recorded_by_person_id" uuid,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "request_assets" (
	"request_id" uuid NOT NULL,
	"asset_id" uuid NOT NULL,
	"snapshot" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "request_assets_request_id_asset_id_pk" PRIMARY KEY("request_id","asset_id")
);
--> statement-breakpoint
CREATE TABLE "request_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"step" integer NOT NULL,
	"duty" text NOT NULL,
	"decision" text NOT NULL,
	"person_id" uuid NOT NULL,
	"acting_for_person_id" uuid,
	"override" boolean DEFAULT false NOT NULL,
	"override_reason" text,
	"comment" text,
	"decided_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "request_notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"request_id" uuid,
	"kind" text NOT NULL,
	"message_ja" text NOT NULL,
	"message_en" text NOT NULL,
	"channel" text DEFAULT 'in_app' NOT NULL,
	"delivery" text DEFAULT 'delivered' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" bigserial NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"requester_person_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"bureau_id" uuid,
	"fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"approval_required" boolean NOT NULL,
	"basis" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"approvers" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"resolved" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"current_step" integer DEFAULT 0 NOT NULL,
	"encryption_required" boolean DEFAULT false NOT NULL,
	"encryption_clause" text,
	"emergency" boolean DEFAULT false NOT NULL,
	"post_report_due_at" timestamp with time zone,
	"post_reported_at" timestamp with time zone,
	"starts_at" timestamp with time zone,
	"ends_at" timestamp with time zone,
	"returned_at" timestamp with time zone,
	"return_confirmed_at" timestamp with time zone,
	"return_confirmed_by_person_id" uuid,
	"completion" jsonb,
	"submitted_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"in_effect_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"overdue_notices" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "register_entries_register_idx" ON "register_entries" USING btree ("register","department_id","occurred_at");--> statement-breakpoint
CREATE INDEX "register_entries_closes_idx" ON "register_entries" USING btree ("closes_id");--> statement-breakpoint
CREATE INDEX "register_entries_source_idx" ON "register_entries" USING btree ("source_request_id");--> statement-breakpoint
CREATE INDEX "carry_out_log_department_idx" ON "carry_out_log" USING btree ("department_id","occurred_at");--> statement-breakpoint
CREATE INDEX "carry_out_log_request_idx" ON "carry_out_log" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "request_assets_asset_idx" ON "request_assets" USING btree ("asset_id");--> statement-breakpoint
CREATE INDEX "request_decisions_request_idx" ON "request_decisions" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "request_decisions_override_idx" ON "request_decisions" USING btree ("override") WHERE "request_decisions"."override";--> statement-breakpoint
CREATE INDEX "request_notifications_person_idx" ON "request_notifications" USING btree ("person_id","created_at");--> statement-breakpoint
CREATE INDEX "requests_requester_idx" ON "requests" USING btree ("requester_person_id","created_at");--> statement-breakpoint
CREATE INDEX "requests_department_idx" ON "requests" USING btree ("department_id","status");--> statement-breakpoint
CREATE INDEX "requests_status_idx" ON "requests" USING btree ("status","ends_at");