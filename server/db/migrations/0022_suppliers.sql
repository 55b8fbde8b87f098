CREATE TABLE "supplier_checks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contract_id" uuid NOT NULL,
	"checked_on" date NOT NULL,
	"result" text NOT NULL,
	"importance" text NOT NULL,
	"findings" text,
	"measures" text,
	"checked_by_person_id" uuid NOT NULL,
	"reported_to" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "supplier_contract_clauses" (
	"contract_id" uuid NOT NULL,
	"clause_key" text NOT NULL,
	"included" boolean NOT NULL,
	"location" text,
	"confirmed_by_person_id" uuid,
	"confirmed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "supplier_contract_clauses_contract_id_clause_key_pk" PRIMARY KEY("contract_id","clause_key")
);
--> statement-breakpoint
CREATE TABLE "supplier_contract_people" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contract_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"role" text NOT NULL,
	"added_at" timestamp with time zone NOT NULL,
	"removed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "supplier_contractors" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"corporate_number" text,
	"certifications" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"contact_name" text,
	"contact_phone" text,
	"contact_email" text,
	"address" text,
	"note" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "supplier_contracts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contractor_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"subject" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"information_levels" text[] DEFAULT '{}'::text[] NOT NULL,
	"personal_information" boolean DEFAULT false NOT NULL,
	"specific_personal_information" boolean DEFAULT false NOT NULL,
	"system_work" boolean DEFAULT false NOT NULL,
	"designated_manager" boolean DEFAULT false NOT NULL,
	"maintenance" boolean DEFAULT false NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"security_plan_received_on" date,
	"security_plan_note" text,
	"no_copy_confirmed_on" date,
	"no_copy_confirmed_by_person_id" uuid,
	"no_copy_note" text,
	"created_by_person_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "supplier_lendings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contract_id" uuid NOT NULL,
	"slip_number" text NOT NULL,
	"description" text NOT NULL,
	"asset_id" uuid,
	"lent_on" date NOT NULL,
	"state" text DEFAULT 'lent' NOT NULL,
	"returned_on" date,
	"certificate_number" text,
	"certified_on" date,
	"certificate_name" text,
	"certificate_type" text,
	"certificate_sha256" text,
	"certificate_content" "bytea",
	"closed_by_person_id" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "supplier_pledges" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contract_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"version" text NOT NULL,
	"signed_on" date NOT NULL,
	"received_on" date NOT NULL,
	"received_by_person_id" uuid NOT NULL,
	"note" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "supplier_checks_contract_idx" ON "supplier_checks" USING btree ("contract_id","checked_on");--> statement-breakpoint
CREATE UNIQUE INDEX "supplier_contract_people_uq" ON "supplier_contract_people" USING btree ("contract_id","person_id");--> statement-breakpoint
CREATE INDEX "supplier_contract_people_person_idx" ON "supplier_contract_people" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "supplier_contractors_corporate_number_uq" ON "supplier_contractors" USING btree ("corporate_number") WHERE "supplier_contractors"."corporate_number" is not null;--> statement-breakpoint
CREATE INDEX "supplier_contractors_name_idx" ON "supplier_contractors" USING btree ("name");--> statement-breakpoint
CREATE INDEX "supplier_contracts_department_idx" ON "supplier_contracts" USING btree ("department_id","state");--> statement-breakpoint
CREATE INDEX "supplier_contracts_contractor_idx" ON "supplier_contracts" USING btree ("contractor_id");--> statement-breakpoint
CREATE INDEX "supplier_contracts_ends_idx" ON "supplier_contracts" USING btree ("ends_on");--> statement-breakpoint
CREATE UNIQUE INDEX "supplier_lendings_slip_uq" ON "supplier_lendings" USING btree ("contract_id","slip_number");--> statement-breakpoint
CREATE INDEX "supplier_lendings_asset_idx" ON "supplier_lendings" USING btree ("asset_id");--> statement-breakpoint
CREATE UNIQUE INDEX "supplier_pledges_uq" ON "supplier_pledges" USING btree ("contract_id","person_id","version");