CREATE TABLE "account_review_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"review_id" uuid NOT NULL,
	"system_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"login_name" text NOT NULL,
	"holder_kind" text NOT NULL,
	"person_id" uuid,
	"privileged" boolean NOT NULL,
	"role" text,
	"last_used_on" date,
	"findings" text[] DEFAULT '{}'::text[] NOT NULL,
	"since_last" text,
	"decision" text,
	"reason" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"task_due_on" date,
	"task_done_at" timestamp with time zone,
	"task_done_by" uuid,
	"task_note" text,
	"task_reminded_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "account_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"started_on" date NOT NULL,
	"due_on" date NOT NULL,
	"state" text DEFAULT 'open' NOT NULL,
	"started_by" uuid,
	"system_ids" uuid[] NOT NULL,
	"clause" text NOT NULL,
	"reminded_before_at" timestamp with time zone,
	"reminded_overdue_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"closed_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "account_review_items_uq" ON "account_review_items" USING btree ("review_id","account_id");--> statement-breakpoint
CREATE INDEX "account_review_items_system_idx" ON "account_review_items" USING btree ("system_id","review_id");--> statement-breakpoint
CREATE INDEX "account_review_items_dept_idx" ON "account_review_items" USING btree ("department_id");