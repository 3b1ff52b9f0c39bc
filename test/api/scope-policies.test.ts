// The row-level security policies of the tables below a case or a unit (migration 0048 wrote their conditions out
// instead of calling xf_case_in_scope / xf_unit_in_scope): a unit reads and writes the rows of its own subtree's
// cases and units only, in every table a registration writes; the unit above sees both counties.
import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf, type Tx } from '../../src/db/index.js';
import { accused, appUser, caseDeadline, caseEvent, petitioner, unit } from '../../src/db/schema/index.js';
import { buildRegistration } from '../support/factories.js';
import { login, startApp, type TestApp } from '../support/harness.js';

let t: TestApp;
const cases = { dq: '', fk: '' };
const units = { dq: { id: '', path: '' }, fk: { id: '', path: '' }, city: { id: '', path: '' } };

beforeAll(async () => {
  t = await startApp();
  const registered = async (username: string, matterRegionCode: string) => {
    const res = await (await login(t, username)).post('/api/v1/cases', buildRegistration({ matterRegionCode, title: `${username} 的件` }));
    expect(res.statusCode, res.body).toBe(201);
    return res.json().case.id as string;
  };
  cases.dq = await registered('dq_registrar', '441226101');
  cases.fk = await registered('fk_registrar', '441225101');
  const rows = await t.database.db.select({ code: unit.code, id: unit.id, path: unit.path }).from(unit).where(inArray(unit.code, ['DQ441226', 'FK441225']));
  const byCode = new Map(rows.map((r) => [r.code, r]));
  units.dq = byCode.get('DQ441226')!;
  units.fk = byCode.get('FK441225')!;
  // The narrowest unit above both counties.
  const [dqParts, fkParts] = [units.dq.path, units.fk.path].map((p) => p.split('/').filter(Boolean));
  const common = dqParts!.filter((part, i) => fkParts![i] === part);
  units.city = (await t.database.db.select({ id: unit.id, path: unit.path }).from(unit).where(eq(unit.path, `/${common.join('/')}/`)))[0]!;
});
afterAll(() => t.close());

/** The error a scoped statement ends with, or null when it succeeds (each in a transaction of its own). */
const refusal = (scopePath: string, fn: (tx: Tx) => Promise<unknown>) =>
  t.database.scoped(scopePath, fn).then(
    () => null,
    (e: unknown) => String((e as { cause?: unknown }).cause ?? e),
  );

const casesSeen = async (scopePath: string) =>
  t.database.scoped(scopePath, async (tx) => {
    const ids = [cases.dq, cases.fk];
    const seen = async (table: typeof petitioner | typeof accused | typeof caseEvent | typeof caseDeadline) =>
      [...new Set((await tx.select({ caseId: table.caseId }).from(table).where(inArray(table.caseId, ids))).map((r) => r.caseId))].sort();
    return { petitioners: await seen(petitioner), accused: await seen(accused), trail: await seen(caseEvent), clocks: await seen(caseDeadline) };
  });

describe('scope policies below cases and units', () => {
  it('show a county the petitioners, accused, trail and clocks of its own cases only, and the city both', async () => {
    const own = [cases.dq];
    expect(await casesSeen(units.dq.path)).toEqual({ petitioners: own, accused: own, trail: own, clocks: own });
    const fk = [cases.fk];
    expect(await casesSeen(units.fk.path)).toEqual({ petitioners: fk, accused: fk, trail: fk, clocks: fk });
    const both = [cases.dq, cases.fk].sort();
    expect(await casesSeen(units.city.path)).toEqual({ petitioners: both, accused: both, trail: both, clocks: both });
  });

  it('let a county add rows to its own case and refuse them on the neighbouring county’s', async () => {
    const addTo = (caseId: string) => async (tx: Tx) => {
      const [p] = await tx.select().from(petitioner).where(eq(petitioner.caseId, cases.dq));
      const [e] = await tx.select().from(caseEvent).where(eq(caseEvent.caseId, cases.dq));
      await tx.insert(petitioner).values({ ...p!, id: undefined, caseId, ord: 7 });
      await tx.insert(caseEvent).values({ ...e!, id: undefined, caseId, action: 'note' });
    };
    expect(await refusal(units.dq.path, addTo(cases.dq))).toBeNull();
    expect(await refusal(units.dq.path, addTo(cases.fk))).toMatch(/row-level security/);
    // Nothing of the refused write is there.
    expect(await t.database.scoped(units.fk.path, (tx) => tx.select().from(petitioner).where(eq(petitioner.caseId, cases.fk)))).toHaveLength(1);
  });

  it('keep unit rows (users, case counters) to the subtree', async () => {
    const usersOf = (scopePath: string, unitId: string) =>
      t.database.scoped(scopePath, async (tx) => (await tx.select({ id: appUser.id }).from(appUser).where(eq(appUser.unitId, unitId))).length);
    expect(await usersOf(units.dq.path, units.dq.id)).toBeGreaterThan(0);
    expect(await usersOf(units.dq.path, units.fk.id)).toBe(0);
    expect(await usersOf(units.city.path, units.fk.id)).toBeGreaterThan(0);
    const count = (unitId: string) => (tx: Tx) =>
      tx.execute(sql`insert into case_counter (unit_id, year, last_seq) values (${unitId}, 2031, 1)
        on conflict (unit_id, year) do update set last_seq = case_counter.last_seq + 1`);
    expect(await refusal(units.dq.path, count(units.dq.id))).toBeNull();
    expect(await refusal(units.dq.path, count(units.fk.id))).toMatch(/row-level security/);
    const counters = await rowsOf<{ unit_id: string }>(t.database.db.execute(sql`select unit_id::text from case_counter where year = 2031`));
    expect(counters.map((c) => c.unit_id)).toEqual([units.dq.id]);
  });
});
