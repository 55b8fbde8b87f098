CREATE TABLE "external_service_checks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"phase" text NOT NULL,
	"checked_on" date NOT NULL,
	"result" text NOT NULL,
	"findings" text,
	"checked_by_person_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "external_services" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"department_id" uuid NOT NULL,
	"name" text NOT NULL,
	"provider" text NOT NULL,
	"terms_kind" text NOT NULL,
	"contract_id" uuid,
	"category" text NOT NULL,
	"highest_level" text,
	"zone" text,
	"purpose" text NOT NULL,
	"path" text NOT NULL,
	"path_clause" text NOT NULL,
	"terms_checked_on" date,
	"necessity_reason" text,
	"consulted_on" date,
	"consultation_note" text,
	"consulted_by_person_id" uuid,
	"manager_person_id" uuid NOT NULL,
	"request_id" uuid,
	"state" text DEFAULT 'requested' NOT NULL,
	"terminated_on" date,
	"created_by_person_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "supplier_subcontracts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contract_id" uuid NOT NULL,
	"parent_id" uuid,
	"level" integer NOT NULL,
	"contractor_id" uuid NOT NULL,
	"work" text NOT NULL,
	"data_handled" text,
	"measures" text NOT NULL,
	"request_id" uuid NOT NULL,
	"consent_number" text,
	"consent_on" date,
	"consent_recorded_by_person_id" uuid,
	"created_by_person_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "external_service_checks_service_idx" ON "external_service_checks" USING btree ("service_id","checked_on");--> statement-breakpoint
CREATE INDEX "external_services_department_idx" ON "external_services" USING btree ("department_id","state");--> statement-breakpoint
CREATE INDEX "external_services_manager_idx" ON "external_services" USING btree ("manager_person_id");--> statement-breakpoint
CREATE INDEX "external_services_name_idx" ON "external_services" USING btree ("name");--> statement-breakpoint
CREATE INDEX "supplier_subcontracts_contract_idx" ON "supplier_subcontracts" USING btree ("contract_id");--> statement-breakpoint
CREATE UNIQUE INDEX "supplier_subcontracts_request_uq" ON "supplier_subcontracts" USING btree ("request_id");