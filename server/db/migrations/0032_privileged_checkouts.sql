CREATE TABLE "privileged_checkouts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"system_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"deputy_id" uuid,
	"purpose" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"connection_limit_minutes" integer,
	"clause" text NOT NULL,
	"state" text DEFAULT 'out' NOT NULL,
	"returned_at" timestamp with time zone,
	"work_note" text,
	"review_due_on" date NOT NULL,
	"reviewed_at" timestamp with time zone,
	"reviewed_by" uuid,
	"review_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "privileged_deputies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"system_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"request_id" uuid NOT NULL,
	"starts_at" timestamp with time zone,
	"ends_at" timestamp with time zone,
	"clause" text NOT NULL,
	"recorded_by" uuid NOT NULL,
	"ended_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "privileged_checkouts_account_idx" ON "privileged_checkouts" USING btree ("account_id","starts_at");--> statement-breakpoint
CREATE INDEX "privileged_checkouts_dept_idx" ON "privileged_checkouts" USING btree ("department_id");--> statement-breakpoint
CREATE INDEX "privileged_checkouts_person_idx" ON "privileged_checkouts" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "privileged_deputies_uq" ON "privileged_deputies" USING btree ("account_id","request_id");--> statement-breakpoint
CREATE INDEX "privileged_deputies_person_idx" ON "privileged_deputies" USING btree ("person_id");