import { and, asc, eq, like, sql } from 'drizzle-orm';
import { pgArray, rowsOf, type Db } from '../client.js';
import { unit } from '../schema/index.js';

export type UnitRow = typeof unit.$inferSelect;
export type NewUnitRow = typeof unit.$inferInsert;

export const unitsRepository = {
  byId: async (tx: Db, id: string) => (await tx.select().from(unit).where(eq(unit.id, id)))[0],
  /** One statement whatever the number of ids (a registration batch's units): prepared once per connection. */
  byIds: (tx: Db, ids: string[]) =>
    ids.length
      ? tx
          .select()
          .from(unit)
          .where(sql`${unit.id} = any(${sql.placeholder('ids')}::uuid[])`)
          .prepare('units_by_ids')
          .execute({ ids: pgArray(ids) })
      : Promise.resolve([]),
  byCode: async (tx: Db, code: string) => (await tx.select().from(unit).where(eq(unit.code, code)))[0],
  /** Every unit the transaction may see (row-level security limits it to the caller's subtree). */
  all: (tx: Db) => tx.select().from(unit).orderBy(asc(unit.depth), asc(unit.sortOrder), asc(unit.name)),
  subtree: (tx: Db, path: string) =>
    tx.select().from(unit).where(like(unit.path, `${path}%`)).orderBy(asc(unit.depth), asc(unit.sortOrder)),
  insert: async (tx: Db, row: NewUnitRow) => (await tx.insert(unit).values(row).returning())[0]!,
  /** Updates when the version still matches; returns undefined when someone else changed the row first. */
  update: async (tx: Db, id: string, version: number, changes: Partial<NewUnitRow>) =>
    (
      await tx
        .update(unit)
        .set({ ...changes, version: sql`${unit.version} + 1`, updatedAt: new Date() })
        .where(and(eq(unit.id, id), eq(unit.version, version)))
        .returning()
    )[0],
  /**
   * Re-roots a subtree: every path under `oldPath` now starts with `newPath` — the units' own, and the copies every
   * record keeps for its data scope (any `unit_path` or `review_unit_path` column: cases, risks, ownership …), so the
   * records follow their unit. Run unscoped by the caller: the records of the subtree move with it.
   */
  repath: async (tx: Db, oldPath: string, newPath: string, depthDelta: number) => {
    await tx
      .update(unit)
      .set({
        path: sql`${newPath} || substr(${unit.path}, ${oldPath.length + 1})`,
        depth: sql`${unit.depth} + ${depthDelta}`,
        updatedAt: new Date(),
      })
      .where(like(unit.path, `${oldPath}%`));
    // Not the statistics rollup: the triggers on `cases` move its counts (−1 under the old path, +1 under the new),
    // and re-pathing it as well would count the moved cases twice (migration 0035).
    const columns = await rowsOf<{ table_name: string; column_name: string }>(
      tx.execute(sql`select table_name, column_name from information_schema.columns
        where table_schema = current_schema() and column_name in ('unit_path', 'review_unit_path')
          and table_name not in ('case_rollup', 'case_rollup_delta') order by 1, 2`),
    );
    for (const { table_name: table, column_name: column } of columns) {
      const col = sql.identifier(column);
      await tx.execute(
        sql`update ${sql.identifier(table)} set ${col} = ${newPath} || substr(${col}, ${oldPath.length + 1}) where ${col} like ${`${oldPath}%`}`,
      );
    }
  },
  activeChildren: async (tx: Db, id: string) =>
    (
      await tx
        .select({ n: sql<number>`count(*)::int` })
        .from(unit)
        .where(and(eq(unit.parentId, id), eq(unit.active, true)))
    )[0]!.n,
  count: async (tx: Db) => (await tx.select({ n: sql<number>`count(*)::int` }).from(unit))[0]!.n,
};
