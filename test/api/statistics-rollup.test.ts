import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf, unitsRepository } from '../../src/db/index.js';
import { statisticsRepository, type StatsFilter } from '../../src/db/repositories/statistics.repository.js';
import { ACCEPTANCE_STEPS, CONCLUSION_STEPS, clocksKept, type ClockFact } from '../../src/domain/indicators/index.js';
import { crossTabDrill } from '../../src/domain/indicators/drill.js';
import { JOBS } from '../../src/services/jobs/schedule.js';
import { ensureRecurring, runDueJobs } from '../../src/services/jobs/runner.js';
import { foldRollup } from '../../src/services/statistics/rollup.js';
import { buildRegistration } from '../support/factories.js';
import { login, startApp, unitId, type Client, type TestApp } from '../support/harness.js';

/**
 * The statistics rollups (migrations 0034–0035) stay equal to the register whatever happens to cases: registration,
 * workflow transitions, a changed repeat decision, a case moved or corrected, a deleted case, and the fold job. The
 * invariant is checked directly (rollup + unfolded deltas = the cases counted by the same keys), and through the API
 * (a cross-tab served from the rollup equals the case list behind each figure). 及时受理率 and 按期办结率, counted
 * in SQL from case_clock_stat, equal the domain's clocksKept over the clocks themselves.
 */
let t: TestApp;
let dqReg: Client;
let analyst: Client;
let dqPath = '';
let zqPath = '';

const at = (day: string) => new Date(`${day}T02:00:00Z`);

const GRAINS = { unit: [false, false], category: [true, false], region: [false, true], all: [true, true] } as const;

/**
 * Every key of every grain of the rollup, counted from the rollup + unfolded deltas and from the cases: they must be
 * the same. Returns the number of cases.
 */
async function expectRollupEqualsCases() {
  let total = -1;
  for (const [grain, [category, region]] of Object.entries(GRAINS)) {
    const keys = (t: string) =>
      `${t}unit_path, ${t}month::text as month, ${category ? `${t}pipeline, ${t}category1, ${t}channel` : `'' as pipeline, '' as category1, '' as channel`}, ${region ? `${t}region` : `'' as region`}`;
    const sums = `sum(n)::int as n, sum(repeats)::int as repeats, sum(skip_level)::int as skip_level, sum(group_visit)::int as group_visit`;
    const cols = 'unit_path, month, pipeline, category1, channel, region, n, repeats, skip_level, group_visit';
    const fromRollup = await rowsOf<Record<string, string | number>>(
      t.database.db.execute(
        sql.raw(`select ${keys('')}, ${sums} from (select ${cols} from case_rollup where grain = '${grain}' union all select ${cols} from case_rollup_delta) r
          group by 1, 2, 3, 4, 5, 6 having sum(n) <> 0 order by 1, 2, 3, 4, 5, 6`),
      ),
    );
    const fromCases = await rowsOf<Record<string, string | number>>(
      t.database.db.execute(
        sql.raw(`select ${keys('')}, count(*)::int as n, (count(*) filter (where repeat_status = 'repeat'))::int as repeats,
            (count(*) filter (where skip_level))::int as skip_level, (count(*) filter (where group_visit))::int as group_visit
          from (select unit_path, date_trunc('month', received_on)::date as month, pipeline, xf_category1(pipeline, category_code) as category1, channel,
                       coalesce(left(matter_region_code, 6), '') as region, repeat_status, skip_level, group_visit from cases) c
          group by 1, 2, 3, 4, 5, 6 order by 1, 2, 3, 4, 5, 6`),
      ),
    );
    expect(fromRollup, grain).toEqual(fromCases);
    const n = fromCases.reduce((a, r) => a + Number(r.n), 0);
    if (total >= 0) expect(n).toBe(total);
    total = n;
  }
  return total;
}

const deltaRows = async () => Number((await rowsOf<{ n: number }>(t.database.db.execute(sql`select count(*)::int as n from case_rollup_delta`)))[0]!.n);

/** A category × channel cross-tab of November for the city: every figure equals the case list behind it. */
async function crossTabMatchesLists(): Promise<number> {
  const res = await analyst.get('/api/v1/statistics/cross-tab?rows=category1&columns=channel&from=2026-11-01&to=2026-11-30');
  expect(res.statusCode, res.body).toBe(200);
  type Drill = Record<string, string> | null;
  const tab = res.json() as { drill: Drill; heads: { drillPart: Drill }[]; items: { drillPart: Drill; cells: { n: number }[]; total: { n: number } }[]; totals: { total: { n: number } } };
  // Each figure's list is the table's query with its row's and column's parts, as the console links it.
  const figures = [
    ...tab.items.flatMap((item, r) => [...item.cells.map((c, k) => ({ n: c.n, drill: crossTabDrill(tab, r, k) })), { n: item.total.n, drill: crossTabDrill(tab, r, null) }]),
    { n: tab.totals.total.n, drill: crossTabDrill(tab, null, null) },
  ];
  for (const cell of figures) {
    if (!cell.drill) continue;
    const list = await analyst.get(`/api/v1/cases?limit=1&${new URLSearchParams(cell.drill)}`);
    expect(list.json().total, JSON.stringify(cell.drill)).toBe(cell.n);
  }
  return tab.totals.total.n;
}

async function register(day: string, overrides: Record<string, unknown> = {}) {
  t.clock.now = at(day);
  const res = await dqReg.post('/api/v1/cases', buildRegistration({ receivedOn: day, ...overrides }));
  expect(res.statusCode, res.body).toBe(201);
  return res.json().case.id as string;
}

async function act(c: Client, id: string, action: string, payload: Record<string, unknown> = {}) {
  const trail = (await c.get(`/api/v1/cases/${id}/trail`)).json();
  const res = await c.post(`/api/v1/cases/${id}/actions/${action}`, { version: trail.version, payload });
  expect(res.statusCode, `${action}: ${res.body}`).toBe(200);
}

beforeAll(async () => {
  t = await startApp();
  dqReg = await login(t, 'dq_registrar');
  analyst = await login(t, 'zq_analyst');
  const paths = await rowsOf<{ code: string; path: string }>(t.database.db.execute(sql`select code, path from unit where code in ('DQ441226', 'ZQ4412')`));
  dqPath = paths.find((p) => p.code === 'DQ441226')!.path;
  zqPath = paths.find((p) => p.code === 'ZQ4412')!.path;
}, 120_000);
afterAll(() => t.close());

describe('the case rollup', () => {
  it('counts a registration at once (as a delta), and the fold job moves it into the rollup without changing a figure', async () => {
    const before = await crossTabMatchesLists();
    await expectRollupEqualsCases();
    await register('2026-11-03', { channel: 'visit' });
    await register('2026-11-04', { channel: 'phone', callerNumber: '13700000009' });
    expect(await deltaRows()).toBeGreaterThan(0);
    expect(await crossTabMatchesLists()).toBe(before + 2);
    await expectRollupEqualsCases();

    const vacuums = () =>
      rowsOf<{ n: number }>(t.database.db.execute(sql`select coalesce(sum(vacuum_count), 0)::int as n from pg_stat_user_tables where relname = 'case_rollup'`)).then((r) => r[0]!.n);
    const vacuumedBefore = await vacuums();
    expect(await foldRollup(t.database)).toBeGreaterThan(0);
    expect(await deltaRows()).toBe(0);
    expect(await crossTabMatchesLists()).toBe(before + 2);
    await expectRollupEqualsCases();
    // The fold vacuumed the rollup (its statistics reach the view within a second or so).
    let vacuumed = await vacuums();
    for (let i = 0; i < 30 && vacuumed <= vacuumedBefore; i++) {
      await new Promise((r) => setTimeout(r, 100));
      vacuumed = await vacuums();
    }
    expect(vacuumed).toBeGreaterThan(vacuumedBefore);

    // The recurring job does the same.
    await register('2026-11-05');
    await ensureRecurring(t.database, 'statisticsFold', at('2026-11-05'));
    expect(await runDueJobs(t.database, at('2026-11-30'), { statisticsFold: JOBS.statisticsFold! })).toEqual(['statisticsFold']);
    expect(await deltaRows()).toBe(0);
    expect(await crossTabMatchesLists()).toBe(before + 3);
    await expectRollupEqualsCases();
  });

  it('follows a repeat decision and a case sent up to the city (a new linked case, the old one kept)', async () => {
    const first = await register('2026-11-06', { title: '反映某村村委会主任侵占集体资金' });
    const again = await register('2026-11-09', { title: '再次反映某村村委会主任侵占集体资金' });
    t.clock.now = at('2026-11-30');
    const repeat = await dqReg.post(`/api/v1/cases/${again}/repeat`, { repeatOf: first });
    expect(repeat.statusCode, repeat.body).toBe(200);
    const repeats = await rowsOf<{ n: number }>(t.database.db.execute(sql`select sum(repeats)::int as n from (select repeats from case_rollup union all select repeats from case_rollup_delta) r`));
    expect(repeats[0]!.n).toBeGreaterThan(0);
    await expectRollupEqualsCases();
    await foldRollup(t.database);

    const id = await register('2026-11-10', { accused: [{ name: '周某', unit: '德庆县交通运输局', position: '局长', rank: 'division' }] });
    const before = await crossTabMatchesLists();
    await act(dqReg, id, 'propose', { opinion: '按干部管理权限应报市纪委监委' });
    await act(await login(t, 'dq_leader'), id, 'instruct', { instruction: '同意报送市纪委监委' });
    await act(dqReg, id, 'escalate', { targetUnitId: await unitId(t, 'ZQ4412'), reason: '县处级干部由市纪委监委受理' });
    // The city now has the case sent up as well as the county's record of sending it: both are in the register.
    expect(await crossTabMatchesLists()).toBe(before + 1);
    await expectRollupEqualsCases();
    await foldRollup(t.database);
    await expectRollupEqualsCases();
  });

  it('follows a corrected case, a case moved to another unit and a deleted one, before and after a fold', async () => {
    const id = await register('2026-11-12', { channel: 'letter' });
    await foldRollup(t.database);
    // A correction of rolled-up columns: −1 under the old key, +1 under the new.
    await t.database.db.execute(sql`update cases set channel = 'online', matter_region_code = '441225', received_on = '2026-10-30', skip_level = true where id = ${id}`);
    await expectRollupEqualsCases();
    // Moved to the city (not a workflow step, but nothing in the rollup assumes a case stays put).
    const zq = await unitId(t, 'ZQ4412');
    await t.database.db.execute(sql`update cases set unit_id = ${zq}, unit_path = ${zqPath} where id = ${id}`);
    await expectRollupEqualsCases();
    const clockPaths = await rowsOf<{ p: string }>(t.database.db.execute(sql`select distinct unit_path as p from case_clock_stat where case_id = ${id}`));
    expect(clockPaths.map((r) => r.p)).toEqual([zqPath]);
    await foldRollup(t.database);
    await expectRollupEqualsCases();

    // A case written and removed straight in the table (a bulk correction, the bench's reset): both counted.
    const total = await expectRollupEqualsCases();
    await t.database.db.execute(sql`insert into cases (case_no, unit_id, unit_path, received_on, registered_at, registered_via, channel, source, pipeline, nature, category_code, title, anonymous, real_name)
      select 'X-ROLLUP-1', unit_id, unit_path, '2026-11-20', now(), 'import', 'fax', source, pipeline, nature, category_code, '直接写入的信访件', true, false from cases where id = ${id}`);
    expect(await expectRollupEqualsCases()).toBe(total + 1);
    await t.database.db.execute(sql`delete from cases where case_no = 'X-ROLLUP-1'`);
    expect(await expectRollupEqualsCases()).toBe(total);
    await foldRollup(t.database);
    expect(await expectRollupEqualsCases()).toBe(total);
    expect(await crossTabMatchesLists()).toBeGreaterThan(0);
  });

  it('follows a unit moved with its cases to another parent (the cases re-pathed once, by the triggers)', async () => {
    t.clock.now = at('2026-11-14');
    const handler = await login(t, 'dc_handler');
    const reg = await handler.post('/api/v1/cases', buildRegistration({ receivedOn: '2026-11-14', matterRegionCode: '441226', title: '德城街道某小区物业纠纷' }));
    expect(reg.statusCode, reg.body).toBe(201);
    await foldRollup(t.database);
    await register('2026-11-15'); // an unfolded delta as well
    const [town] = await rowsOf<{ id: string; path: string }>(
      t.database.db.execute(sql`select u.id, u.path from unit u join app_user a on a.unit_id = u.id where a.username = 'dc_handler'`),
    );
    const total = await expectRollupEqualsCases();
    // What POST /units/:id/move does once its checks pass: re-path the unit's subtree in every table.
    const [parent] = await rowsOf<{ path: string }>(t.database.db.execute(sql`select path from unit where code = 'DQ101'`));
    await t.database.transaction((tx) => unitsRepository.repath(tx, town!.path, `${parent!.path}${town!.id}/`, 1));
    const [after] = await rowsOf<{ path: string }>(t.database.db.execute(sql`select path from unit where id = ${town!.id}`));
    expect(after!.path).not.toBe(town!.path);
    const left = await rowsOf<{ n: number }>(t.database.db.execute(sql`select count(*)::int as n from case_clock_stat where unit_path like ${town!.path + '%'}`));
    expect(left[0]!.n).toBe(0);
    expect(await expectRollupEqualsCases()).toBe(total);
    await foldRollup(t.database);
    expect(await expectRollupEqualsCases()).toBe(total);
    expect(await crossTabMatchesLists()).toBeGreaterThan(0);
  });

  it('reads the days at either end of a period from the cases, the whole months from the rollup', async () => {
    await foldRollup(t.database);
    const filter = (from: string, to: string): StatsFilter => ({ unitPath: dqPath, from, to, today: '2026-11-30' });
    const direct = async (from: string, to: string) =>
      Number((await rowsOf<{ n: number }>(t.database.db.execute(sql`select count(*)::int as n from cases where unit_path like ${dqPath + '%'} and received_on between ${from} and ${to}`)))[0]!.n);
    for (const [from, to] of [
      ['2026-11-01', '2026-11-30'],
      ['2026-11-04', '2026-11-30'],
      ['2026-10-15', '2026-11-09'],
      ['2026-11-04', '2026-11-10'],
      ['2025-11-20', '2026-11-30'],
    ] as const) {
      const totals = await t.database.scoped(dqPath, (tx) => statisticsRepository.totals(tx, filter(from, to)));
      expect(totals.total, `${from} … ${to}`).toBe(await direct(from, to));
    }
  });
});

describe('the clock summaries', () => {
  it('give 及时受理率 and 按期办结率 exactly as clocksKept over the clocks, on any day asked about', async () => {
    // Clocks in every state: met on time, missed, completed late, paused, stopped, running past due and not yet due.
    const ids = [];
    for (const day of ['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05', '2026-11-06', '2026-11-07', '2026-11-08']) ids.push(await register(day));
    const clocks = await rowsOf<{ id: string; case_id: string }>(t.database.db.execute(sql`select id, case_id from case_deadline where case_id in ${ids} order by case_id, step`));
    expect(clocks.length).toBeGreaterThanOrEqual(ids.length);
    const of = (caseId: string) => clocks.filter((c) => c.case_id === caseId).map((c) => c.id);
    await t.database.db.execute(sql`update case_deadline set status = 'met', on_time = true, completed_on = due_on - 1 where id in ${of(ids[0]!)}`);
    await t.database.db.execute(sql`update case_deadline set status = 'missed', on_time = false, completed_on = due_on + 2 where id in ${of(ids[1]!)}`);
    await t.database.db.execute(sql`update case_deadline set status = 'met', on_time = false where id in ${of(ids[2]!)}`);
    await t.database.db.execute(sql`update case_deadline set paused_from = '2026-11-10' where id in ${of(ids[3]!)}`);
    await t.database.db.execute(sql`update case_deadline set status = 'stopped' where id in ${of(ids[4]!)}`);
    await t.database.db.execute(sql`update case_deadline set due_on = '2026-11-12' where id in ${of(ids[5]!)}`);
    // A deleted clock leaves the summary too.
    await t.database.db.execute(sql`delete from case_deadline where id in ${of(ids[6]!).slice(0, 1)}`);

    let compared = 0;
    for (const [path, perUnit] of [
      [dqPath, true],
      [zqPath, true],
      [zqPath, false],
    ] as const)
      for (const asOf of ['2026-11-05', '2026-11-20', '2026-12-31', '2027-03-01'])
        for (const [from, to] of [
          ['2026-11-01', '2026-11-30'],
          ['2026-11-01', '2027-02-28'],
          ['2026-12-01', '2026-12-31'],
        ] as const) {
          const f: StatsFilter = { unitPath: path, from, to, today: asOf };
          const o = { regionDigits: 6, parentPath: path };
          await t.database.scoped(path, async (tx) => {
            const facts = await statisticsRepository.clockFacts(tx, f, [...ACCEPTANCE_STEPS, ...CONCLUSION_STEPS], from, to, o);
            const clockFacts = facts as unknown as ClockFact[];
            for (const [kind, steps] of [
              ['acceptance', ACCEPTANCE_STEPS],
              ['conclusion', CONCLUSION_STEPS],
            ] as const) {
              const expected = clocksKept(clockFacts, steps, { from, to }, asOf);
              const counts = (await statisticsRepository.clockCounts(tx, f, from, to, perUnit ? o : null)).filter((c) => c.kind === kind);
              const got = { due: counts.reduce((a, c) => a + c.due, 0), kept: counts.reduce((a, c) => a + c.kept, 0) };
              expect(got, `${kind} ${path} ${from}…${to} as of ${asOf}`).toEqual({ due: expected.denominator, kept: expected.numerator });
              if (expected.denominator > 0) compared++;
            }
          });
        }
    expect(compared).toBeGreaterThan(4);
  });
});
