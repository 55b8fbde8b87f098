CREATE TABLE "assurance_sheet_tallies" (
	"campaign_id" uuid NOT NULL,
	"bureau_id" uuid,
	"department_id" uuid,
	"sheets" integer NOT NULL,
	"submitted" integer NOT NULL,
	"late" integer NOT NULL,
	"in_progress" integer NOT NULL,
	"not_started" integer NOT NULL,
	"answers" integer NOT NULL,
	"items" integer NOT NULL,
	"no_answers" integer NOT NULL,
	CONSTRAINT "assurance_sheet_tallies_key" UNIQUE NULLS NOT DISTINCT("campaign_id","bureau_id","department_id")
);
--> statement-breakpoint
-- Progress per 局 and 課 counts a campaign's sheets within the viewer's read rule; reading every
-- sheet of a 20,000-person campaign on each request costs hundreds of ms on a loaded PGlite.
-- These triggers keep the counts per (campaign, 局, 課) from each statement's transition tables:
-- one grouped upsert whatever the statement's size (a campaign's INSERT … SELECT pays one), rows
-- whose counted columns did not change net out (HAVING), keys written in one order so concurrent
-- writers cannot deadlock on them. Same pattern as asset_overview_counts (0033).
CREATE OR REPLACE FUNCTION assurance_sheet_tallies_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO assurance_sheet_tallies AS t (campaign_id, bureau_id, department_id, sheets, submitted, late, in_progress, not_started, answers, items, no_answers)
    SELECT campaign_id, bureau_id, department_id, sum(d), sum(d * (status = 'submitted')::int),
      sum(d * late::int), sum(d * (status = 'in_progress')::int), sum(d * (status = 'not_started')::int),
      sum(d * answered_count), sum(d * item_count), sum(d * no_count)
      FROM (SELECT campaign_id, bureau_id, department_id, status, late, answered_count, item_count, no_count, 1 AS d FROM new_rows) x
      GROUP BY 1, 2, 3
      HAVING sum(d) <> 0 OR sum(d * (status = 'submitted')::int) <> 0 OR sum(d * late::int) <> 0
          OR sum(d * (status = 'in_progress')::int) <> 0 OR sum(d * (status = 'not_started')::int) <> 0
          OR sum(d * answered_count) <> 0 OR sum(d * item_count) <> 0 OR sum(d * no_count) <> 0
      ORDER BY 1, 2, 3
    ON CONFLICT ON CONSTRAINT assurance_sheet_tallies_key DO UPDATE SET
      sheets = t.sheets + excluded.sheets, submitted = t.submitted + excluded.submitted,
      late = t.late + excluded.late, in_progress = t.in_progress + excluded.in_progress,
      not_started = t.not_started + excluded.not_started, answers = t.answers + excluded.answers,
      items = t.items + excluded.items, no_answers = t.no_answers + excluded.no_answers;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO assurance_sheet_tallies AS t (campaign_id, bureau_id, department_id, sheets, submitted, late, in_progress, not_started, answers, items, no_answers)
    SELECT campaign_id, bureau_id, department_id, sum(d), sum(d * (status = 'submitted')::int),
      sum(d * late::int), sum(d * (status = 'in_progress')::int), sum(d * (status = 'not_started')::int),
      sum(d * answered_count), sum(d * item_count), sum(d * no_count)
      FROM (SELECT campaign_id, bureau_id, department_id, status, late, answered_count, item_count, no_count, -1 AS d FROM old_rows) x
      GROUP BY 1, 2, 3
      HAVING sum(d) <> 0 OR sum(d * (status = 'submitted')::int) <> 0 OR sum(d * late::int) <> 0
          OR sum(d * (status = 'in_progress')::int) <> 0 OR sum(d * (status = 'not_started')::int) <> 0
          OR sum(d * answered_count) <> 0 OR sum(d * item_count) <> 0 OR sum(d * no_count) <> 0
      ORDER BY 1, 2, 3
    ON CONFLICT ON CONSTRAINT assurance_sheet_tallies_key DO UPDATE SET
      sheets = t.sheets + excluded.sheets, submitted = t.submitted + excluded.submitted,
      late = t.late + excluded.late, in_progress = t.in_progress + excluded.in_progress,
      not_started = t.not_started + excluded.not_started, answers = t.answers + excluded.answers,
      items = t.items + excluded.items, no_answers = t.no_answers + excluded.no_answers;
  ELSE
    INSERT INTO assurance_sheet_tallies AS t (campaign_id, bureau_id, department_id, sheets, submitted, late, in_progress, not_started, answers, items, no_answers)
    SELECT campaign_id, bureau_id, department_id, sum(d), sum(d * (status = 'submitted')::int),
      sum(d * late::int), sum(d * (status = 'in_progress')::int), sum(d * (status = 'not_started')::int),
      sum(d * answered_count), sum(d * item_count), sum(d * no_count)
      FROM (SELECT campaign_id, bureau_id, department_id, status, late, answered_count, item_count, no_count, -1 AS d FROM old_rows
        UNION ALL SELECT campaign_id, bureau_id, department_id, status, late, answered_count, item_count, no_count, 1 AS d FROM new_rows) x
      GROUP BY 1, 2, 3
      HAVING sum(d) <> 0 OR sum(d * (status = 'submitted')::int) <> 0 OR sum(d * late::int) <> 0
          OR sum(d * (status = 'in_progress')::int) <> 0 OR sum(d * (status = 'not_started')::int) <> 0
          OR sum(d * answered_count) <> 0 OR sum(d * item_count) <> 0 OR sum(d * no_count) <> 0
      ORDER BY 1, 2, 3
    ON CONFLICT ON CONSTRAINT assurance_sheet_tallies_key DO UPDATE SET
      sheets = t.sheets + excluded.sheets, submitted = t.submitted + excluded.submitted,
      late = t.late + excluded.late, in_progress = t.in_progress + excluded.in_progress,
      not_started = t.not_started + excluded.not_started, answers = t.answers + excluded.answers,
      items = t.items + excluded.items, no_answers = t.no_answers + excluded.no_answers;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER assurance_sheets_tallies_insert AFTER INSERT ON assurance_sheets
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION assurance_sheet_tallies_apply();
--> statement-breakpoint
CREATE TRIGGER assurance_sheets_tallies_update AFTER UPDATE ON assurance_sheets
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION assurance_sheet_tallies_apply();
--> statement-breakpoint
CREATE TRIGGER assurance_sheets_tallies_delete AFTER DELETE ON assurance_sheets
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION assurance_sheet_tallies_apply();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION assurance_sheet_tallies_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM assurance_sheet_tallies;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER assurance_sheets_tallies_truncate AFTER TRUNCATE ON assurance_sheets
  FOR EACH STATEMENT EXECUTE FUNCTION assurance_sheet_tallies_truncate();
--> statement-breakpoint
INSERT INTO assurance_sheet_tallies (campaign_id, bureau_id, department_id, sheets, submitted, late, in_progress, not_started, answers, items, no_answers)
SELECT campaign_id, bureau_id, department_id, sum(d), sum(d * (status = 'submitted')::int),
      sum(d * late::int), sum(d * (status = 'in_progress')::int), sum(d * (status = 'not_started')::int),
      sum(d * answered_count), sum(d * item_count), sum(d * no_count)
      FROM (SELECT campaign_id, bureau_id, department_id, status, late, answered_count, item_count, no_count, 1 AS d FROM assurance_sheets) x
      GROUP BY 1, 2, 3
      HAVING sum(d) <> 0 OR sum(d * (status = 'submitted')::int) <> 0 OR sum(d * late::int) <> 0
          OR sum(d * (status = 'in_progress')::int) <> 0 OR sum(d * (status = 'not_started')::int) <> 0
          OR sum(d * answered_count) <> 0 OR sum(d * item_count) <> 0 OR sum(d * no_count) <> 0
      ORDER BY 1, 2, 3;
