CREATE TABLE "assurance_answers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sheet_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"value" text NOT NULL,
	"comment" text,
	"answered_by_person_id" uuid,
	"answered_at" timestamp with time zone NOT NULL,
	"late" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assurance_auditors" (
	"audit_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"unavoidable_reason" text,
	CONSTRAINT "assurance_auditors_audit_id_person_id_pk" PRIMARY KEY("audit_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "assurance_audits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"profile_id" text NOT NULL,
	"kind" text NOT NULL,
	"fiscal_year" integer NOT NULL,
	"title" text NOT NULL,
	"unit_ids" jsonb NOT NULL,
	"scope_note" text,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"approved_by_person_id" uuid,
	"approved_at" timestamp with time zone,
	"report" text,
	"reported_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"created_by_person_id" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assurance_campaign_items" (
	"campaign_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"clause_id" text NOT NULL,
	"question" text NOT NULL,
	"audience" text NOT NULL,
	"ordinal" integer NOT NULL,
	CONSTRAINT "assurance_campaign_items_campaign_id_item_id_pk" PRIMARY KEY("campaign_id","item_id")
);
--> statement-breakpoint
CREATE TABLE "assurance_campaigns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"profile_id" text NOT NULL,
	"fiscal_year" integer NOT NULL,
	"scope_key" text NOT NULL,
	"title" text NOT NULL,
	"due_date" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"clause" text NOT NULL,
	"created_by_person_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "assurance_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_type" text NOT NULL,
	"owner_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by_person_id" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assurance_findings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"profile_id" text NOT NULL,
	"source" text NOT NULL,
	"answer_id" uuid,
	"audit_id" uuid,
	"origin_finding_id" uuid,
	"item_id" uuid,
	"clause_id" text NOT NULL,
	"department_id" uuid,
	"bureau_id" uuid,
	"title" text NOT NULL,
	"severity" text NOT NULL,
	"owner_person_id" uuid,
	"corrective_action" text,
	"due_date" date NOT NULL,
	"state" text DEFAULT 'open' NOT NULL,
	"plan_id" uuid,
	"verified_by_person_id" uuid,
	"created_by_person_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "assurance_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"profile_id" text NOT NULL,
	"clause_id" text NOT NULL,
	"clause_title" text,
	"clause_text" text NOT NULL,
	"generated_question" text NOT NULL,
	"question" text NOT NULL,
	"question_edited" boolean DEFAULT false NOT NULL,
	"audience" text NOT NULL,
	"audience_clause" text,
	"status" text DEFAULT 'active' NOT NULL,
	"last_change" text,
	"previous_clause_text" text,
	"changed_at" timestamp with time zone,
	"ordinal" integer NOT NULL,
	"updated_by_person_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assurance_working_papers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"audit_id" uuid NOT NULL,
	"department_id" uuid,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"written_by_person_id" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assurance_improvement_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"profile_id" text NOT NULL,
	"title" text NOT NULL,
	"department_id" uuid,
	"bureau_id" uuid,
	"body" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"approver_duty" text NOT NULL,
	"decided_by_person_id" uuid,
	"decided_at" timestamp with time zone,
	"decision_note" text,
	"created_by_person_id" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assurance_sheets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"unit_kind" text NOT NULL,
	"person_id" uuid,
	"department_id" uuid,
	"bureau_id" uuid,
	"item_count" integer NOT NULL,
	"answered_count" integer DEFAULT 0 NOT NULL,
	"no_count" integer DEFAULT 0 NOT NULL,
	"status" text DEFAULT 'not_started' NOT NULL,
	"submitted_at" timestamp with time zone,
	"submitted_by_person_id" uuid,
	"late" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "assurance_answers_sheet_item_uq" ON "assurance_answers" USING btree ("sheet_id","item_id");--> statement-breakpoint
CREATE INDEX "assurance_auditors_person_idx" ON "assurance_auditors" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "assurance_campaigns_scope_uq" ON "assurance_campaigns" USING btree ("profile_id","fiscal_year","scope_key");--> statement-breakpoint
CREATE INDEX "assurance_files_owner_idx" ON "assurance_files" USING btree ("owner_type","owner_id");--> statement-breakpoint
CREATE INDEX "assurance_findings_unit_idx" ON "assurance_findings" USING btree ("department_id","state");--> statement-breakpoint
CREATE INDEX "assurance_findings_origin_idx" ON "assurance_findings" USING btree ("origin_finding_id");--> statement-breakpoint
CREATE UNIQUE INDEX "assurance_findings_answer_uq" ON "assurance_findings" USING btree ("answer_id") WHERE "assurance_findings"."answer_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "assurance_items_clause_uq" ON "assurance_items" USING btree ("profile_id","clause_id");--> statement-breakpoint
CREATE INDEX "assurance_papers_audit_idx" ON "assurance_working_papers" USING btree ("audit_id");--> statement-breakpoint
CREATE INDEX "assurance_sheets_campaign_idx" ON "assurance_sheets" USING btree ("campaign_id","bureau_id","department_id");--> statement-breakpoint
CREATE INDEX "assurance_sheets_person_idx" ON "assurance_sheets" USING btree ("person_id");
--> statement-breakpoint
-- 監査調書 and the evidence files of answers, findings and papers are kept as written (西原村
-- 10.1(6)): no update or delete; a working paper or its evidence cannot be added once the audit is
-- closed. On PGlite and PostgreSQL alike.
CREATE OR REPLACE FUNCTION assurance_kept_as_written() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION '% is kept as written (% refused)', TG_TABLE_NAME, TG_OP USING ERRCODE = '42501';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER assurance_papers_no_update_delete
  BEFORE UPDATE OR DELETE ON assurance_working_papers
  FOR EACH ROW EXECUTE FUNCTION assurance_kept_as_written();
--> statement-breakpoint
CREATE TRIGGER assurance_files_no_update_delete
  BEFORE UPDATE OR DELETE ON assurance_files
  FOR EACH ROW EXECUTE FUNCTION assurance_kept_as_written();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION assurance_paper_audit_open() RETURNS trigger AS $$
DECLARE
  audit uuid;
BEGIN
  IF TG_TABLE_NAME = 'assurance_files' THEN
    IF NEW.owner_type <> 'paper' THEN RETURN NEW; END IF;
    SELECT audit_id INTO audit FROM assurance_working_papers WHERE id = NEW.owner_id;
  ELSE
    audit := NEW.audit_id;
  END IF;
  IF EXISTS (SELECT 1 FROM assurance_audits WHERE id = audit AND status = 'closed') THEN
    RAISE EXCEPTION 'the audit is closed: its working papers are read-only' USING ERRCODE = '42501';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER assurance_papers_audit_open
  BEFORE INSERT ON assurance_working_papers
  FOR EACH ROW EXECUTE FUNCTION assurance_paper_audit_open();
--> statement-breakpoint
CREATE TRIGGER assurance_paper_files_audit_open
  BEFORE INSERT ON assurance_files
  FOR EACH ROW EXECUTE FUNCTION assurance_paper_audit_open();
