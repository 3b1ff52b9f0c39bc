import { getTableColumns, getTableName, is, sql, SQL, type SQLWrapper } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { executePrepared, pgArray, rowsOf, type Db } from './client.js';

/** Rows for one table of `insertTogether`, typed as drizzle's insert values of that table. */
export interface TableRows<T extends PgTable> {
  table: T;
  rows: T['$inferInsert'][];
  /** Columns computed in the database from the value sent (e.g. a tsvector from its text): the value, wrapped. */
  computed?: { [K in keyof T['$inferInsert']]?: (value: SQL) => SQL };
}

/**
 * Inserts rows into several tables in one statement: a data-modifying CTE per table, each `INSERT … SELECT … FROM
 * unnest(…)` with one array per column, so the statement's size does not grow with the rows. Used where a write
 * would otherwise send a statement per table (a registration batch's petitioners, accused, trail, clocks and audit
 * entries): one round trip and one plan instead of five, and no per-value query building.
 *
 * Values go through each column's own driver mapping (as drizzle's insert does), travel as text and are cast to the
 * column's type per row; a column left out of every row takes its database default, `$defaultFn` columns are filled
 * as drizzle fills them. The tables' triggers and row-level security apply as to any insert. The CTEs cannot see
 * each other's rows: no table here may need another's new rows (their parents must be written before).
 * Returns the inserted rows of every table, in the order given, mapped back as drizzle's `returning()` maps them.
 */
export async function insertTogether<const L extends readonly TableRows<PgTable>[]>(
  tx: Db,
  lists: L,
): Promise<{ [K in keyof L]: L[K] extends TableRows<infer T> ? T['$inferSelect'][] : never }> {
  const present = lists.map((l, i) => ({ ...l, i })).filter((l) => l.rows.length);
  if (!present.length) return lists.map(() => []) as never;
  const parts: SQL[] = [];
  const columnsOf: Record<string, PgColumn>[] = [];
  for (const { table, rows, computed, i } of present) {
    const columns = getTableColumns(table) as Record<string, PgColumn>;
    columnsOf[i] = columns;
    const used = Object.entries(columns).filter(([key, col]) => col.defaultFn || rows.some((r) => (r as Record<string, unknown>)[key] !== undefined));
    const arrays = used.map(([key, col]) =>
      rows.map((r) => {
        let v = (r as Record<string, unknown>)[key];
        if (v === undefined && col.defaultFn) v = col.defaultFn();
        if (v === undefined) {
          if (col.default !== undefined && !is(col.default, SQL)) v = col.default;
          else throw new Error(`insertTogether: ${getTableName(table)}.${col.name} is missing in some rows and has no default to fill them`);
        }
        if (v === null) return null;
        if (is(v as SQLWrapper, SQL)) throw new Error(`insertTogether: SQL values are not supported (${getTableName(table)}.${col.name})`);
        if (computed?.[key as keyof typeof computed]) return String(v);
        const d = col.mapToDriverValue(v);
        return d instanceof Date ? d.toISOString() : typeof d === 'object' ? JSON.stringify(d) : String(d);
      }),
    );
    const names = sql.join(used.map(([, col]) => sql.identifier(col.name)), sql`, `);
    const wrap = (computed ?? {}) as Record<string, ((value: SQL) => SQL) | undefined>;
    const values = sql.join(
      used.map(([key, col], k) => wrap[key]?.(sql`${sql.identifier(`v${k}`)}`) ?? sql`${sql.identifier(`v${k}`)}::${sql.raw(col.getSQLType())}`),
      sql`, `,
    );
    const params = sql.join(arrays.map((a) => sql`${pgArray(a)}::text[]`), sql`, `);
    const aliases = sql.join(used.map((_, k) => sql.identifier(`v${k}`)), sql`, `);
    parts.push(
      sql`${sql.identifier(`t${i}`)} as (insert into ${table} (${names}) select ${values} from unnest(${params}) as u(${aliases}) returning *)`,
    );
  }
  const results = sql.join(
    present.map(({ i }) => sql`(select coalesce(json_agg(${sql.identifier(`t${i}`)}), '[]'::json) from ${sql.identifier(`t${i}`)}) as ${sql.identifier(`r${i}`)}`),
    sql`, `,
  );
  const [row] = await rowsOf<Record<string, Record<string, unknown>[]>>(executePrepared(tx, sql`with ${sql.join(parts, sql`, `)} select ${results}`));
  return lists.map((_, i) => {
    const raw = row?.[`r${i}`];
    if (!raw) return [];
    const columns = columnsOf[i]!;
    return raw.map((r) =>
      Object.fromEntries(Object.entries(columns).map(([key, col]) => [key, r[col.name] == null ? null : col.mapFromDriverValue(r[col.name])])),
    );
  }) as never;
}
