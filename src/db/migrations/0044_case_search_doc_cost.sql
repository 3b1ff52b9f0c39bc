-- xf_case_search_doc (0042) as PL/pgSQL with a high cost. As an SQL function it was inlined into cheap string and
-- tsvector operations, and once the statistics knew how many cases a unit has, the planner preferred reading a
-- town's 15,000 cases through the unit path index and computing the document for each (0.3 s) to the GIN index
-- (9 ms). The result is the same for the same arguments, so the index built with the SQL version stays valid.
CREATE OR REPLACE FUNCTION xf_case_search_doc(v tsvector, unit_path text, received_on date) RETURNS tsvector
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE COST 1000 AS $$
BEGIN
  RETURN coalesce(v, ''::tsvector) || array_to_tsvector(array_append(
    string_to_array('u:' || replace(btrim(unit_path, '/'), '/', '/u:'), '/'),
    'm:' || (extract(year from received_on)::int * 100 + extract(month from received_on)::int)::text));
END $$;
