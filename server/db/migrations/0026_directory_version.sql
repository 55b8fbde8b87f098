CREATE TABLE "directory_version" (
	"id" integer PRIMARY KEY NOT NULL,
	"version" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
INSERT INTO "directory_version" ("id", "version") VALUES (1, 0);
--> statement-breakpoint
-- Every transaction that changes the directory moves the version once, AT COMMIT (deferred
-- constraint triggers): the new version becomes visible exactly with the change, and the row is
-- locked only for the instant of the commit, so writers of the directory never wait on each
-- other's whole transactions through it (no new lock cycle). A transaction-local setting keeps it
-- to one update per transaction however many rows it writes. Listeners are told (NOTIFY).
CREATE OR REPLACE FUNCTION directory_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF coalesce(current_setting('sekimori.directory_bumped', true), '') = '1' THEN
    RETURN NULL;
  END IF;
  PERFORM set_config('sekimori.directory_bumped', '1', true);
  UPDATE directory_version SET version = version + 1 WHERE id = 1;
  PERFORM pg_notify('sekimori_directory', TG_TABLE_NAME);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER departments_directory_version AFTER INSERT OR UPDATE OR DELETE ON departments
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION directory_version_bump();
--> statement-breakpoint
CREATE TRIGGER departments_directory_version_truncate AFTER TRUNCATE ON departments
  FOR EACH STATEMENT EXECUTE FUNCTION directory_version_bump();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER people_directory_version AFTER INSERT OR UPDATE OR DELETE ON people
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION directory_version_bump();
--> statement-breakpoint
CREATE TRIGGER people_directory_version_truncate AFTER TRUNCATE ON people
  FOR EACH STATEMENT EXECUTE FUNCTION directory_version_bump();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER role_assignments_directory_version AFTER INSERT OR UPDATE OR DELETE ON role_assignments
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION directory_version_bump();
--> statement-breakpoint
CREATE TRIGGER role_assignments_directory_version_truncate AFTER TRUNCATE ON role_assignments
  FOR EACH STATEMENT EXECUTE FUNCTION directory_version_bump();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER deputies_directory_version AFTER INSERT OR UPDATE OR DELETE ON deputies
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION directory_version_bump();
--> statement-breakpoint
CREATE TRIGGER deputies_directory_version_truncate AFTER TRUNCATE ON deputies
  FOR EACH STATEMENT EXECUTE FUNCTION directory_version_bump();
