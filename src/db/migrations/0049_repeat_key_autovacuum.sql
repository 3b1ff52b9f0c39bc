-- repeat_key is read index-only (the repeat lookup) and only ever added to: PostgreSQL's default vacuums a table for
-- inserts once 20% of it is new — at a million cases 3.9M keys, about 200,000 registrations — and until then the
-- heap pages of new keys are not all-visible, so a lookup that meets one visits the heap too (EXPLAIN of one batch's
-- lookup after ~10,000 unvacuumed registrations: 1,877 heap fetches for 7,178 entries read; the 300 newest cases'
-- candidates after 4,400: p50 14.2–15.6 ms before a VACUUM, 13.1–13.5 ms after; bench/README.md). Vacuum it after a
-- fixed number of new keys instead, about a thousand registrations' worth.
ALTER TABLE repeat_key SET (autovacuum_vacuum_insert_scale_factor = 0, autovacuum_vacuum_insert_threshold = 20000);
