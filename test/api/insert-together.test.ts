import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { executePrepared, insertTogether, rowsOf } from '../../src/db/index.js';
import { caseDeadline, caseEvent, petitioner } from '../../src/db/schema/index.js';
import { buildRegistration } from '../support/factories.js';
import { login, startApp, type TestApp } from '../support/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await startApp();
});
afterAll(() => t.close());

// insertTogether must write and return exactly what drizzle's own insert … returning() does, whatever the types:
// arrays (with quotes, backslashes and NULL-looking text), jsonb, timestamps, dates, booleans, NULLs and defaults.
it('writes and returns rows as drizzle insert … returning() does, for several tables in one statement', async () => {
  const reg = await login(t, 'dq_registrar');
  const caseId = (await reg.post('/api/v1/cases', buildRegistration())).json().case.id as string;
  const at = new Date('2026-11-30T03:04:05.678Z');
  const p = {
    caseId,
    ord: 7,
    nameEnc: 'enc "quoted" \\ back',
    nameMasked: '张*',
    phoneHashes: ['a"b', 'c\\d', 'NULL', 'e,f{g}'],
    idHash: null,
  };
  const e = { caseId, at, actorName: '测试', action: 'note', detail: { text: '说明 "引号"', list: [1, null] } };
  const c = { caseId, step: 'conclude', days: 60, dayUnit: 'working', startOn: '2026-11-30', dueOn: '2027-02-26', warnOn: '2027-02-19', originalDueOn: '2027-02-26' } as const;
  const [byDrizzle] = await t.database.db.transaction(async (tx) => {
    const a = await tx.insert(petitioner).values(p).returning();
    const b = await tx.insert(caseEvent).values(e).returning();
    const d = await tx.insert(caseDeadline).values(c).returning();
    return [{ p: a[0]!, e: b[0]!, c: d[0]! }];
  });
  const [ps, es, cs] = await insertTogether(t.database.db, [
    { table: petitioner, rows: [{ ...p, ord: 8 }] },
    { table: caseEvent, rows: [e] },
    { table: caseDeadline, rows: [c] },
  ] as const);
  const strip = (r: Record<string, unknown>) => Object.fromEntries(Object.entries(r).filter(([k]) => !['id', 'createdAt', 'updatedAt'].includes(k)));
  expect(strip(ps[0]!)).toEqual({ ...strip(byDrizzle!.p), ord: 8 });
  expect(strip(es[0]!)).toEqual(strip(byDrizzle!.e));
  expect(strip(cs[0]!)).toEqual(strip(byDrizzle!.c));
  // Read back from the table, not only from the statement's answer.
  const stored = await t.database.db.select().from(petitioner).where(eq(petitioner.id, ps[0]!.id));
  expect(stored[0]!.phoneHashes).toEqual(['a"b', 'c\\d', 'NULL', 'e,f{g}']);
  expect(stored[0]!.nameEnc).toBe('enc "quoted" \\ back');
  expect(stored[0]!.idHash).toBeNull();
  // The time-ordered id of a $defaultFn column was filled (version 7).
  expect(ps[0]!.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
  // Nothing to write, nothing sent.
  expect(await insertTogether(t.database.db, [{ table: petitioner, rows: [] }] as const)).toEqual([[]]);
  const n = await rowsOf<{ n: number }>(t.database.db.execute(sql`select count(*)::int as n from petitioner where case_id = ${caseId}`));
  expect(n[0]!.n).toBe(3);
});

// executePrepared: the same text is parsed and planned once per connection (PostgreSQL keeps it as a named statement),
// with each call's own parameters; another text is another statement. PGlite ignores the name and just runs it.
it('runs a statement as a named prepared statement, once per shape, with each call its own values', async () => {
  await t.database.db.transaction(async (tx) => {
    const shape = (n: number) => sql`select ${n}::int * 2 as v, count(*)::int as prepared from pg_prepared_statements where name like 'xf\\_%'`;
    const first = await rowsOf<{ v: number; prepared: number }>(executePrepared(tx, shape(1)));
    const second = await rowsOf<{ v: number; prepared: number }>(executePrepared(tx, shape(21)));
    expect(first[0]!.v).toBe(2);
    expect(second[0]!.v).toBe(42);
    const other = await rowsOf<{ v: number; prepared: number }>(executePrepared(tx, sql`select ${5}::int as v, count(*)::int as prepared from pg_prepared_statements where name like 'xf\\_%'`));
    expect(other[0]!.v).toBe(5);
    if (t.database.engine === 'postgres') {
      // The second call reused the first's statement; the other text added one.
      expect(second[0]!.prepared).toBe(first[0]!.prepared);
      expect(other[0]!.prepared).toBe(first[0]!.prepared + 1);
    }
  });
});

// The statement of a shape is built once and reused with the next rows' values; a table may be written without
// being sent back.
it('reuses a shape’s statement with new values, and writes without returning where asked', async () => {
  const reg = await login(t, 'dq_registrar');
  const caseId = (await reg.post('/api/v1/cases', buildRegistration())).json().case.id as string;
  const event = (note: string) => ({ caseId, at: new Date(), actorName: '测试', action: 'note', detail: { note } });
  const write = (note: string, returning: boolean) => insertTogether(t.database.db, [{ table: caseEvent, rows: [event(note), event(`${note}之二`)], returning }] as const);
  const [first] = await write('第一次', true);
  const [second] = await write('第二次', true);
  expect(first.map((e) => (e.detail as { note: string }).note)).toEqual(['第一次', '第一次之二']);
  expect(second.map((e) => (e.detail as { note: string }).note)).toEqual(['第二次', '第二次之二']);
  const [unreturned] = await write('不返回', false);
  expect(unreturned).toEqual([]);
  const stored = await rowsOf<{ note: string }>(
    t.database.db.execute(sql`select detail->>'note' as note from case_event where case_id = ${caseId} and action = 'note' order by id`),
  );
  expect(stored.map((r) => r.note)).toEqual(['第一次', '第一次之二', '第二次', '第二次之二', '不返回', '不返回之二']);
});
