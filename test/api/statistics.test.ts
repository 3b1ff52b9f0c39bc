import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crossTabDrill } from '../../src/domain/indicators/drill.js';
import type { RegisterCaseBody } from '../../src/shared/schemas/index.js';
import { buildRegistration } from '../support/factories.js';
import { login, startApp, unitId, type Client, type TestApp } from '../support/harness.js';

/**
 * Statistics over a small register whose answers are known: 德庆县 (with its town 德城街道), its neighbour 封开县
 * and 肇庆市 above both. Every figure is checked against the case list behind it, and a county sees only its own.
 */
let t: TestApp;
const ids: Record<string, string> = {};
let dq = '';
let fk = '';
let zq = '';
const NOV = 'from=2026-11-01&to=2026-11-30';

const at = (day: string) => new Date(`${day}T02:00:00Z`);
const other = (n: number) => ({
  name: `路人${n}`,
  sex: 'female' as const,
  idNumber: undefined,
  phones: [`1390000000${n}`],
  address: `广东省肇庆市某地${n}号`,
});

async function register(who: Client, key: string, day: string, overrides: Partial<RegisterCaseBody>) {
  t.clock.now = at(day);
  const res = await who.post('/api/v1/cases', buildRegistration({ receivedOn: day, ...overrides }));
  expect(res.statusCode, res.body).toBe(201);
  ids[key] = res.json().case.id;
}

const json = async (c: Client, url: string) => {
  const res = await c.get(url);
  expect(res.statusCode, `${url} → ${res.body}`).toBe(200);
  return res.json();
};

/** The case list's total for a drill-through query: what a click on the figure shows. */
const listTotal = async (c: Client, drill: Record<string, string>) => (await json(c, `/api/v1/cases?limit=1&${new URLSearchParams(drill)}`)).total as number;

type Drill = Record<string, string> | null;
interface Cell {
  n: number;
}
interface Tab {
  drill: Drill;
  heads: { key: string | null; label: string; drillPart: Drill }[];
  items: { key: string | null; label: string; code: string | null; drillPart: Drill; cells: Cell[]; total: Cell; yearBefore: number | null; periodBefore: number | null }[];
  totals: { cells: Cell[]; total: Cell; yearBefore: number | null; periodBefore: number | null };
  notes: string[];
}

/** Every figure of a table (cells, row totals, column totals, grand total) with its case-list query, as the console links it. */
const figures = (tab: Tab) => [
  ...tab.items.flatMap((item, r) => [...item.cells.map((c, k) => ({ n: c.n, drill: crossTabDrill(tab, r, k) })), { n: item.total.n, drill: crossTabDrill(tab, r, null) }]),
  ...tab.totals.cells.map((c, k) => ({ n: c.n, drill: crossTabDrill(tab, null, k) })),
  { n: tab.totals.total.n, drill: crossTabDrill(tab, null, null) },
];

/** A row's total with its case-list query. */
const rowTotal = (tab: Tab, pick: (item: Tab['items'][number]) => boolean) => {
  const r = tab.items.findIndex(pick);
  return { n: tab.items[r]!.total.n, drill: crossTabDrill(tab, r, null) };
};

/** Every figure of a table equals the list it drills through to. */
async function expectDrillsMatch(c: Client, tab: Tab) {
  let checked = 0;
  for (const cell of figures(tab)) {
    if (!cell.drill) continue;
    expect(await listTotal(c, cell.drill), JSON.stringify(cell.drill)).toBe(cell.n);
    checked++;
  }
  return checked;
}

/** Every figure of the table has its case list (none is left without a drill), and each matches it. */
async function expectEveryDrill(c: Client, tab: Tab) {
  const cells = figures(tab);
  expect(cells.filter((cell) => !cell.drill)).toEqual([]);
  expect(await expectDrillsMatch(c, tab)).toBe(cells.length);
}

beforeAll(async () => {
  t = await startApp();
  [dq, fk, zq] = [await unitId(t, 'DQ441226'), await unitId(t, 'FK441225'), await unitId(t, 'ZQ4412')];
  const dqReg = await login(t, 'dq_registrar');
  const dcReg = await login(t, 'dc_handler');
  const fkReg = await login(t, 'fk_registrar');
  const zqReg = await login(t, 'zq_registrar');
  const backdate = { backdateReason: '历史来信补录' };
  await register(dqReg, 'a1', '2026-11-03', {});
  await register(dqReg, 'a2', '2026-11-10', { channel: 'visit', title: '再次反映新圩镇副镇长李明收受礼金' });
  await register(dqReg, 'a3', '2026-11-12', {
    channel: 'phone',
    source: 'leaderAssigned',
    callerNumber: '13700000001',
    pipeline: 'government',
    nature: 'claim',
    categoryCode: '0102',
    petitioners: [other(1)],
    accused: [],
    title: '新圩村征地拆迁补偿款未到位',
    content: '新圩村征地拆迁补偿款至今未发放到户，请求督促落实补偿款。',
  });
  await register(dcReg, 'b1', '2026-11-05', { channel: 'visit', headcount: 6, matterRegionCode: '441226', petitioners: [{ ...other(2), isRepresentative: true }], title: '德城街道集体反映拖欠工程款', content: '德城街道某工地拖欠工程款，六名工人集体来访。' });
  await register(fkReg, 'f1', '2026-11-04', { matterRegionCode: '441225', petitioners: [other(3)], title: '封开县江口镇干部违规经商', content: '封开县江口镇干部违规经商办企业。', accused: [{ name: '冯某', unit: '封开县江口镇人民政府', position: '镇长', rank: 'section' }] });
  await register(zqReg, 'z1', '2026-11-06', { matterRegionCode: '441202', petitioners: [other(4)], accused: [{ name: '钱某', unit: '肇庆市端州区某局', position: '局长', rank: 'division' }] });
  await register(dqReg, 'a4', '2026-10-15', { ...backdate, petitioners: [other(5)] });
  await register(dqReg, 'a5', '2025-11-20', { ...backdate, petitioners: [other(6)] });
  t.clock.now = at('2026-11-30');
  const repeat = await (await login(t, 'dq_registrar')).post(`/api/v1/cases/${ids.a2}/repeat`, { repeatOf: ids.a1 });
  expect(repeat.statusCode, repeat.body).toBe(200);
  for (const k of ['a1', 'a3', 'b1', 'f1', 'z1']) {
    const res = await (await login(t, k === 'b1' ? 'dc_handler' : k === 'f1' ? 'fk_registrar' : k === 'z1' ? 'zq_registrar' : 'dq_registrar')).post(`/api/v1/cases/${ids[k]}/repeat`, { isNew: true });
    expect(res.statusCode, res.body).toBe(200);
  }
}, 120_000);
afterAll(() => t.close());

describe('cross-tabs', () => {
  it('counts a county with its towns only, and the city with every county, each figure matching its case list', async () => {
    const county = await login(t, 'dq_analyst');
    const tab: Tab = await json(county, `/api/v1/statistics/cross-tab?rows=channel&columns=repeat&${NOV}`);
    expect(tab.totals.total.n).toBe(4);
    const row = (label: string) => tab.items.find((i) => i.label === label);
    expect(row('来信')!.total.n).toBe(1);
    expect(row('来访')!.total.n).toBe(2);
    expect(row('电话')!.total.n).toBe(1);
    expect(tab.heads.map((h) => h.label).sort()).toEqual(['重复件', '非重复件'].sort());
    expect(await expectDrillsMatch(county, tab)).toBeGreaterThan(8);

    const city = await login(t, 'zq_analyst');
    const all: Tab = await json(city, `/api/v1/statistics/cross-tab?rows=unit&columns=pipeline&${NOV}`);
    expect(all.totals.total.n).toBe(6);
    const byUnit = Object.fromEntries(all.items.map((i) => [i.label, i.total.n]));
    expect(byUnit).toMatchObject({ 德庆县纪委监委: 4, 封开县纪委监委: 1 });
    // The city's own cases (本级): the list of the city alone, without its counties.
    expect(rowTotal(all, (i) => i.key === zq)).toEqual({ n: 1, drill: expect.objectContaining({ unitId: zq, unitOnly: 'true' }) });
    expect(all.notes.join()).toContain('本级');
    await expectEveryDrill(city, all);
  });

  it('drills through 信访来源, 承办层级, the unit\'s own 本级 row and a region not placed finer, cell by cell', async () => {
    const county = await login(t, 'dq_analyst');
    const sources: Tab = await json(county, `/api/v1/statistics/cross-tab?rows=source&columns=unitLevel&${NOV}`);
    expect(Object.fromEntries(sources.items.map((i) => [i.label, i.total.n]))).toEqual({ 本机关受理: 3, 领导交办: 1 });
    expect(sources.heads.map((h) => h.label).sort()).toEqual(['乡镇/街道', '县级'].sort());
    await expectEveryDrill(county, sources);

    // 德庆's own three cases and 德城街道's one, by unit and level: every cell has its list.
    const units: Tab = await json(county, `/api/v1/statistics/cross-tab?rows=unit&columns=source&${NOV}`);
    expect(units.items.find((i) => i.key === dq)!.total.n).toBe(3);
    await expectEveryDrill(county, units);

    const city = await login(t, 'zq_analyst');
    const towns: Tab = await json(city, `/api/v1/statistics/cross-tab?rows=region&columns=unit&regionLevel=town&matterRegionCode=441226&${NOV}`);
    expect(rowTotal(towns, (i) => i.code === '441226').drill).toMatchObject({ matterRegionCode: '441226', matterRegionExact: 'true' });
    await expectEveryDrill(city, towns);
    const levels: Tab = await json(city, `/api/v1/statistics/cross-tab?rows=unitLevel&columns=region&regionLevel=county&${NOV}`);
    await expectEveryDrill(city, levels);

    // A filter narrower than the rows (a town, counted by county) stays in each row's list.
    const narrow: Tab = await json(city, `/api/v1/statistics/cross-tab?rows=region&regionLevel=county&matterRegionCode=441226101&${NOV}`);
    expect(narrow.items.map((i) => [i.code, i.total.n])).toEqual([['441226', 3]]);
    await expectEveryDrill(city, narrow);
    // Filtered by 信访来源, the table still drills through.
    const assigned: Tab = await json(county, `/api/v1/statistics/cross-tab?rows=channel&source=leaderAssigned&${NOV}`);
    expect(assigned.totals.total.n).toBe(1);
    await expectEveryDrill(county, assigned);
  });

  it('drills through empty values: 未分类, 未填写属地, 未填写被反映人 and 无计时, alone and crossed', async () => {
    // An old letter (outside every other test's periods) with no category, no accused and, as imported ledgers
    // have, no matter region.
    const dqReg = await login(t, 'dq_registrar');
    await register(dqReg, 'old', '2024-05-06', { backdateReason: '历史来信补录', nature: 'outOfScope', categoryCode: undefined, accused: [], petitioners: [other(7)] });
    await register(dqReg, 'old2', '2024-05-07', { backdateReason: '历史来信补录', petitioners: [other(8)] });
    t.clock.now = at('2026-11-30');
    await t.database.db.execute(sql`update cases set matter_region_code = null where id = ${ids.old!}`);
    const county = await login(t, 'dq_analyst');
    const MAY = 'from=2024-05-01&to=2024-05-31';
    const regions: Tab = await json(county, `/api/v1/statistics/cross-tab?rows=region&columns=category1&${MAY}`);
    expect(regions.totals.total.n).toBe(2);
    expect(rowTotal(regions, (i) => i.label === '未填写属地')).toMatchObject({ n: 1, drill: expect.objectContaining({ missing: 'matterRegion' }) });
    await expectEveryDrill(county, regions);
    const ranks: Tab = await json(county, `/api/v1/statistics/cross-tab?rows=rank&columns=light&${MAY}`);
    expect(ranks.items.find((i) => i.label === '未填写被反映人')!.total.n).toBe(1);
    await expectEveryDrill(county, ranks);
    const both: Tab = await json(county, `/api/v1/statistics/cross-tab?rows=category2&columns=region&${MAY}`);
    await expectEveryDrill(county, both);
    // November: a2's clocks stopped when it was found a repeat (无计时); a3 names no accused.
    const lights: Tab = await json(county, `/api/v1/statistics/cross-tab?rows=light&columns=rank&${NOV}`);
    expect(rowTotal(lights, (i) => i.label === '无计时').drill).toMatchObject({ missing: 'light' });
    await expectEveryDrill(county, lights);
    const bad = await county.get('/api/v1/cases?missing=category,colour');
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('missing');
  });

  it('refuses 属地本级 in the case list without a region, naming the field', async () => {
    const res = await (await login(t, 'dq_analyst')).get('/api/v1/cases?matterRegionExact=true');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('问题属地');
  });

  it('drills the matter region from county to town, and counts a case under each rank of its accused', async () => {
    const city = await login(t, 'zq_analyst');
    const counties: Tab = await json(city, `/api/v1/statistics/cross-tab?rows=region&regionLevel=county&${NOV}`);
    expect(Object.fromEntries(counties.items.map((i) => [i.code, i.total.n]))).toEqual({ '441226': 4, '441225': 1, '441202': 1 });
    expect(counties.items.find((i) => i.code === '441226')!.label).toBe('德庆县');
    const towns: Tab = await json(city, `/api/v1/statistics/cross-tab?rows=region&regionLevel=town&matterRegionCode=441226&${NOV}`);
    expect(towns.totals.total.n).toBe(4);
    expect(towns.items.find((i) => i.code === '441226101')).toMatchObject({ label: '新圩镇', total: { n: 3 } });
    // b1 names the county only: its own row, with no list that could select exactly it.
    expect(towns.items.find((i) => i.code === '441226')).toMatchObject({ label: '德庆县（未细化）', total: { n: 1 } });
    await expectEveryDrill(city, towns);

    const ranks: Tab = await json(city, `/api/v1/statistics/cross-tab?rows=rank&columns=category1&${NOV}`);
    expect(Object.fromEntries(ranks.items.map((i) => [i.label, i.total.n]))).toMatchObject({ 乡科级: 4, 县处级: 1, 未填写被反映人: 1 });
    expect(ranks.notes.join()).toContain('每个职级');
    await expectDrillsMatch(city, ranks);
  });

  it('gives 同比 and 环比 per row and in total', async () => {
    const county = await login(t, 'dq_analyst');
    const tab: Tab = await json(county, `/api/v1/statistics/cross-tab?rows=channel&compare=true&${NOV}`);
    const letter = tab.items.find((i) => i.label === '来信')!;
    expect(letter).toMatchObject({ yearBefore: 1, periodBefore: 1 });
    expect(tab.totals).toMatchObject({ yearBefore: 1, periodBefore: 1 });
    const months: Tab = await json(county, `/api/v1/statistics/cross-tab?rows=month&from=2025-11-01&to=2026-11-30`);
    expect(months.items.map((i) => [i.label, i.total.n])).toEqual([
      ['2025年11月', 1],
      ['2026年10月', 1],
      ['2026年11月', 4],
    ]);
    await expectDrillsMatch(county, months);
  });

  it('shows statistics to those who analyse and lead, and refuses registrars and handlers', async () => {
    for (const [who, url] of [
      ['dq_registrar', `/api/v1/statistics/cross-tab?rows=channel&${NOV}`],
      ['dc_handler', `/api/v1/statistics/dashboard?${NOV}`],
      ['dq_registrar', `/api/v1/statistics/indicators.xlsx?${NOV}`],
      ['dq_registrar', '/api/v1/statistics/monthly-report?month=2026-11'],
    ] as const) {
      const res = await (await login(t, who)).get(url);
      expect(res.statusCode, `${who} ${url}`).toBe(403);
      expect(res.json().error.message).toMatch(/[\u4e00-\u9fa5]/);
    }
    expect((await json(await login(t, 'dq_supervisor'), `/api/v1/statistics/dashboard?${NOV}`)).intake.total).toBe(4);
    expect((await json(await login(t, 'dq_unithead'), `/api/v1/statistics/cross-tab?rows=channel&${NOV}`)).totals.total.n).toBe(4);
    const me = (await json(await login(t, 'dq_registrar'), '/api/v1/auth/me')) as { permissions: string[] };
    expect(me.permissions).not.toContain('statistics.read');
  });

  it('refuses a unit outside the caller\'s subtree and a period that ends before it starts', async () => {
    const county = await login(t, 'dq_analyst');
    expect((await county.get(`/api/v1/statistics/cross-tab?rows=channel&unitId=${fk}`)).statusCode).toBe(404);
    const bad = await county.get('/api/v1/statistics/cross-tab?rows=channel&from=2026-11-30&to=2026-11-01');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('开始日期');
  });
});

describe('indicators', () => {
  beforeAll(async () => {
    // Clocks and replies as the workflow would have left them (how they arise is tested in handling and deadlines).
    const db = t.database.db;
    const clock = (id: string, status: string, due: string, onTime: boolean | null) =>
      db.execute(sql`update case_deadline set status = ${status}, due_on = ${due}, on_time = ${onTime}, completed_on = ${status === 'running' ? null : due}
        where case_id = ${id} and step in ('transferOrAssign', 'acceptanceNotice', 'lowerAccept', 'realNameAcceptNotice')`);
    await clock(ids.a1!, 'met', '2026-11-20', true);
    await clock(ids.a3!, 'running', '2026-11-25', null); // open and overdue on 30 November
    await clock(ids.b1!, 'running', '2026-12-05', null); // not yet due
    await clock(ids.f1!, 'missed', '2026-11-15', false);
    const reply = (id: string, day: string, evaluation: string | null) =>
      db.execute(sql`with e as (insert into case_event (case_id, at, actor_name, action, from_state, to_state) values (${id}, ${`${day}T03:00:00Z`}, '测试', 'reply', 'approved', 'replied'))
        update cases set evaluation = ${evaluation} where id = ${id}`);
    await reply(ids.a1!, '2026-11-21', 'basicallySatisfied');
    await reply(ids.a3!, '2026-11-22', null);
    await reply(ids.b1!, '2026-11-23', 'satisfied');
    await reply(ids.f1!, '2026-11-24', 'dissatisfied');
    const own = (unit: string, leader: string, label: string, status: string, resolvedOn: string | null) =>
      db.execute(sql`insert into ownership (unit_id, unit_path, kind, object_label, leader_user_id, leader_name, assigned_person, responsibility, measures, goal, started_on, target_date, status, resolved_on, created_by_name, created_at)
        select u.id, u.path, 'case', ${label}, a.id, a.display_name, '经办人', '牵头化解', '约谈、协调', '息诉罢访', '2026-11-02', '2026-12-31', ${status}, ${resolvedOn}, '测试', now()
        from unit u, app_user a where u.code = ${unit} and a.username = ${leader}`);
    await own('DQ441226', 'dq_leader', '新圩镇征地补偿', 'resolved', '2026-11-20');
    await own('DQ441226', 'dq_leader', '德城街道工程款', 'active', null);
    await own('FK441225', 'fk_admin', '封开江口镇', 'resolved', '2026-11-10');
  });

  type Value = { indicator: string; label: string; definition: string; numerator: number; denominator: number | null; rate: number | null };
  const pick = (values: Value[], indicator: string) => values.find((v) => v.indicator === indicator)!;

  it('computes each indicator of the county from its own cases, with the definition beside it', async () => {
    const county = await login(t, 'dq_analyst');
    const r = await json(county, `/api/v1/statistics/indicators?${NOV}`);
    expect(pick(r.total, 'repeatRate')).toMatchObject({ numerator: 1, denominator: 4, rate: 0.25 });
    // a1 in time; a3 open past its due date; a4 (October's letter, due in November, never answered) overdue too;
    // b1 not yet due, a2's clock stopped when it was found to be a repeat.
    expect(pick(r.total, 'timelyAcceptance')).toMatchObject({ numerator: 1, denominator: 3, rate: 1 / 3 });
    expect(pick(r.total, 'evaluationRate')).toMatchObject({ numerator: 2, denominator: 3 });
    expect(pick(r.total, 'satisfactionRate')).toMatchObject({ numerator: 2, denominator: 2, rate: 1 });
    expect(pick(r.total, 'groupVisitCount').numerator).toBe(1);
    expect(pick(r.total, 'resolutionRate')).toMatchObject({ numerator: 1, denominator: 2, rate: 0.5 });
    expect(pick(r.total, 'satisfactionRate').definition).toContain('基本满意');
    expect(pick(r.total, 'repeatRate').definition).toMatch(/^重复信访率 = /);
    // Per unit: 德庆's own cases and 德城街道's.
    const units = Object.fromEntries(r.units.map((u: { unitName: string; values: Value[] }) => [u.unitName, u.values]));
    expect(pick(units['德庆县纪委监委（本级）'], 'repeatRate')).toMatchObject({ numerator: 1, denominator: 3 });
    expect(pick(units['德城街道群众工作站'], 'groupVisitCount').numerator).toBe(1);
    expect(JSON.stringify(r)).not.toContain('封开');
  });

  it('counts 基本满意 as satisfied only when asked to', async () => {
    const county = await login(t, 'dq_analyst');
    const strict = await json(county, `/api/v1/statistics/indicators?${NOV}&countBasicallySatisfied=false`);
    expect(pick(strict.total, 'satisfactionRate')).toMatchObject({ numerator: 1, denominator: 2, rate: 0.5 });
    expect(pick(strict.total, 'satisfactionRate').definition).toContain('不计为满意');
  });

  it('the city sees the neighbouring county in its figures', async () => {
    const city = await login(t, 'zq_analyst');
    const r = await json(city, `/api/v1/statistics/indicators?${NOV}`);
    // …and f1 (late) and z1 (open, due on 27 November).
    expect(pick(r.total, 'timelyAcceptance')).toMatchObject({ numerator: 1, denominator: 5 });
    expect(pick(r.total, 'satisfactionRate')).toMatchObject({ numerator: 2, denominator: 3 });
    expect(pick(r.total, 'repeatRate')).toMatchObject({ numerator: 1, denominator: 6 });
    expect(pick(r.total, 'resolutionRate')).toMatchObject({ numerator: 2, denominator: 3 });
  });
});

describe('the 基本满意 setting', () => {
  type Value = { indicator: string; definition: string; numerator: number; denominator: number | null };
  const satisfaction = async (c: Client) => (await json(c, `/api/v1/statistics/indicators?${NOV}`)).total.find((v: Value) => v.indicator === 'satisfactionRate') as Value;

  it('is read by everyone on 业务规则, changed only by the top administrator (audited), and used by every figure at once', async () => {
    const admin = await login(t, 'admin');
    const county = await login(t, 'dq_analyst');
    expect(await json(county, '/api/v1/config/statistics-settings')).toMatchObject({ countBasicallySatisfied: true, definition: expect.stringContaining('基本满意') });
    expect(await satisfaction(county)).toMatchObject({ numerator: 2, denominator: 2 });

    // A county's administrator may not change a system-wide rule; an analyst holds no config permission.
    for (const who of ['dq_admin', 'dq_analyst']) {
      const res = await (await login(t, who)).put('/api/v1/config/statistics-settings', { countBasicallySatisfied: false });
      expect(res.statusCode, who).toBe(403);
    }
    const bad = await admin.put('/api/v1/config/statistics-settings', { countBasicallySatisfied: '否' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('countBasicallySatisfied');
    expect(bad.json().error.message).toMatch(/[\u4e00-\u9fa5]/);

    const res = await admin.put('/api/v1/config/statistics-settings', { countBasicallySatisfied: false });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ countBasicallySatisfied: false, definition: expect.stringContaining('不计为满意') });
    try {
      const strict = await satisfaction(county);
      expect(strict).toMatchObject({ numerator: 1, denominator: 2 });
      expect(strict.definition).toContain('不计为满意');
      const trail = (await json(await login(t, 'auditor'), '/api/v1/audit?action=config.statisticsSettings')).items;
      expect(trail).toHaveLength(1);
      expect(JSON.stringify(trail[0])).toContain('"before":{"countBasicallySatisfied":true}');
    } finally {
      expect((await admin.put('/api/v1/config/statistics-settings', { countBasicallySatisfied: true })).statusCode).toBe(200);
    }
    expect(await satisfaction(county)).toMatchObject({ numerator: 2, denominator: 2 });
  });
});

describe('dashboard', () => {
  it('shows the county its lights, trend, categories, regions for the map, hot words and tiles — nothing of 封开', async () => {
    const leader = await login(t, 'dq_leader');
    const d = await json(leader, `/api/v1/statistics/dashboard?${NOV}`);
    expect(d.unit.name).toBe('德庆县纪委监委');
    expect(d.intake).toEqual({ total: 4, yearBefore: 1, periodBefore: 1 });
    expect(d.trend).toHaveLength(12);
    expect(d.trend[0].label).toBe('2025年12月');
    expect(d.trend.filter((m: { n: number }) => m.n).map((m: { label: string; n: number }) => [m.label, m.n])).toEqual([
      ['2026年10月', 1],
      ['2026年11月', 4],
    ]);
    expect(d.regions.level).toBe('county');
    expect(d.regions.parentCode).toBe('441200');
    expect(d.regions.items.map((r: { code: string; n: number }) => [r.code, r.n])).toEqual([['441226', 4]]);
    const lights = d.lights.red + d.lights.yellow + d.lights.green;
    const open = await rowsCount(sql`select count(distinct d.case_id)::int as n from case_deadline d join cases c on c.id = d.case_id where d.status = 'running' and d.paused_from is null and c.unit_path like (select path from unit where id = ${dq}) || '%'`);
    expect(lights).toBe(open);
    expect(d.lights.red).toBeGreaterThanOrEqual(1); // a3's acceptance clock ran out on 25 November
    const words = d.hotWords.map((w: { word: string }) => w.word);
    expect(words).toContain('礼金');
    expect(words).not.toContain('经商');
    expect(d.categories[0]).toMatchObject({ label: expect.stringMatching(/纪律|违反/) });
    expect(d.indicators.map((i: { label: string }) => i.label)).toContain('按期办结率');
    for (const s of [...d.trend, ...d.categories, ...d.regions.items]) if (s.drill) expect(await listTotal(leader, s.drill)).toBe(s.n);
    const body = JSON.stringify(d);
    for (const secret of ['封开', ids.f1!, ids.z1!, fk]) expect(body).not.toContain(secret);
  });

  it('shows the city every county on its map', async () => {
    const d = await json(await login(t, 'zq_leader'), `/api/v1/statistics/dashboard?${NOV}`);
    expect(d.intake.total).toBe(6);
    expect(Object.fromEntries(d.regions.items.map((r: { code: string; n: number }) => [r.code, r.n]))).toEqual({ '441226': 4, '441225': 1, '441202': 1 });
    expect(d.hotWords.map((w: { word: string }) => w.word)).toContain('经商');
  });
});

describe('exports', () => {
  const sheetOf = async (body: Buffer) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(body as unknown as ArrayBuffer);
    return wb.worksheets[0]!;
  };

  it('writes a cross-tab to Excel exactly as the table: title, unit and period, Chinese headers, every figure', async () => {
    const county = await login(t, 'dq_analyst');
    const query = `rows=channel&columns=repeat&compare=true&${NOV}`;
    const tab = await json(county, `/api/v1/statistics/cross-tab?${query}`);
    const res = await county.get(`/api/v1/statistics/cross-tab.xlsx?${query}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('德庆县纪委监委'));
    const sheet = await sheetOf(res.rawPayload);
    expect(sheet.getCell('A1').value).toBe(tab.title);
    expect(String(sheet.getCell('A2').value)).toContain('统计单位：德庆县纪委监委');
    expect(String(sheet.getCell('A2').value)).toContain('2026年11月');
    const header = (sheet.getRow(3).values as unknown[]).slice(1);
    expect(header.slice(0, tab.heads.length + 2)).toEqual(['信访形式', ...tab.heads.map((h: { label: string }) => h.label), '合计']);
    expect(header).toContain('同比');
    const rows = [...tab.items, { ...tab.totals, label: '合计' }];
    rows.forEach((item: { label: string; cells: { n: number }[]; total: { n: number }; yearBefore: number | null }, i: number) => {
      const values = (sheet.getRow(4 + i).values as unknown[]).slice(1);
      expect(values.slice(0, item.cells.length + 3)).toEqual([item.label, ...item.cells.map((c) => c.n), item.total.n, item.yearBefore]);
    });
  });

  it('writes the indicators with rates as percentages and their definitions', async () => {
    const county = await login(t, 'dq_analyst');
    const res = await county.get(`/api/v1/statistics/indicators.xlsx?${NOV}`);
    expect(res.statusCode).toBe(200);
    const sheet = await sheetOf(res.rawPayload);
    expect(sheet.getCell('A1').value).toBe('信访工作指标统计表');
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('德庆县纪委监委'));
    expect(String(sheet.getCell('A2').value)).toContain('统计单位：德庆县纪委监委');
    expect(String(sheet.getCell('A2').value)).toContain('统计期间：2026年11月（2026-11-01 至 2026-11-30）');
    const header = (sheet.getRow(3).values as unknown[]).slice(1);
    expect(header).toEqual(['单位', '及时受理率', '按期办结率', '参评率', '满意率', '重复信访率', '化解率', '越级访', '集体访']);
    let total = 0;
    sheet.eachRow((row, n) => {
      if (row.getCell(1).value === '合计') total = n;
    });
    expect(sheet.getRow(total).getCell(6).value).toBe(0.25);
    expect(sheet.getRow(total).getCell(6).numFmt).toBe('0.0%');
    const texts: string[] = [];
    sheet.eachRow((row) => texts.push(String(row.getCell(1).value)));
    expect(texts.some((x) => x.startsWith('重复信访率 = '))).toBe(true);
    expect(texts.join()).not.toContain('封开');
  });

  it('prints a monthly report of the county', async () => {
    const county = await login(t, 'dq_leader');
    const res = await county.get('/api/v1/statistics/monthly-report?month=2026-11');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('德庆县纪委监委信访举报工作月报（2026年11月）');
    expect(res.body).toContain('<div class="unit-name">德庆县纪委监委</div>');
    expect(res.body).toContain('2026年11月（2026-11-01 至 2026-11-30）');
    expect(res.body).toContain('本月共受理信访举报 4 件');
    expect(res.body).toContain('重复信访率 25.0%');
    expect(res.body).not.toContain('封开');
    expect((await county.get('/api/v1/statistics/monthly-report?month=2026-13')).statusCode).toBe(400);
  });
});

async function rowsCount(query: ReturnType<typeof sql>) {
  const res = (await t.database.db.execute(query)) as unknown as { rows: { n: number | string }[] };
  return Number(res.rows[0]!.n);
}
