-- Petitioners' hashes and the accused's match keys are looked up through repeat_key (migration 0036 dropped the
-- phone hashes' GIN index then, not these three): nothing reads petitioner or accused by them, yet every new
-- petitioner and accused row wrote an entry into them at a random place. At a million cases 137 MB, zero scans
-- through all of the bench's phases; registrations/s did not move measurably without them (bench/README.md, session 8).
DROP INDEX "accused_match_idx";--> statement-breakpoint
DROP INDEX "petitioner_id_hash_idx";--> statement-breakpoint
DROP INDEX "petitioner_name_address_idx";
