import { sql } from 'drizzle-orm';
import { rowsOf, type Database } from '../db/index.js';
import { category } from '../db/schema/index.js';
import { CATEGORY_SEED } from '../db/seed/categories.js';

/**
 * Reference data every installation starts with (not demo data): the category trees. Codes missing from the
 * table are added at each start (a new release may bring new 细类); existing rows are the administrators'
 * data and are never overwritten.
 */
export async function seedReferenceData(database: Database) {
  const [before] = await rowsOf<{ n: number }>(database.db.execute(sql`select count(*)::int as n from category`));
  await database.transaction(async (tx) => {
    for (let i = 0; i < CATEGORY_SEED.length; i += 500)
      await tx.insert(category).values(CATEGORY_SEED.slice(i, i + 500)).onConflictDoNothing();
  });
  const [after] = await rowsOf<{ n: number }>(database.db.execute(sql`select count(*)::int as n from category`));
  return after!.n - before!.n;
}
