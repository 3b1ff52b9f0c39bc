import { and, asc, desc, eq, getTableColumns, gte, inArray, like, lte, sql, type SQL } from 'drizzle-orm';
import type { PgInsertValue } from 'drizzle-orm/pg-core';
import { executePrepared, pgArray, rowsOf, scopeRange, withScopeCondition, type Db } from '../client.js';
import { insertTogether } from '../insert-together.js';
import { CASE_STATES, TERMINAL_STATES } from '../../domain/workflow/states.js';
import { accused, appUser, attachment, auditEntry, caseDeadline, caseEvent, caseLink, cases, petitioner, unit } from '../schema/index.js';

export type CaseRow = typeof cases.$inferSelect;
export type NewCaseRow = typeof cases.$inferInsert;
export type PetitionerRow = typeof petitioner.$inferSelect;
export type AccusedRow = typeof accused.$inferSelect;

export interface CandidateKeys {
  /** The subtree the lookup may see: the caller's unit path. */
  scopePath: string;
  from: string;
  idHashes: string[];
  phoneHashes: string[];
  nameAddressHashes: string[];
  accusedKeys: string[];
  bands: number[];
  excludeId?: string | undefined;
}

/** What numbering a case reads of its unit (casesRepository.numbered). */
export type NumberedUnit = Pick<typeof unit.$inferSelect, 'id' | 'code' | 'level' | 'name' | 'path'>;

/** A repeat candidate as scoring reads it: the keys it shares with the probe, its date, text and unit. */
export interface CandidateRow {
  id: string;
  keys: string[];
  caseNo: string;
  title: string;
  summary: string | null;
  content: string | null;
  receivedOn: string;
  unitName: string;
  repeatOf: string | null;
}

export interface CaseFilter {
  unitPath: string;
  /** Only cases held by exactly this unit (a queue), not its subtree. */
  ownUnitId?: string | undefined;
  /** Bigram tokens of the search text (full-text search); a case number matches too. */
  searchTokens?: string[] | undefined;
  q?: string | undefined;
  states?: readonly string[] | undefined;
  channel?: string | undefined;
  pipeline?: string | undefined;
  nature?: string | undefined;
  categoryCode?: string | undefined;
  /** Significant digits of a region (domain regionPrefix): the region and every place inside it. */
  matterRegionPrefix?: string | undefined;
  /** Exactly this (canonical) region code: cases placed no finer than the region itself. */
  matterRegionExact?: string | undefined;
  source?: string | undefined;
  /** Only the cases of exactly this unit (its own, not its subtree's). */
  unitIdExact?: string | undefined;
  /** Level of the case's unit (承办层级). */
  unitLevel?: string | undefined;
  /** Values the case lacks: no category, no matter region, an accused without rank (or none), no running clock. */
  missing?: readonly ('category' | 'matterRegion' | 'rank' | 'light')[] | undefined;
  rank?: string | undefined;
  repeatStatus?: string | undefined;
  groupVisit?: boolean | undefined;
  skipLevel?: boolean | undefined;
  realName?: boolean | undefined;
  supervised?: boolean | undefined;
  from?: string | undefined;
  to?: string | undefined;
  /** China-local today, for lights. */
  today: string;
  /** Exactly this case number (what the search box holds when it is one). */
  caseNo?: string | undefined;
  light?: 'red' | 'yellow' | 'green' | undefined;
  sort?: 'receivedOn' | 'registeredAt' | 'caseNo' | 'dueOn' | undefined;
  order?: 'asc' | 'desc' | undefined;
}

/**
 * The worst light of a case's running, unpaused clocks (null: none running), and its nearest due date: red once
 * any due date has passed, yellow once any warning day has come. cases.next_due_on / next_warn_on hold the
 * earliest of each (a trigger on case_deadline keeps them), which decides both.
 */
export const lightOf = (today: string) =>
  sql<'red' | 'yellow' | 'green' | null>`(case when ${cases.nextDueOn} < ${today} then 'red' when ${cases.nextWarnOn} <= ${today} then 'yellow' when ${cases.nextDueOn} is not null then 'green' end)`;
const nearestDue = sql<string | null>`${cases.nextDueOn}`;
/** The same light as a condition the partial indexes on (unit_path, next_due_on / next_warn_on) can serve. */
function lightIs(light: 'red' | 'yellow' | 'green', today: string): SQL {
  if (light === 'red') return sql`${cases.nextDueOn} < ${today}`;
  if (light === 'yellow') return sql`${cases.nextDueOn} >= ${today} and ${cases.nextWarnOn} <= ${today}`;
  return sql`${cases.nextDueOn} >= ${today} and (${cases.nextWarnOn} is null or ${cases.nextWarnOn} > ${today})`;
}

/**
 * A column of the outer `cases` row inside a correlated subquery, always qualified: drizzle leaves columns
 * unqualified in a query without joins, and `p.case_id = "id"` would then compare with the subquery's own id.
 */
const outer = (column: string) => sql.raw(`"cases"."${column}"`);

/** The unit that acts on a case: the reviewing unit under 复查 / 复核, else the case's own (work queues). */
const actingUnitIs = (unitId: string) =>
  sql`((${cases.reviewUnitId} is null and ${cases.unitId} = ${unitId}) or ${cases.reviewUnitId} = ${unitId})`;

/** Every state but the terminal ones (archived, filed as a repeat). */
const LIVE_STATES = CASE_STATES.filter((state) => !TERMINAL_STATES.includes(state));

/** Lists count matching cases exactly up to this many; beyond it they say "more than". */
export const LIST_COUNT_CAP = 10_000;
/**
 * Above this many matching cases by the planner's estimate a list shows the estimate, marked as such, instead of
 * counting: counting reads every matching case up to the cap, and a filter the indexes do not hold (形式, 业务类型,
 * 集体访) made that a read of the whole subtree's rows, hundreds of milliseconds at a million cases (bench/README.md).
 */
export const LIST_ESTIMATE_ABOVE = 1_000;

/**
 * `onePath`: every case of the list has this unit path (the subtree is one unit, or only the unit's own cases are
 * asked for). Equality lets the planner walk the (unit_path, received_on …) and (unit_path, due …) indexes in the
 * list's order; a prefix range over the one path reads as a range the planner cannot know holds a single value.
 */
function caseConditions(f: CaseFilter, onePath?: string, months?: readonly string[], byUnitId = false): SQL[] {
  // A unit's path ends in its own id; the unit id says the same for one unit, and the due-date order is indexed by it.
  const one = (path: string) => (byUnitId ? eq(cases.unitId, path.split('/').filter(Boolean).pop()!) : eq(cases.unitPath, path));
  const conds: SQL[] = [onePath ? one(onePath) : like(cases.unitPath, `${f.unitPath}%`)];
  if (f.ownUnitId) conds.push(actingUnitIs(f.ownUnitId));
  if (f.states?.length) conds.push(inArray(cases.state, [...f.states]));
  if (f.channel) conds.push(eq(cases.channel, f.channel as never));
  if (f.pipeline) conds.push(eq(cases.pipeline, f.pipeline as never));
  if (f.nature) conds.push(eq(cases.nature, f.nature));
  if (f.categoryCode) conds.push(sql`${cases.categoryCode} like ${f.categoryCode + '%'}`);
  if (f.matterRegionPrefix !== undefined) conds.push(sql`${cases.matterRegionCode} like ${f.matterRegionPrefix + '%'}`);
  if (f.matterRegionExact) conds.push(eq(cases.matterRegionCode, f.matterRegionExact));
  if (f.source) conds.push(eq(cases.source, f.source));
  if (f.unitIdExact) conds.push(eq(cases.unitId, f.unitIdExact));
  if (f.unitLevel) conds.push(sql`${cases.unitId} in (select u.id from unit u where u.level = ${f.unitLevel})`);
  if (f.missing?.includes('category')) conds.push(sql`${cases.categoryCode} is null`);
  if (f.missing?.includes('matterRegion')) conds.push(sql`${cases.matterRegionCode} is null`);
  if (f.missing?.includes('rank'))
    conds.push(sql`(not exists (select 1 from accused a where a.case_id = ${cases.id}) or exists (select 1 from accused a where a.case_id = ${cases.id} and a.rank is null))`);
  if (f.missing?.includes('light')) conds.push(sql`${lightOf(f.today)} is null`);
  if (f.rank) conds.push(sql`exists (select 1 from accused a where a.case_id = ${cases.id} and a.rank = ${f.rank})`);
  if (f.repeatStatus) conds.push(eq(cases.repeatStatus, f.repeatStatus));
  if (f.groupVisit !== undefined) conds.push(eq(cases.groupVisit, f.groupVisit));
  if (f.skipLevel !== undefined) conds.push(eq(cases.skipLevel, f.skipLevel));
  if (f.realName !== undefined) conds.push(eq(cases.realName, f.realName));
  if (f.supervised !== undefined) conds.push(eq(cases.supervised, f.supervised));
  if (f.from) conds.push(gte(cases.receivedOn, f.from));
  if (f.to) conds.push(lte(cases.receivedOn, f.to));
  if (f.light) conds.push(lightIs(f.light, f.today));
  if (f.caseNo) conds.push(eq(cases.caseNo, f.caseNo));
  if (f.q) conds.push(textCondition(f, months));
  return conds;
}

/**
 * The search box: every bigram of the words, or the case number. The words are asked of the search document
 * (xf_case_search_doc, migration 0042) together with the unit of the list ('u:<id>': its subtree) and, given
 * `months`, the months received ('m:<yyyymm>'), so the index finds only the matches that can be on the page.
 */
function textCondition(f: CaseFilter, months?: readonly string[]): SQL {
  const quote = (lexeme: string) => `'${lexeme.replace(/'/g, "''")}'`;
  const tokens = f.searchTokens ?? [];
  if (!tokens.length) return sql`(${cases.title} like ${'%' + f.q + '%'} or ${cases.caseNo} = ${f.q})`;
  const listUnit = f.unitPath.split('/').filter(Boolean).pop();
  const keys = [...(listUnit ? [quote(`u:${listUnit}`)] : []), ...(months?.length ? [`(${months.map((m) => quote(`m:${m}`)).join(' | ')})`] : [])];
  const words = sql`to_tsquery('simple', ${tokens.map(quote).join(' & ')})`;
  const query = keys.length ? sql`(${words} && ${keys.join(' & ')}::tsquery)` : words;
  return sql`(xf_case_search_doc(${cases.searchVector}, ${cases.unitPath}, ${cases.receivedOn}) @@ ${query} or ${cases.caseNo} = ${f.q})`;
}

/**
 * The periods a search sorted newest first tries in turn: this month and the one before (and the next, for a case
 * dated ahead), then the last twelve months; the `since` of each is its first day. A page full of matches from a
 * period is the page of the whole list, every match outside it being older.
 */
function searchWindows(today: string): { months: string[]; since: string }[] {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const month = (back: number) => {
    const i = y * 12 + (m - 1) - back;
    return { key: String(Math.floor(i / 12) * 100 + (i % 12) + 1), first: `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01` };
  };
  const span = (back: number) => Array.from({ length: back + 2 }, (_, k) => month(k - 1));
  return [1, 11].map((back) => {
    const months = span(back);
    return { months: months.map((x) => x.key), since: months[months.length - 1]!.first };
  });
}

/**
 * A page of a search and its count. Sorted newest first, the periods of searchWindows are tried in turn, then all
 * time: a common word fills the page from the last months and only the matches of those months in the subtree are
 * read; its total is then the matches of the period scaled by the period's share of the list (an estimate, said
 * so). Any other order reads every match in the subtree, which also counts them exactly.
 */
async function searchPage(
  tx: Db, f: CaseFilter, onePath: string | undefined, scoped: SQL, limit: number, offset: number, countCap: number,
  column: SQL | typeof cases.receivedOn | typeof cases.registeredAt | typeof cases.caseNo, dir: typeof asc,
) {
  const newestFirst = (f.sort ?? 'receivedOn') === 'receivedOn' && f.order !== 'asc';
  for (const w of [...(newestFirst ? searchWindows(f.today) : []), undefined]) {
    const where = and(...caseConditions(f, onePath, w?.months), scoped);
    const rows = await tx
      .select({ id: cases.id, n: sql<number>`count(*) over ()`.mapWith(Number) })
      .from(cases)
      .where(where)
      .orderBy(dir(column), dir(cases.caseNo))
      .limit(limit)
      .offset(offset);
    const ids = rows.map((r) => r.id);
    if (w && rows.length === limit) {
      const base = and(...caseConditions({ ...f, q: undefined }, onePath))!;
      const [all, recent] = [await estimatedRows(tx, base), await estimatedRows(tx, and(base, gte(cases.receivedOn, w.since))!)];
      const n = Math.max(roughly((rows[0]!.n * Math.max(all, 1)) / Math.max(recent, 1)), offset + limit + 1);
      return [ids, { n, estimated: true }] as const;
    }
    if (w) continue;
    if (rows.length || !offset) return [ids, { n: rows[0]?.n ?? 0, estimated: false }] as const;
    const n = (await rowsOf<{ n: number }>(tx.execute(sql`select count(*)::int as n from (select 1 from ${cases} where ${where} limit ${countCap + 1}) t`)))[0]!.n;
    return [ids, { n, estimated: false }] as const;
  }
  throw new Error('unreachable');
}

/** The one unit path of every case a list may hold, if there is one (see caseConditions). */
async function onlyUnitPath(tx: Db, f: CaseFilter): Promise<string | undefined> {
  const paths = f.unitIdExact
    ? await tx.select({ path: unit.path }).from(unit).where(eq(unit.id, f.unitIdExact))
    : await tx.select({ path: unit.path }).from(unit).where(like(unit.path, `${f.unitPath}%`)).limit(2);
  return paths.length === 1 && paths[0]!.path.startsWith(f.unitPath) ? paths[0]!.path : undefined;
}

/**
 * The planner's cost of a page read out of order, for the page of a one-unit list. The default (4, a disk's seek)
 * made it read all of a town's 15,000 cases and sort them (0.2 s, every row a page of its own) rather than walk
 * the unit's index in the list's order until a page is full (1 ms) whenever a filter or a deep page made the walk
 * longer than a few rows; the cases are read from memory (bench/README.md).
 */
const LIST_RANDOM_PAGE_COST = '1.1';

/** Runs `fn` with the planner's random_page_cost at `cost`, then as before (both local to the transaction). */
async function withRandomPageCost<T>(tx: Db, cost: string, fn: () => Promise<T>): Promise<T> {
  const [prior] = await rowsOf<{ cost: string }>(tx.execute(sql`select current_setting('random_page_cost') as cost, set_config('random_page_cost', ${cost}, true)`));
  try {
    return await fn();
  } finally {
    await tx.execute(sql`select set_config('random_page_cost', ${prior!.cost}, true)`);
  }
}

/** The planner's estimate of the rows of `cases` that meet `where` (EXPLAIN, nothing is read). */
async function estimatedRows(tx: Db, where: SQL): Promise<number> {
  const [row] = await rowsOf<Record<string, unknown>>(tx.execute(sql`explain (format json) select 1 from ${cases} where ${where}`));
  const value = Object.values(row!)[0];
  const plan = (typeof value === 'string' ? JSON.parse(value) : value) as { Plan: { 'Plan Rows': number } }[];
  return plan[0]!.Plan['Plan Rows'];
}

/** An estimate to two significant figures (15,362 → 15,000): it says no more than it knows. */
const roughly = (n: number) => {
  const unitOf = 10 ** Math.max(0, Math.floor(Math.log10(Math.max(n, 1))) - 1);
  return Math.round(n / unitOf) * unitOf;
};

export const casesRepository = {
  /** The next number of a unit's year (see numbered). */
  nextSeq: async (tx: Db, unitId: string, year: number) => (await casesRepository.numbered(tx, [{ unitId, year }])).seqs[0]!,
  /**
   * The next numbers of several registrations at once, in the order given (two of one unit and year get two
   * consecutive numbers), with what registration needs of each unit (code, level, name, path), in the same statement:
   * one round trip fewer per batch. Counter rows are taken in (unit, year) order, so that batches numbering the same
   * units cannot deadlock; the row locks keep numbers gap-free and unique until commit. (A unit outside the
   * transaction's scope fails the counters' policy before it could go without a number.)
   */
  numbered: async (tx: Db, wants: { unitId: string; year: number }[]) => {
    const counts = new Map<string, number>();
    for (const w of wants) counts.set(`${w.unitId}:${w.year}`, (counts.get(`${w.unitId}:${w.year}`) ?? 0) + 1);
    const keys = [...counts.keys()].sort();
    const rows = await rowsOf<{ year: number; last_seq: number } & NumberedUnit>(
      executePrepared(tx, sql`with counted as (
          insert into case_counter (unit_id, year, last_seq)
          select * from unnest(${pgArray(keys.map((k) => k.split(':')[0]!))}::uuid[], ${pgArray(keys.map((k) => Number(k.split(':')[1])))}::int[],
                               ${pgArray(keys.map((k) => counts.get(k)!))}::int[]) order by 1, 2
          on conflict (unit_id, year) do update set last_seq = case_counter.last_seq + excluded.last_seq
          returning unit_id, year, last_seq)
        select u.id, n.year, n.last_seq, u.code, u.level, u.name, u.path from counted n join unit u on u.id = n.unit_id`),
    );
    // Each unit and year hands out its numbers from the first of its block on.
    const next = new Map(rows.map((r) => [`${r.id}:${r.year}`, r.last_seq - counts.get(`${r.id}:${r.year}`)! + 1]));
    const seqs = wants.map((w) => {
      const key = `${w.unitId}:${w.year}`;
      const seq = next.get(key);
      if (seq === undefined) throw new Error(`unit ${w.unitId} is not visible to this transaction`);
      next.set(key, seq + 1);
      return seq;
    });
    const units = new Map<string, NumberedUnit>(rows.map((r) => [r.id, { id: r.id, code: r.code, level: r.level, name: r.name, path: r.path }]));
    return { seqs, units };
  },
  /** Values may be SQL expressions (the search vector is computed by the database). */
  insert: async (tx: Db, row: PgInsertValue<typeof cases>) => (await tx.insert(cases).values(row).returning())[0]!,
  /** Several cases in one statement; the rows come back in the order given. */
  /** New cases in one statement; `searchText` is what their search vector is made of (bigrams, see searchTextOf). */
  insertMany: async (tx: Db, rows: (typeof cases.$inferInsert & { searchText: string })[]) => {
    const [saved] = await insertTogether(tx, [
      {
        table: cases,
        rows: rows.map(({ searchText, ...r }) => ({ ...r, searchVector: searchText })),
        computed: { searchVector: (v: SQL) => sql`to_tsvector('simple', ${v})` },
      },
    ] as const);
    const at = new Map(rows.map((r, i) => [r.caseNo as string, i]));
    return saved.sort((a, b) => at.get(a.caseNo)! - at.get(b.caseNo)!);
  },
  /**
   * What a batch of registrations writes after its cases, in one statement (insertTogether): petitioners, accused,
   * first trail entries, clocks and audit entries. Returns the petitioners and accused as written.
   */
  insertRegistrationRows: async (
    tx: Db,
    r: {
      petitioners: (typeof petitioner.$inferInsert)[];
      accused: (typeof accused.$inferInsert)[];
      events: (typeof caseEvent.$inferInsert)[];
      clocks: (typeof caseDeadline.$inferInsert)[];
      audits: (typeof auditEntry.$inferInsert)[];
    },
  ) => {
    const [petitioners, accusedRows] = await insertTogether(tx, [
      { table: petitioner, rows: r.petitioners },
      { table: accused, rows: r.accused },
      // Nobody reads these back: written, not returned.
      { table: caseEvent, rows: r.events, returning: false },
      { table: caseDeadline, rows: r.clocks, returning: false },
      { table: auditEntry, rows: r.audits, returning: false },
    ] as const);
    return [petitioners, accusedRows] as const;
  },
  appendEvent: (tx: Db, row: typeof caseEvent.$inferInsert) => tx.insert(caseEvent).values(row),
  byId: async (tx: Db, id: string) => (await tx.select().from(cases).where(eq(cases.id, id)))[0],
  byCaseNo: async (tx: Db, caseNo: string) => (await tx.select().from(cases).where(eq(cases.caseNo, caseNo)))[0],
  byExternalKeys: async (tx: Db, keys: string[]) => (keys.length ? tx.select().from(cases).where(inArray(cases.externalKey, keys)) : []),
  petitioners: (tx: Db, caseId: string) => tx.select().from(petitioner).where(eq(petitioner.caseId, caseId)).orderBy(asc(petitioner.ord)),
  accused: (tx: Db, caseId: string) => tx.select().from(accused).where(eq(accused.caseId, caseId)).orderBy(asc(accused.ord)),
  attachments: (tx: Db, caseId: string) => tx.select().from(attachment).where(eq(attachment.caseId, caseId)).orderBy(asc(attachment.uploadedAt)),
  unitName: async (tx: Db, unitId: string) => (await tx.select({ name: unit.name }).from(unit).where(eq(unit.id, unitId)))[0]?.name ?? '',
  userName: async (tx: Db, userId: string | null) =>
    userId ? ((await tx.select({ name: appUser.displayName }).from(appUser).where(eq(appUser.id, userId)))[0]?.name ?? null) : null,
  update: async (tx: Db, id: string, changes: Partial<NewCaseRow>) =>
    (await tx.update(cases).set({ ...changes, updatedAt: new Date() }).where(eq(cases.id, id)).returning())[0],
  insertLink: (tx: Db, row: typeof caseLink.$inferInsert) => tx.insert(caseLink).values(row),
  undoLinks: (tx: Db, fromCaseId: string, kind: string, by: string, at: Date) =>
    tx
      .update(caseLink)
      .set({ undoneAt: at, undoneBy: by })
      .where(and(eq(caseLink.fromCaseId, fromCaseId), eq(caseLink.kind, kind), sql`${caseLink.undoneAt} is null`)),

  /**
   * Earlier cases that share anything with a new one — a petitioner hash, an accused key or a content band —
   * received since `from`, found in `repeat_key` (kept by triggers, migration 0036), with what scoring needs of each
   * besides the keys it shares: date, text, unit. Each key is one range of the lookup index, read index-only (date,
   * scope and case are in the index) and cut at the `perKey` newest entries: a key shared by thousands of cases (a
   * street government as the accused unit, a colliding band) says nothing about any one of them, and before, every
   * such case was a heap fetch (bench/README.md). Only the `limit` best of each probe are read from `cases`.
   * The strongest evidence is kept first: the same petitioner (without which no candidate reaches the repeat
   * threshold), then the most kinds of evidence, then the most keys shared (several text bands rather than one
   * chance collision), then the newest. Scoring happens in the domain.
   *
   * The lookup runs as the connection's own role with the caller's scope as an explicit condition — on the key and
   * again on the case row, the very range of the cases policy (cases_scope, 0022) —: the scoped role has no grant on
   * `repeat_key`, and under row-level security the lookup's conditions could not use the index. One statement, so a
   * registration batch finds and reads its candidates before its transaction (bench/README.md).
   */
  repeatCandidates: async (tx: Db, probes: CandidateKeys[], limit: number, opts: { perKey?: number; unscoped?: boolean } = {}): Promise<CandidateRow[][]> => {
    const perKey = opts.perKey ?? 200;
    const q = { i: [] as number[], key: [] as string[], from: [] as string[], lo: [] as string[], hi: [] as string[], exclude: [] as string[] };
    probes.forEach((k, i) => {
      const keys = new Set([
        ...k.idHashes.map((h) => `i:${h}`),
        ...k.phoneHashes.map((h) => `p:${h}`),
        ...k.nameAddressHashes.map((h) => `n:${h}`),
        ...k.accusedKeys.map((a) => `a:${a}`),
        ...k.bands.map((b) => `b:${b}`),
      ]);
      const range = scopeRange(k.scopePath);
      for (const key of keys) {
        q.i.push(i);
        q.key.push(key);
        q.from.push(k.from);
        q.lo.push(range.lo);
        q.hi.push(range.hi);
        q.exclude.push(k.excludeId ?? '');
      }
    });
    const found: CandidateRow[][] = probes.map(() => []);
    if (!q.key.length) return found;
    // Each probe's own scope is a condition of its own rows (probes of several callers are looked up together).
    // `unscoped`: the caller runs this on a connection of its own role, outside any scoped transaction.
    const asOwner = <T>(fn: () => Promise<T>) => (opts.unscoped ? fn() : withScopeCondition(tx, fn));
    const rows = await asOwner(() =>
      rowsOf<CandidateRow & { i: number }>(
        executePrepared(tx, sql`select t.i, t.id, t.keys, c.case_no as "caseNo", c.title, c.summary, c.content, c.received_on::text as "receivedOn",
              u.name as "unitName", c.repeat_of as "repeatOf"
            from (
              select q.i, q.lo, q.hi, m.case_id as id, array_agg(distinct q.k) as keys, row_number() over (
                  partition by q.i order by min(m.rank), count(distinct m.rank) desc, count(*) desc, max(m.received_on) desc) as n
              from unnest(${pgArray(q.i)}::int[], ${pgArray(q.key)}::text[], ${pgArray(q.from)}::date[], ${pgArray(q.lo)}::text[],
                          ${pgArray(q.hi)}::text[], ${pgArray(q.exclude)}::text[]) q(i, k, since, lo, hi, excluded)
              -- The scope is a unit's path (the caller's); the keys carry units' short paths (migration 0050).
              join unit su on su.path = q.lo
              cross join lateral (select nullif(q.excluded, '')::uuid as exclude) x
              cross join lateral (
                select r.case_id, r.rank, r.received_on from repeat_key r
                where r.key = xf_repeat_key(q.k) and r.received_on >= q.since
                  and r.unit_short_path ~>=~ su.short_path and r.unit_short_path ~<~ (left(su.short_path, -1) || '0')
                order by r.received_on desc nulls last limit ${perKey} -- the index order (NULLS LAST): read newest first, stop at the limit
              ) m
              -- A case's own copies in other units (交办/转办/上报 from it, or the one it came from) are the same matter
              -- travelling, not a repeat: they share every key.
              where x.exclude is null or (m.case_id <> x.exclude
                and m.case_id not in (select id from cases where source_case_id = x.exclude)
                and m.case_id is distinct from (select source_case_id from cases where id = x.exclude))
              group by q.i, q.lo, q.hi, m.case_id
            ) t
            join cases c on c.id = t.id and c.unit_path ~>=~ t.lo and c.unit_path ~<~ t.hi
            join unit u on u.id = c.unit_id
            where t.n <= ${limit} order by t.i, t.n`),
      ),
    );
    for (const { i, ...r } of rows) found[i]!.push(r);
    return found;
  },

  /**
   * A page of a case list and its count (exact up to `countCap`). Two steps, as in repeatCandidates: the page's ids and
   * the count are found as the connection's own role with the caller's scope as an explicit condition, because under
   * row-level security PostgreSQL may not use an index for a condition whose operator is not leakproof (the
   * full-text `@@`, `LIKE` on a category): such a search read every case of the scope, seconds at a million cases
   * (bench/README.md). Only ids leave that step; the rows are then read under row-level security again.
   * The count is exact when the page is the last one, the planner's estimate (`totalEstimated`) when that is above
   * `estimateAbove`, else counted exactly up to `countCap`.
   */
  list: async (tx: Db, f: CaseFilter, limit: number, offset: number, countCap = LIST_COUNT_CAP, estimateAbove = LIST_ESTIMATE_ABOVE) => {
    const dir = f.order === 'asc' ? asc : desc;
    // By due date, cases without a running clock last either way: ascending (the most urgent first, the usual
    // question) sorts them as due at infinity, which the expression index cases_due_order_idx serves.
    const dueOrder = f.order === 'asc' ? sql`coalesce(${cases.nextDueOn}, 'infinity'::date)` : sql`coalesce(${cases.nextDueOn}, '-infinity'::date)`;
    const column = { receivedOn: cases.receivedOn, registeredAt: cases.registeredAt, caseNo: cases.caseNo, dueOn: dueOrder }[f.sort ?? 'receivedOn'];
    const [ids, count] = await withScopeCondition(tx, async (inScope) => {
      const onePath = await onlyUnitPath(tx, f);
      const conds = caseConditions(f, onePath, undefined, f.sort === 'dueOn');
      // One unit: its path is checked against the scope once (every case of the list has it), not row by row,
      // where the planner took the range for a filter of 1 row in 70 and sorted the unit's cases rather than walk
      // them in order.
      const scoped = inScope(onePath ? sql`${onePath}::text` : sql`${cases.unitPath}`);
      const where = and(...conds, scoped);
      const page = () =>
        tx
          .select({ id: cases.id })
          .from(cases)
          .where(where)
          .orderBy(dir(column), dir(cases.caseNo))
          .limit(limit)
          .offset(offset);
      if (f.q && f.searchTokens?.length) return searchPage(tx, f, onePath, scoped, limit, offset, countCap, column, dir);
      const ids = (onePath ? await withRandomPageCost(tx, LIST_RANDOM_PAGE_COST, page) : await page()).map((r) => r.id);
      // A page that is not full ends the list: its count is known without counting.
      if (ids.length && ids.length < limit) return [ids, { n: offset + ids.length, estimated: false }] as const;
      if (!ids.length && !offset) return [ids, { n: 0, estimated: false }] as const;
      // The estimate of the filter alone: the prefix condition on the unit path keeps it to the subtree, and the
      // scope condition (a setting, not a constant) would only blur it.
      const estimate = await estimatedRows(tx, and(...conds)!);
      if (estimate > estimateAbove) return [ids, { n: Math.max(roughly(estimate), offset + ids.length + (ids.length === limit ? 1 : 0)), estimated: true }] as const;
      // Counted up to a cap: past it the exact figure costs a scan of the subtree and changes nothing on screen.
      const n = (await rowsOf<{ n: number }>(tx.execute(sql`select count(*)::int as n from (select 1 from ${cases} where ${where} limit ${countCap + 1}) t`)))[0]!.n;
      return [ids, { n, estimated: false }] as const;
    });
    const found = ids.length
      ? await tx
          .select({
            // Not the search vector nor the text bands: a page never shows them, and the vector's text form (a few
            // kB a case) was most of the bytes read and sent.
            c: { ...getTableColumns(cases), searchVector: sql<null>`null`, contentBands: sql<number[]>`'{}'::int[]` },
            unitName: sql<string>`(select u.name from unit u where u.id = ${outer('unit_id')})`,
            names: sql<string | null>`(select string_agg(p.name_masked, '、' order by p.ord) from petitioner p where p.case_id = ${outer('id')})`,
            light: lightOf(f.today),
            dueOn: nearestDue,
          })
          .from(cases)
          .where(inArray(cases.id, ids))
      : [];
    const at = new Map(ids.map((id, i) => [id, i]));
    const rows = found.sort((a, b) => at.get(a.c.id)! - at.get(b.c.id)!);
    return count.estimated
      ? { rows, total: count.n, totalCapped: false, totalEstimated: true }
      : { rows, total: Math.min(count.n, countCap), totalCapped: count.n > countCap, totalEstimated: false };
  },

  /**
   * Lights per unit below `parentPath`: every case counts for the child unit whose subtree holds it (the parent's
   * own cases count for the parent).
   */
  lightsByChild: async (tx: Db, parentPath: string, today: string) => {
    const child = sql<string>`coalesce(nullif(split_part(substr(${cases.unitPath}, ${parentPath.length + 1}), '/', 1), ''), ${parentPath.split('/').filter(Boolean).pop() ?? ''})`;
    return tx
      .select({
        unitId: child,
        red: sql<number>`count(*) filter (where ${lightOf(today)} = 'red')::int`,
        yellow: sql<number>`count(*) filter (where ${lightOf(today)} = 'yellow')::int`,
        green: sql<number>`count(*) filter (where ${lightOf(today)} = 'green')::int`,
      })
      .from(cases)
      .where(like(cases.unitPath, `${parentPath}%`))
      .groupBy(sql`1`);
  },

  /**
   * How many cases of one unit show each light now. Only cases with a running clock have a light (a warning day
   * comes with a due date), which the partial index on (unit_path, next_due_on) holds: `unitPath`, the unit's
   * own path, lets the planner use it instead of reading every case the unit ever had (1.7 s with the state
   * counts for a county at a million cases).
   */
  countByLight: async (tx: Db, unitId: string, today: string, unitPath?: string) => {
    const own = unitPath ? sql`${cases.reviewUnitId} is null and ${cases.unitId} = ${unitId} and ${cases.unitPath} = ${unitPath}` : sql`${cases.reviewUnitId} is null and ${cases.unitId} = ${unitId}`;
    const rows = await tx
      .select({ light: lightOf(today), n: sql<number>`count(*)::int` })
      .from(cases)
      .where(sql`((${own}) or ${cases.reviewUnitId} = ${unitId}) and ${cases.nextDueOn} is not null`)
      .groupBy(sql`1`);
    const out = { red: 0, yellow: 0, green: 0 };
    for (const r of rows) if (r.light) out[r.light] = r.n;
    return out;
  },

  /**
   * How many cases of one unit are in each of the given state sets, and how many are under 督办; cases archived
   * or filed as repeats count in neither, and are not read (the index on (unit_id, state) skips them).
   */
  countByStates: async (tx: Db, unitId: string, groups: Record<string, readonly string[]>) => {
    const rows = await tx
      .select({ state: cases.state, supervised: cases.supervised, n: sql<number>`count(*)::int` })
      .from(cases)
      .where(and(actingUnitIs(unitId), inArray(cases.state, LIVE_STATES)))
      .groupBy(cases.state, cases.supervised);
    const counts: Record<string, number> = {};
    for (const [key, states] of Object.entries(groups)) counts[key] = rows.filter((r) => states.includes(r.state)).reduce((n, r) => n + r.n, 0);
    return { counts, supervised: rows.filter((r) => r.supervised && !['archived', 'filedAsRepeat'].includes(r.state)).reduce((n, r) => n + r.n, 0) };
  },
};
