CREATE TABLE "external_service_criteria" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"section_key" text NOT NULL,
	"version" integer NOT NULL,
	"body" text NOT NULL,
	"written_by_person_id" uuid NOT NULL,
	"written_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "external_service_reliability" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"judgement" text NOT NULL,
	"basis" text NOT NULL,
	"judged_on" date NOT NULL,
	"judged_by_person_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "external_service_criteria_section_version_idx" ON "external_service_criteria" USING btree ("section_key","version");--> statement-breakpoint
CREATE INDEX "external_service_reliability_service_idx" ON "external_service_reliability" USING btree ("service_id","created_at");