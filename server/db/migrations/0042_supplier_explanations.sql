CREATE TABLE "supplier_explanations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contract_id" uuid NOT NULL,
	"subcontract_id" uuid,
	"explained_on" date NOT NULL,
	"explained_by_person_id" uuid NOT NULL,
	"explained_to" text NOT NULL,
	"content" text NOT NULL,
	"recorded_by_person_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "supplier_explanations_contract_idx" ON "supplier_explanations" USING btree ("contract_id","explained_on");