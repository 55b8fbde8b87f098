CREATE TABLE "account_systems" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"asset_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"administrator_person_id" uuid,
	"user_scope" text DEFAULT 'departments' NOT NULL,
	"user_department_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ic_cards" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"card_number" text NOT NULL,
	"person_id" uuid,
	"department_id" uuid NOT NULL,
	"issued_on" date NOT NULL,
	"state" text DEFAULT 'issued' NOT NULL,
	"lost_at" timestamp with time zone,
	"lost_reported_by" uuid,
	"incident_id" uuid,
	"replaced_by_id" uuid,
	"destroyed_at" timestamp with time zone,
	"destroy_method" text,
	"returned_at" timestamp with time zone,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "system_accounts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"system_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"login_name" text NOT NULL,
	"holder_kind" text NOT NULL,
	"person_id" uuid,
	"privileged" boolean DEFAULT false NOT NULL,
	"role" text,
	"created_on" date,
	"last_used_on" date,
	"state" text DEFAULT 'active' NOT NULL,
	"approval_ref" text,
	"note" text,
	"source" text DEFAULT 'manual' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "account_systems_asset_uq" ON "account_systems" USING btree ("asset_id");--> statement-breakpoint
CREATE INDEX "account_systems_dept_idx" ON "account_systems" USING btree ("department_id");--> statement-breakpoint
CREATE UNIQUE INDEX "ic_cards_number_uq" ON "ic_cards" USING btree ("card_number");--> statement-breakpoint
CREATE INDEX "ic_cards_person_idx" ON "ic_cards" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "ic_cards_dept_idx" ON "ic_cards" USING btree ("department_id");--> statement-breakpoint
CREATE UNIQUE INDEX "system_accounts_login_uq" ON "system_accounts" USING btree ("system_id","login_name");--> statement-breakpoint
CREATE INDEX "system_accounts_dept_idx" ON "system_accounts" USING btree ("department_id");--> statement-breakpoint
CREATE INDEX "system_accounts_person_idx" ON "system_accounts" USING btree ("person_id");