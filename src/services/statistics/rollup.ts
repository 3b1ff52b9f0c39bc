import { sql } from 'drizzle-orm';
import { rowsOf, type Database } from '../../db/index.js';

/**
 * The job statisticsFold: adds the changes appended to case_rollup_delta into case_rollup and deletes them, in one
 * statement (case_rollup_fold, migration 0035). Figures are right between folds too (they sum rollup + deltas);
 * folding keeps the deltas few, so reading them stays cheap. Returns how many delta rows were folded.
 *
 * A fold that changed rows vacuums both tables: its upserts clear the visibility bits the figures' index-only scans
 * rely on, and a deployment whose autovacuum is off or slow (migration 0047 sets it to act after 2,000 rows) would
 * otherwise read the heap for every figure (1M cases: a cross-tab 38 ms unvacuumed, 14 ms vacuumed). Vacuum skips
 * the pages that are still all-visible, so a minute's fold costs little.
 */
export async function foldRollup(database: Database): Promise<number> {
  const [row] = await rowsOf<{ folded: number }>(database.db.execute(sql`select case_rollup_fold() as folded`));
  const folded = Number(row?.folded ?? 0);
  if (folded > 0) await database.db.execute(sql`vacuum case_rollup_delta, case_rollup`);
  return folded;
}
