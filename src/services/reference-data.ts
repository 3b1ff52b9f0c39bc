import { sql } from 'drizzle-orm';
import { rowsOf, type Database } from '../db/index.js';
import { category } from '../db/schema/index.js';
import { CATEGORY_SEED } from '../db/seed/categories.js';

/**
 * Reference data every installation starts with (not demo data): the category trees. Seeded once, when the
 * table is empty; after that they are the administrators' data.
 */
export async function seedReferenceData(database: Database) {
  const [row] = await rowsOf<{ n: number }>(database.db.execute(sql`select count(*)::int as n from category`));
  if ((row?.n ?? 0) > 0) return false;
  await database.transaction(async (tx) => {
    for (let i = 0; i < CATEGORY_SEED.length; i += 500) await tx.insert(category).values(CATEGORY_SEED.slice(i, i + 500));
  });
  return true;
}
