-- Japanese partial-match search for the asset register, identical on PGlite and PostgreSQL.
-- pg_trgm does not index multibyte text in a C-locale database, so the register keeps its own
-- text[] of unigrams and bigrams of the normalized text (NFKC, lower case) in a GIN index.
-- A query term of n ≥ 2 characters is looked up by its bigrams (@>) and rechecked with position().
CREATE OR REPLACE FUNCTION sekimori_search_norm(t text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT lower(normalize(coalesce(t, ''), NFKC)) $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION sekimori_search_grams(t text) RETURNS text[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT g), '{}'::text[]) FROM (
    SELECT substr(t, i, 1) AS g FROM generate_series(1, char_length(t)) AS i
    UNION ALL
    SELECT substr(t, i, 2) FROM generate_series(1, char_length(t) - 1) AS i
  ) s WHERE g !~ '\s'
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION assets_search_maintain() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_text := sekimori_search_norm(concat_ws(E'\n', NEW.asset_number, NEW.name, NEW.storage_place, NEW.notes));
  NEW.search_grams := sekimori_search_grams(NEW.search_text);
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER assets_search_maintain
  BEFORE INSERT OR UPDATE OF asset_number, name, storage_place, notes ON assets
  FOR EACH ROW EXECUTE FUNCTION assets_search_maintain();
