CREATE TABLE "supplier_contract_incidents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contract_id" uuid NOT NULL,
	"incident_id" uuid NOT NULL,
	"involvement" text NOT NULL,
	"recorded_by_person_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "supplier_contract_incidents_uq" ON "supplier_contract_incidents" USING btree ("contract_id","incident_id");--> statement-breakpoint
CREATE INDEX "supplier_contract_incidents_incident_idx" ON "supplier_contract_incidents" USING btree ("incident_id");