-- Full-text search of case lists: the case's bigrams (search_vector) with its units and month as extra lexemes,
-- 'u:<unit id>' for the case's unit and every unit above it (the ids of its unit path) and 'm:<yyyymm>' of the
-- date received. A search asks the index for the words AND the caller's subtree AND a period, so only the matches
-- that belong on the page are read from the table; with the bigrams alone a common word in a small subtree read
-- every match of the whole system (tens of thousands of rows, 0.3–0.6 s at a million cases; bench/README.md).
-- IMMUTABLE: the result depends on the arguments only. The index may exist already (built CONCURRENTLY on a large
-- database before the migration runs), hence IF NOT EXISTS.
CREATE OR REPLACE FUNCTION xf_case_search_doc(v tsvector, unit_path text, received_on date) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  select coalesce(v, ''::tsvector) || array_to_tsvector(array_append(
    string_to_array('u:' || replace(btrim(unit_path, '/'), '/', '/u:'), '/'),
    'm:' || (extract(year from received_on)::int * 100 + extract(month from received_on)::int)::text))
$$;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "cases_search_doc_gin" ON "cases" USING gin (xf_case_search_doc("search_vector", "unit_path", "received_on"));--> statement-breakpoint
DROP INDEX IF EXISTS "cases_search_gin";
