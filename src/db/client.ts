import { createHash } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql, type SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import * as schema from './schema/index.js';

export type Schema = typeof schema;
/** The drizzle API shared by both engines; a transaction has the same shape. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export interface Database {
  /** Unscoped access: migrations, authentication, public-portal lookups, background jobs. */
  readonly db: Db;
  readonly engine: 'pglite' | 'postgres';
  /**
   * Runs `fn` in one transaction limited by row-level security to the subtree under `scopePath`; `userId`
   * (the signed-in user) limits what is personal, such as notifications.
   */
  scoped<T>(scopePath: string, fn: (tx: Tx) => Promise<T>, userId?: string): Promise<T>;
  /** Runs `fn` in one unscoped transaction. */
  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** The embedded database as a gzipped tarball (PGlite only). */
  dump(): Promise<Blob>;
}

export interface DbOptions {
  /** postgres://… ; when unset, the embedded PGlite in `dataDir` is used. */
  databaseUrl?: string | undefined;
  /** Folder of the embedded database; `memory://` for a throw-away one (tests). */
  dataDir?: string | undefined;
  /** Pool size for PostgreSQL. */
  poolSize?: number;
  /** Start the embedded database from a dump (`dumpEmbedded`) instead of empty (tests: a migrated, seeded template). */
  loadDump?: Blob | undefined;
}

export const migrationsFolder = fileURLToPath(new URL('../../src/db/migrations', import.meta.url));

export async function createDb(options: DbOptions): Promise<Database> {
  const { db, engine, close, client } = options.databaseUrl
    ? await openPostgres(options.databaseUrl, options.poolSize ?? 20)
    : await openPglite(options.dataDir ?? './data/db', options.loadDump);
  await applyMigrations(db, engine);
  return {
    db,
    engine,
    transaction: (fn) => db.transaction(fn),
    scoped: (scopePath, fn, userId = '') =>
      db.transaction(async (tx) => {
        // The settings are local to this transaction: nothing leaks to the next user of the connection.
        await tx.execute(
          sql`select set_config('xinfang.scope_path', ${scopePath}, true), set_config('xinfang.user_id', ${userId}, true), set_config('role', 'xinfang_scoped', true)`,
        );
        return fn(tx);
      }),
    close,
    dump: async () => {
      if (!client) throw new Error('only the embedded database can be dumped');
      return (client as { dumpDataDir(c: 'gzip'): Promise<Blob> }).dumpDataDir('gzip');
    },
  };
}

async function openPglite(dataDir: string, loadDataDir?: Blob) {
  const { PGlite } = await import('@electric-sql/pglite');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const { drizzle } = await import('drizzle-orm/pglite');
  if (dataDir !== 'memory://' && !existsSync(dataDir)) mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create(dataDir === 'memory://' ? undefined : dataDir, { extensions: { pg_trgm }, ...(loadDataDir ? { loadDataDir } : {}) });
  const db = drizzle({ client, schema }) as unknown as Db;
  return { db, engine: 'pglite' as const, close: () => client.close(), client };
}

async function openPostgres(url: string, max: number) {
  const pg = (await import('pg')).default;
  // int8 (count(*), bigserial) as JS numbers, as PGlite returns them.
  pg.types.setTypeParser(20, (v: string) => Number(v));
  const { drizzle } = await import('drizzle-orm/node-postgres');
  const pool = new pg.Pool({ connectionString: url, max });
  const db = drizzle({ client: pool, schema }) as unknown as Db;
  return { db, engine: 'postgres' as const, close: () => pool.end(), client: null };
}

async function applyMigrations(db: Db, engine: 'pglite' | 'postgres') {
  const config = { migrationsFolder };
  if (engine === 'pglite') {
    const { migrate } = await import('drizzle-orm/pglite/migrator');
    await migrate(db as never, config);
  } else {
    const { migrate } = await import('drizzle-orm/node-postgres/migrator');
    await migrate(db as never, config);
  }
}

/**
 * `tx.execute(query)` as a named prepared statement: PostgreSQL parses, rewrites (row-level security) and plans its
 * text once per connection and may then keep a generic plan, instead of doing all of it on every call. For the
 * statements a registration batch sends every time, whose text depends only on their shape (values as parameters,
 * lists as array parameters); the name is the text's hash, so each shape is one statement. PGlite ignores the name.
 */
export function executePrepared(tx: Db, query: SQL): Promise<unknown> {
  const q = compileSql(tx, query);
  return executeText(tx, q.sql, q.params);
}

/** The text and parameters drizzle sends for `query`. */
export const compileSql = (tx: Db, query: SQL) => sessionOf(tx).dialect.sqlToQuery(query);

/** `executePrepared` for a text built before (a statement shape kept by its caller), with this call's values. */
export function executeText(tx: Db, text: string, params: unknown[], name = statementName(text)): Promise<unknown> {
  return sessionOf(tx).prepareQuery({ sql: text, params }, undefined, name, false).execute();
}

export const statementName = (text: string) => `xf_${createHash('sha1').update(text).digest('base64url').slice(0, 24)}`;

const sessionOf = (tx: Db) =>
  (
    tx as unknown as {
      session: {
        dialect: { sqlToQuery(q: SQL): { sql: string; params: unknown[] } };
        prepareQuery(q: { sql: string; params: unknown[] }, fields: undefined, name: string, arrayMode: false): { execute(): Promise<unknown> };
      };
    }
  ).session;

/** The rows of a raw `execute(sql…)` result; both drivers return `{ rows }`. */
export async function rowsOf<T>(result: Promise<unknown>): Promise<T[]> {
  return ((await result) as { rows: T[] }).rows;
}

/**
 * Runs `fn` inside a scoped transaction without the scope, then restores it. Only for effects that the workflow
 * rules require across units after they have been checked: creating the linked case in the receiving unit,
 * reporting a result back to the assigning unit. Everything stays in the one transaction.
 */
export async function beyondScope<T>(tx: Tx, fn: () => Promise<T>): Promise<T> {
  const [role] = await rowsOf<{ r: string }>(tx.execute(sql`select current_setting('role') as r`));
  if (role?.r !== 'xinfang_scoped') return fn(); // already unscoped: nothing to lift or restore
  await tx.execute(sql`select set_config('role', 'none', true)`);
  try {
    return await fn();
  } finally {
    await tx.execute(sql`select set_config('role', 'xinfang_scoped', true)`);
  }
}

/**
 * The byte-wise range of unit paths in the subtree under `scopePath` (paths end in '/', and '0' is the byte after
 * it): the bounds of the cases policy (0022) as values, for a lookup that carries several callers' scopes at once.
 */
export const scopeRange = (scopePath: string) => ({ lo: scopePath, hi: `${scopePath.slice(0, -1)}0` });

/** An array literal as one text parameter (both drivers take it so); strings quoted and escaped. */
export const pgArray = (values: readonly (string | number | null)[]) =>
  `{${values.map((v) => (v === null ? 'NULL' : typeof v === 'number' ? String(v) : `"${v.replace(/["\\]/g, (m) => `\\${m}`)}"`)).join(',')}}`;

/** The caller's subtree as a condition on a `unit_path` column: the byte-wise range of the cases policy (0022). */
const inScopePath = (unitPath: SQL) =>
  sql`${unitPath} ~>=~ current_setting('xinfang.scope_path', true) and ${unitPath} ~<~ (left(current_setting('xinfang.scope_path', true), -1) || '0')`;

/**
 * Runs `fn` as the connection's own role with the caller's scope as an explicit condition (`inScope(column)`), for
 * lookups whose conditions row-level security would keep from using an index: a non-leakproof operator (full-text
 * `@@`, array `&&`, `LIKE`) is checked only after the policy, row by row, and the policies of case_deadline and
 * case_event call a function for every row. Only ids and aggregates of cases inside the scope may leave `fn`;
 * everything read about them afterwards is read under row-level security again. Unscoped, the condition is `true`.
 */
export async function withScopeCondition<T>(tx: Db, fn: (inScope: (unitPath: SQL) => SQL) => Promise<T>): Promise<T> {
  const [prior] = await rowsOf<{ role: string }>(tx.execute(sql`select current_setting('role') as role, set_config('role', 'none', true)`));
  if (prior!.role === 'none') return fn(() => sql`true`);
  try {
    return await fn(inScopePath);
  } finally {
    await tx.execute(sql`select set_config('role', ${prior!.role}, true)`);
  }
}

