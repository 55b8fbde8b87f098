CREATE TABLE "yearly_report_figures" (
	"report_id" uuid NOT NULL,
	"module" text NOT NULL,
	"key" text NOT NULL,
	"ordinal" integer NOT NULL,
	"label" jsonb NOT NULL,
	"count" integer NOT NULL,
	"record_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL
);
--> statement-breakpoint
CREATE TABLE "yearly_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"profile_id" text NOT NULL,
	"fiscal_year" integer NOT NULL,
	"as_of" date NOT NULL,
	"rule" jsonb NOT NULL,
	"organization_name" text NOT NULL,
	"tables" jsonb NOT NULL,
	"signed_head" jsonb,
	"state" text DEFAULT 'draft' NOT NULL,
	"generated_by_person_id" uuid NOT NULL,
	"generated_at" timestamp with time zone NOT NULL,
	"approved_by_person_id" uuid,
	"approved_at" timestamp with time zone,
	"approval_override_reason" text
);
--> statement-breakpoint
CREATE UNIQUE INDEX "yearly_report_figures_key_uq" ON "yearly_report_figures" USING btree ("report_id","key");--> statement-breakpoint
CREATE INDEX "yearly_reports_year_idx" ON "yearly_reports" USING btree ("profile_id","fiscal_year");--> statement-breakpoint
-- A yearly report never changes after it is generated: its figures and their record ids are
-- frozen; the report row may only move draft → approved (with who, when and why).
CREATE OR REPLACE FUNCTION yearly_report_figures_frozen() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION '% is frozen (% refused)', TG_TABLE_NAME, TG_OP USING ERRCODE = '42501';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER yearly_report_figures_no_update_delete
  BEFORE UPDATE OR DELETE ON yearly_report_figures
  FOR EACH ROW EXECUTE FUNCTION yearly_report_figures_frozen();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION yearly_reports_frozen() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'yearly_reports is frozen (DELETE refused)' USING ERRCODE = '42501';
  END IF;
  IF OLD.state <> 'draft' OR NEW.state <> 'approved'
     OR (NEW.profile_id, NEW.fiscal_year, NEW.as_of, NEW.rule, NEW.organization_name, NEW.tables,
         NEW.signed_head, NEW.generated_by_person_id, NEW.generated_at)
        IS DISTINCT FROM
        (OLD.profile_id, OLD.fiscal_year, OLD.as_of, OLD.rule, OLD.organization_name, OLD.tables,
         OLD.signed_head, OLD.generated_by_person_id, OLD.generated_at) THEN
    RAISE EXCEPTION 'yearly_reports is frozen (only draft → approved)' USING ERRCODE = '42501';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER yearly_reports_only_approve
  BEFORE UPDATE OR DELETE ON yearly_reports
  FOR EACH ROW EXECUTE FUNCTION yearly_reports_frozen();
