CREATE TABLE "training_tally" (
	"course_id" uuid NOT NULL,
	"department_id" uuid,
	"parent_id" uuid,
	"bureau_id" uuid,
	"on_day" date NOT NULL,
	"audience" integer NOT NULL,
	"completed" integer NOT NULL,
	"overdue" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_tally_builds" (
	"course_id" uuid PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"built_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_tally_members" (
	"course_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"department_id" uuid,
	"parent_id" uuid,
	"bureau_id" uuid,
	"from_day" date NOT NULL,
	"to_day" date,
	"deadline" date NOT NULL,
	"mandatory" boolean NOT NULL
);
--> statement-breakpoint
CREATE INDEX "training_tally_course_day_idx" ON "training_tally" USING btree ("course_id","on_day");--> statement-breakpoint
CREATE INDEX "training_tally_members_course_person_idx" ON "training_tally_members" USING btree ("course_id","person_id");--> statement-breakpoint
CREATE INDEX "training_tally_members_course_dept_idx" ON "training_tally_members" USING btree ("course_id","department_id");