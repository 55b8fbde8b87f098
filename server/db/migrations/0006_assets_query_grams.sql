-- The grams a search term is looked up by: its bigrams (its single character when it has one),
-- after the same normalization as the stored text, so PGlite and PostgreSQL agree.
CREATE OR REPLACE FUNCTION sekimori_query_grams(term text) RETURNS text[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN char_length(n) <= 1 THEN ARRAY[n]
    ELSE (SELECT array_agg(DISTINCT substr(n, i, 2)) FROM generate_series(1, char_length(n) - 1) AS i)
  END
  FROM (SELECT sekimori_search_norm(term) AS n) s
$$;
