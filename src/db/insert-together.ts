import { getTableColumns, getTableName, is, sql, SQL, type SQLWrapper } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { compileSql, executeText, pgArray, rowsOf, statementName, type Db } from './client.js';

/** Rows for one table of `insertTogether`, typed as drizzle's insert values of that table. */
export interface TableRows<T extends PgTable> {
  table: T;
  rows: T['$inferInsert'][];
  /** Columns computed in the database from the value sent (e.g. a tsvector from its text): the value, wrapped. */
  computed?: { [K in keyof T['$inferInsert']]?: (value: SQL) => SQL };
  /** false: the rows are written but not sent back (nobody reads them); the table's list in the answer is empty. */
  returning?: boolean;
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
 * Returns the inserted rows of every table, in the order given, mapped back as drizzle's `returning()` maps them
 * (an empty list for a table written with `returning: false`). The statement's text depends only on its shape, so
 * it is built once per shape and sent as a prepared statement (executeText) with each call's arrays.
 */
export async function insertTogether<const L extends readonly TableRows<PgTable>[]>(
  tx: Db,
  lists: L,
): Promise<{ [K in keyof L]: L[K] extends TableRows<infer T> ? T['$inferSelect'][] : never }> {
  const present = lists.map((l, i) => ({ ...l, i })).filter((l) => l.rows.length);
  if (!present.length) return lists.map(() => []) as never;
  const params: string[] = [];
  const tables = present.map(({ table, rows, computed, returning, i }) => {
    const columns = getTableColumns(table) as Record<string, PgColumn>;
    const used = Object.entries(columns).filter(([key, col]) => col.defaultFn || rows.some((r) => (r as Record<string, unknown>)[key] !== undefined));
    for (const [key, col] of used) params.push(pgArray(rows.map((r) => driverText(table, r as Record<string, unknown>, key, col, !!computed?.[key as keyof typeof computed]))));
    return { table, computed, returning: returning !== false, i, columns, used };
  });
  // The text depends only on the shape (tables, their columns sent, computed and returned): built once per shape.
  const shape = tables.map((t) => `${getTableName(t.table)}#${t.i}:${t.used.map(([key]) => key).join(',')}:${Object.keys(t.computed ?? {}).join(',')}:${t.returning}`).join('|');
  let statement = shapes.get(shape);
  if (!statement) {
    statement = shapeText(tx, tables, params);
    if (shapes.size < 1000) shapes.set(shape, statement);
  }
  const [row] = await rowsOf<Record<string, Record<string, unknown>[]>>(executeText(tx, statement.text, params, statement.name));
  return lists.map((_, i) => {
    const raw = row?.[`r${i}`];
    const table = tables.find((t) => t.i === i);
    if (!raw || !table) return [];
    return raw.map((r) =>
      Object.fromEntries(Object.entries(table.columns).map(([key, col]) => [key, r[col.name] == null ? null : col.mapFromDriverValue(r[col.name])])),
    );
  }) as never;
}

const shapes = new Map<string, { text: string; name: string }>();

/** A value as the text its column's driver mapping gives (as drizzle's insert sends it), or null. */
function driverText(table: PgTable, r: Record<string, unknown>, key: string, col: PgColumn, computed: boolean): string | null {
  let v = r[key];
  if (v === undefined && col.defaultFn) v = col.defaultFn();
  if (v === undefined) {
    if (col.default !== undefined && !is(col.default, SQL)) v = col.default;
    else throw new Error(`insertTogether: ${getTableName(table)}.${col.name} is missing in some rows and has no default to fill them`);
  }
  if (v === null) return null;
  if (typeof v === 'object' && is(v as SQLWrapper, SQL)) throw new Error(`insertTogether: SQL values are not supported (${getTableName(table)}.${col.name})`);
  if (computed) return String(v);
  const d = col.mapToDriverValue(v);
  return d instanceof Date ? d.toISOString() : typeof d === 'object' ? JSON.stringify(d) : String(d);
}

/** The statement of a shape: one data-modifying CTE per table over `unnest` of its arrays, the returned rows as JSON. */
function shapeText(
  tx: Db,
  tables: { table: PgTable; computed?: Record<string, ((value: SQL) => SQL) | undefined> | undefined; returning: boolean; i: number; used: [string, PgColumn][] }[],
  params: string[],
) {
  let p = 0;
  const parts = tables.map(({ table, computed, returning, i, used }) => {
    const names = sql.join(used.map(([, col]) => sql.identifier(col.name)), sql`, `);
    const values = sql.join(
      used.map(([key, col], k) => computed?.[key]?.(sql`${sql.identifier(`v${k}`)}`) ?? sql`${sql.identifier(`v${k}`)}::${sql.raw(col.getSQLType())}`),
      sql`, `,
    );
    const arrays = sql.join(used.map(() => sql`${params[p++]!}::text[]`), sql`, `);
    const aliases = sql.join(used.map((_, k) => sql.identifier(`v${k}`)), sql`, `);
    return sql`${sql.identifier(`t${i}`)} as (insert into ${table} (${names}) select ${values} from unnest(${arrays}) as u(${aliases})${returning ? sql` returning *` : sql``})`;
  });
  const returned = tables.filter((t) => t.returning);
  const results = returned.length
    ? sql.join(
        returned.map(({ i }) => sql`(select coalesce(json_agg(${sql.identifier(`t${i}`)}), '[]'::json) from ${sql.identifier(`t${i}`)}) as ${sql.identifier(`r${i}`)}`),
        sql`, `,
      )
    : sql`1 as done`;
  const q = compileSql(tx, sql`with ${sql.join(parts, sql`, `)} select ${results}`);
  // Every parameter must be one of the arrays, in their order, for the text to serve the next rows of this shape.
  if (q.params.length !== params.length || q.params.some((v, k) => v !== params[k])) throw new Error('insertTogether: a computed column may not add parameters');
  return { text: q.sql, name: statementName(q.sql) };
}
