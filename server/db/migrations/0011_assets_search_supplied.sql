-- Bulk writers (the import) may supply search_text and search_grams computed in JS
-- (server/modules/assets/search.ts, the same rules as sekimori_search_norm/_grams). The trigger
-- keeps them when search_text equals its own normalization of the row and grams are present
-- (an update that leaves the text as it was keeps the stored grams, which were right for it);
-- otherwise it computes both as before. The expensive part, the grams in SQL, is skipped.
CREATE OR REPLACE FUNCTION assets_search_maintain() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  t text := sekimori_search_norm(concat_ws(E'\n', NEW.asset_number, NEW.name, NEW.storage_place, NEW.notes));
BEGIN
  IF NEW.search_text = t AND (cardinality(NEW.search_grams) > 0 OR t = '') THEN
    RETURN NEW;
  END IF;
  NEW.search_text := t;
  NEW.search_grams := sekimori_search_grams(t);
  RETURN NEW;
END;
$$;
