ALTER TABLE "training_tally_members" ADD COLUMN "completed_on" date;
--> statement-breakpoint
-- A tally built before this column holds its people's completions (issue 15: a 課長's page reads
-- them from its stretches instead of the attendance).
UPDATE "training_tally_members" m SET "completed_on" = a."completed_on"
  FROM "training_attendance" a WHERE a."course_id" = m."course_id" AND a."person_id" = m."person_id";
--> statement-breakpoint
-- The applied 人事異動 place people on past days (org's membersOnDaySql), so a change of an applied
-- batch or of its items moves the directory's version like a change of people (migration 0026:
-- the same deferred bump at commit, once a transaction): what is derived from "who belonged
-- where" (the training tally) judges "out of date" by that one row, not by counting 16,000
-- transfer items. A planned or cancelled batch is not history: editing one moves nothing. The
-- status is read at the commit, so items added to a batch applied in the same transaction count.
CREATE OR REPLACE FUNCTION transfer_directory_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  applied boolean;
BEGIN
  IF coalesce(current_setting('sekimori.directory_bumped', true), '') = '1' THEN
    RETURN NULL;
  END IF;
  IF TG_LEVEL = 'STATEMENT' THEN
    applied := true;
  ELSIF TG_TABLE_NAME = 'transfer_batches' THEN
    applied := (TG_OP <> 'INSERT' AND OLD.status = 'applied') OR (TG_OP <> 'DELETE' AND NEW.status = 'applied');
  ELSE
    applied := EXISTS (SELECT 1 FROM transfer_batches b WHERE b.status = 'applied'
      AND b.id IN (CASE WHEN TG_OP <> 'INSERT' THEN OLD.batch_id END, CASE WHEN TG_OP <> 'DELETE' THEN NEW.batch_id END));
  END IF;
  IF applied THEN
    PERFORM set_config('sekimori.directory_bumped', '1', true);
    UPDATE directory_version SET version = version + 1 WHERE id = 1;
    PERFORM pg_notify('sekimori_directory', TG_TABLE_NAME);
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER transfer_batches_directory_version AFTER INSERT OR UPDATE OR DELETE ON transfer_batches
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION transfer_directory_version_bump();
--> statement-breakpoint
CREATE TRIGGER transfer_batches_directory_version_truncate AFTER TRUNCATE ON transfer_batches
  FOR EACH STATEMENT EXECUTE FUNCTION transfer_directory_version_bump();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER transfer_items_directory_version AFTER INSERT OR UPDATE OR DELETE ON transfer_items
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION transfer_directory_version_bump();
--> statement-breakpoint
CREATE TRIGGER transfer_items_directory_version_truncate AFTER TRUNCATE ON transfer_items
  FOR EACH STATEMENT EXECUTE FUNCTION transfer_directory_version_bump();
