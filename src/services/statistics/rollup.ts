import { sql } from 'drizzle-orm';
import { rowsOf, type Database } from '../../db/index.js';

/**
 * The job statisticsFold: adds the changes appended to case_rollup_delta into case_rollup and deletes them, in one
 * statement (case_rollup_fold, migration 0035). Figures are right between folds too (they sum rollup + deltas);
 * folding keeps the deltas few, so reading them stays cheap. Returns how many delta rows were folded.
 */
export async function foldRollup(database: Database): Promise<number> {
  const [row] = await rowsOf<{ folded: number }>(database.db.execute(sql`select case_rollup_fold() as folded`));
  return Number(row?.folded ?? 0);
}
