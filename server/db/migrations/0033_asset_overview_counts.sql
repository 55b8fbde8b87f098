CREATE TABLE "asset_overview_counts" (
	"department_id" uuid NOT NULL,
	"effective_confidentiality" text,
	"confidentiality" text,
	"zone" text,
	"status" text NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "asset_overview_counts_key" UNIQUE NULLS NOT DISTINCT("department_id","effective_confidentiality","confidentiality","zone","status")
);
--> statement-breakpoint
CREATE INDEX "requests_return_due_idx" ON "requests" USING btree ("ends_at") WHERE "requests"."status" = 'in_effect' and "requests"."returned_at" is null;--> statement-breakpoint
CREATE INDEX "requests_post_report_due_idx" ON "requests" USING btree ("post_report_due_at") WHERE "requests"."emergency" and "requests"."post_reported_at" is null;
--> statement-breakpoint
-- The steering overview counts assets by class and zone within the viewer's read rule; reading
-- every asset row of a 200,000-asset register costs seconds on PGlite. These triggers keep the
-- counts per statement from its transition tables: one grouped upsert whatever the statement's
-- size (an import of 100,000 rows pays one), rows whose counted columns did not change net out
-- (HAVING sum <> 0), and keys are written in one order so concurrent writers cannot deadlock on them.
CREATE OR REPLACE FUNCTION asset_overview_counts_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO asset_overview_counts AS c (department_id, effective_confidentiality, confidentiality, zone, status, n)
    SELECT department_id, effective_confidentiality, confidentiality, zone, status, count(*)
      FROM new_rows GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT ON CONSTRAINT asset_overview_counts_key DO UPDATE SET n = c.n + excluded.n;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO asset_overview_counts AS c (department_id, effective_confidentiality, confidentiality, zone, status, n)
    SELECT department_id, effective_confidentiality, confidentiality, zone, status, -count(*)
      FROM old_rows GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT ON CONSTRAINT asset_overview_counts_key DO UPDATE SET n = c.n + excluded.n;
  ELSE
    INSERT INTO asset_overview_counts AS c (department_id, effective_confidentiality, confidentiality, zone, status, n)
    SELECT department_id, effective_confidentiality, confidentiality, zone, status, sum(d)
      FROM (
        SELECT department_id, effective_confidentiality, confidentiality, zone, status, -1 AS d FROM old_rows
        UNION ALL
        SELECT department_id, effective_confidentiality, confidentiality, zone, status, 1 AS d FROM new_rows
      ) x
      GROUP BY 1, 2, 3, 4, 5 HAVING sum(d) <> 0 ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT ON CONSTRAINT asset_overview_counts_key DO UPDATE SET n = c.n + excluded.n;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER assets_overview_counts_insert AFTER INSERT ON assets
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION asset_overview_counts_apply();
--> statement-breakpoint
CREATE TRIGGER assets_overview_counts_update AFTER UPDATE ON assets
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION asset_overview_counts_apply();
--> statement-breakpoint
CREATE TRIGGER assets_overview_counts_delete AFTER DELETE ON assets
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION asset_overview_counts_apply();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION asset_overview_counts_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM asset_overview_counts;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER assets_overview_counts_truncate AFTER TRUNCATE ON assets
  FOR EACH STATEMENT EXECUTE FUNCTION asset_overview_counts_truncate();
--> statement-breakpoint
INSERT INTO asset_overview_counts (department_id, effective_confidentiality, confidentiality, zone, status, n)
SELECT department_id, effective_confidentiality, confidentiality, zone, status, count(*)
  FROM assets GROUP BY 1, 2, 3, 4, 5;
