-- The statistics fold (every minute) upserts rows of case_rollup and empties case_rollup_delta: pages whose
-- visibility bit a fold clears make the figures' index-only scans visit the heap until a vacuum sets it again, and
-- PostgreSQL's default waits for 20% of a table to change first — a 340,000-row rollup at a million cases was never
-- vacuumed while registrations went on, and a cross-tab read 14 ms after a VACUUM against 38 ms before
-- (bench/README.md). Vacuum and analyze them after a fixed number of changed rows instead.
ALTER TABLE case_rollup SET (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 2000, autovacuum_analyze_scale_factor = 0, autovacuum_analyze_threshold = 5000);
--> statement-breakpoint
ALTER TABLE case_rollup_delta SET (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 2000, autovacuum_vacuum_insert_scale_factor = 0, autovacuum_vacuum_insert_threshold = 2000);
