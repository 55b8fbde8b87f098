CREATE TABLE "training_assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"course_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"joined_on" date NOT NULL,
	"deadline" date NOT NULL,
	"clause" text,
	"assigned_by_person_id" uuid,
	"reminded_before_at" timestamp with time zone,
	"reminded_overdue_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_attendance" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"course_id" uuid NOT NULL,
	"session_id" uuid,
	"person_id" uuid NOT NULL,
	"fiscal_year" integer NOT NULL,
	"completed_on" date NOT NULL,
	"method" text NOT NULL,
	"recorded_by_person_id" uuid,
	"department_id" uuid,
	"bureau_id" uuid,
	"score" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_consents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"requested_by_person_id" uuid NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"text" text NOT NULL,
	"text_version" text NOT NULL,
	"clause" text NOT NULL,
	"signed_at" timestamp with time zone,
	"signed_method" text,
	"recorded_by_person_id" uuid
);
--> statement-breakpoint
CREATE TABLE "training_courses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"fiscal_year" integer NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"delivery" text NOT NULL,
	"mandatory" boolean DEFAULT true NOT NULL,
	"audience" jsonb NOT NULL,
	"new_hire" boolean DEFAULT false NOT NULL,
	"due_date" date NOT NULL,
	"material_text" text,
	"material_pdf_base64" text,
	"material_pdf_name" text,
	"quiz" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_drill_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"drill_id" uuid NOT NULL,
	"text" text NOT NULL,
	"owner_person_id" uuid NOT NULL,
	"deadline" date NOT NULL,
	"done_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_drills" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"profile_id" text NOT NULL,
	"fiscal_year" integer NOT NULL,
	"title" text NOT NULL,
	"scenario" text NOT NULL,
	"organization" text NOT NULL,
	"scope" text NOT NULL,
	"planned_on" date NOT NULL,
	"participant_person_ids" uuid[] NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"timeline" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"lessons" text,
	"created_by_person_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"profile_id" text NOT NULL,
	"fiscal_year" integer NOT NULL,
	"title" text NOT NULL,
	"note" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"created_by_person_id" uuid,
	"submitted_at" timestamp with time zone,
	"submitted_by_person_id" uuid,
	"approved_at" timestamp with time zone,
	"approved_by_person_id" uuid,
	"approval_clause" text,
	"effective_at" timestamp with time zone,
	"reported_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"step_key" text NOT NULL,
	"department_id" uuid,
	"reported_by_person_id" uuid NOT NULL,
	"reported_on" date NOT NULL,
	"summary" jsonb NOT NULL,
	"note" text,
	"clause" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"course_id" uuid NOT NULL,
	"held_on" date NOT NULL,
	"start_time" text,
	"place" text NOT NULL,
	"capacity" integer,
	"organizer_person_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "training_assignments_course_person_uq" ON "training_assignments" USING btree ("course_id","person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "training_attendance_course_person_uq" ON "training_attendance" USING btree ("course_id","person_id");--> statement-breakpoint
CREATE INDEX "training_attendance_person_idx" ON "training_attendance" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "training_attendance_year_dept_idx" ON "training_attendance" USING btree ("fiscal_year","department_id");--> statement-breakpoint
CREATE INDEX "training_consents_person_idx" ON "training_consents" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "training_courses_plan_idx" ON "training_courses" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "training_courses_year_idx" ON "training_courses" USING btree ("fiscal_year");--> statement-breakpoint
CREATE INDEX "training_drill_actions_drill_idx" ON "training_drill_actions" USING btree ("drill_id");--> statement-breakpoint
CREATE UNIQUE INDEX "training_plans_year_uq" ON "training_plans" USING btree ("profile_id","fiscal_year");--> statement-breakpoint
CREATE INDEX "training_reports_plan_idx" ON "training_reports" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "training_sessions_course_idx" ON "training_sessions" USING btree ("course_id");