-- Registers are append-only (DESIGN.md §5): a correction is a new entry that names the one it
-- corrects. No update or delete path, on PGlite and PostgreSQL alike.
CREATE OR REPLACE FUNCTION registers_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION '% is append-only (% refused)', TG_TABLE_NAME, TG_OP USING ERRCODE = '42501';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER register_entries_no_update_delete
  BEFORE UPDATE OR DELETE ON register_entries
  FOR EACH ROW EXECUTE FUNCTION registers_append_only();
--> statement-breakpoint
CREATE TRIGGER register_entries_no_truncate
  BEFORE TRUNCATE ON register_entries
  FOR EACH STATEMENT EXECUTE FUNCTION registers_append_only();
--> statement-breakpoint
CREATE TRIGGER carry_out_log_no_update_delete
  BEFORE UPDATE OR DELETE ON carry_out_log
  FOR EACH ROW EXECUTE FUNCTION registers_append_only();
--> statement-breakpoint
CREATE TRIGGER carry_out_log_no_truncate
  BEFORE TRUNCATE ON carry_out_log
  FOR EACH STATEMENT EXECUTE FUNCTION registers_append_only();
