-- A bulk writer that computed search_text and search_grams itself (the import, with
-- searchFields() of server/modules/assets/search.ts, property-tested against the SQL functions)
-- says so for its transaction with `SET LOCAL sekimori.search_supplied = 'on'`; the trigger is then
-- not called for rows that carry grams (the WHEN clause costs far less than a plpgsql call that
-- normalizes the row again). Rows without grams (text JS cannot be trusted with) and every other
-- writer still go through assets_search_maintain as before.
DROP TRIGGER assets_search_maintain ON assets;
--> statement-breakpoint
CREATE TRIGGER assets_search_maintain
  BEFORE INSERT OR UPDATE OF asset_number, name, storage_place, notes ON assets
  FOR EACH ROW
  WHEN (current_setting('sekimori.search_supplied', true) IS DISTINCT FROM 'on' OR cardinality(NEW.search_grams) = 0)
  EXECUTE FUNCTION assets_search_maintain();
