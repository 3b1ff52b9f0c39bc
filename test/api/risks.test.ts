import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../src/db/index.js';
import { runRiskFlags } from '../../src/services/risks/flags.js';
import { buildRegistration } from '../support/factories.js';
import { login, startApp, unitId, type Client, type TestApp } from '../support/harness.js';

/**
 * 隐患排查: liaison officers of 中云街道's villages file the weekly form; the street office sees every village's
 * reports in one grid, is told of missing reports, and turns a risk into a registered case.
 * The test clock starts on Monday 2026-11-30 (the week's report is due Friday 12-04).
 */
let t: TestApp;
let xs: Client;
let gjz: Client;
let leader: Client;
let xisong = '';
let guojiazhuang = '';
const risk = { critical: '', ordinary: '' };

const line = (o: Record<string, unknown> = {}) => ({
  description: '西宋村十余户村民对征地补偿分配有意见，酝酿集体上访',
  peopleCount: 12,
  keyPersons: '王某某、李某某',
  category: 'landAndHousing',
  level: 'critical',
  measures: '村两委逐户走访，公开补偿明细',
  responsiblePerson: '袁联络',
  deadline: '2026-12-15',
  status: 'mediating',
  ...o,
});
/** Moves the clock; sessions expire over days, so the clients sign in again. */
const at = async (iso: string) => {
  t.clock.now = new Date(iso);
  [xs, gjz, leader] = [await login(t, 'xs_liaison'), await login(t, 'gjz_liaison'), await login(t, 'zy_leader')];
};
const bell = async (c: Client) => (await c.get('/api/v1/notifications')).json() as { items: { kind: string; title: string; body: string }[] };
const cell = (grid: { rows: { unitName: string; cells: { periodStart: string; state: string; risks: number }[] }[] }, unit: string, week: string) =>
  grid.rows.find((r) => r.unitName === unit)?.cells.find((c) => c.periodStart === week);

beforeAll(async () => {
  t = await startApp();
  xs = await login(t, 'xs_liaison');
  gjz = await login(t, 'gjz_liaison');
  leader = await login(t, 'zy_leader');
  xisong = await unitId(t, 'ZYV02');
  // The villages came into the system when the test clock starts (the seed stamps the real time).
  await t.database.db.execute(sql`update unit set created_at = ${t.clock.now.toISOString()} where code like 'ZYV%'`);
  guojiazhuang = await unitId(t, 'ZYV05');
});
afterAll(() => t.close());

describe('a liaison files the weekly form', () => {
  it('shows this week, its due date and that nothing was filed yet', async () => {
    const res = await xs.get('/api/v1/risk-reports/current');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ unitId: xisong, unitName: '西宋村', frequency: 'weekly', period: { start: '2026-11-30', end: '2026-12-06', due: '2026-12-04', label: '2026年第49周（11月30日—12月6日）' }, filed: null });
  });

  it('refuses bad forms with Chinese messages naming the line', async () => {
    const both = await xs.post('/api/v1/risk-reports', { nil: true, risks: [line()] });
    expect(both.statusCode).toBe(400);
    expect(both.json().error.message).toContain('本期无隐患');
    const none = await xs.post('/api/v1/risk-reports', { nil: false, risks: [] });
    expect(none.json().error.message).toContain('至少填写一条隐患');
    const resolvedWithoutHow = await xs.post('/api/v1/risk-reports', { nil: false, risks: [line(), line({ status: 'resolved' })] });
    expect(resolvedWithoutHow.statusCode).toBe(400);
    expect(resolvedWithoutHow.json().error.fields).toEqual([{ field: 'risks.1.resolution', message: '已化解的隐患须写明化解情况（至少 4 个字）' }]);
    const future = await xs.post('/api/v1/risk-reports', { periodOf: '2026-12-08', nil: true, risks: [] });
    expect(future.json().error.message).toContain('不能提前上报');
    expect((await rowsOf(t.database.db.execute(sql`select 1 from risk_report`))).length).toBe(0);
  });

  it('files a report with a 重大 and a 一般 risk, once per week', async () => {
    const res = await xs.post('/api/v1/risk-reports', {
      nil: false,
      risks: [line(), line({ description: '退休职工反映生活补贴发放不及时', peopleCount: 3, keyPersons: undefined, category: 'wagesAndPensions', level: 'ordinary', status: 'screening' })],
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ label: '2026年第49周（11月30日—12月6日）', state: 'onTime' });
    [risk.critical, risk.ordinary] = res.json().risks;
    const again = await xs.post('/api/v1/risk-reports', { nil: true, risks: [] });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toContain('已经上报');
    const current = (await xs.get('/api/v1/risk-reports/current')).json();
    expect(current.filed).toMatchObject({ id: res.json().id, filedOn: '2026-11-30', nil: false });
    expect(current.openRisks.map((r: { id: string }) => r.id).sort()).toEqual([risk.critical, risk.ordinary].sort());
  });

  it('a nil report (本周无隐患) is a report', async () => {
    const res = await gjz.post('/api/v1/risk-reports', { nil: true, note: '本周无隐患', risks: [] });
    expect(res.statusCode, res.body).toBe(201);
    const report = (await gjz.get(`/api/v1/risk-reports/${res.json().id}`)).json();
    expect(report).toMatchObject({ unitId: guojiazhuang, unitName: '郭家庄村', nil: true, note: '本周无隐患', items: [] });
  });

  it('only the liaison role files, and only units on the schedule', async () => {
    expect((await leader.post('/api/v1/risk-reports', { nil: true, risks: [] })).statusCode).toBe(403);
  });
});

describe('who sees what', () => {
  it('a liaison sees only their own village', async () => {
    const list = (await xs.get('/api/v1/risks')).json().items;
    expect(list.map((r: { unitId: string }) => r.unitId)).toEqual([xisong, xisong]);
    const grid = (await xs.get('/api/v1/risk-reports/grid')).json();
    expect(grid.rows.map((r: { unitName: string }) => r.unitName)).toEqual(['西宋村']);
    const gjzReport = (await gjz.get('/api/v1/risk-reports/current')).json().filed.id;
    expect((await xs.get(`/api/v1/risk-reports/${gjzReport}`)).statusCode).toBe(404);
    expect((await gjz.get(`/api/v1/risks/${risk.critical}`)).statusCode).toBe(404);
    expect((await gjz.post(`/api/v1/risks/${risk.critical}/progress`, { note: '越权填写进展' })).statusCode).toBe(404);
  });

  it('the street office sees all its villages and enterprises in one grid', async () => {
    const grid = (await leader.get('/api/v1/risk-reports/grid?periods=4')).json();
    expect(grid.frequency).toBe('weekly');
    expect(grid.periods.map((p: { start: string }) => p.start)).toEqual(['2026-11-09', '2026-11-16', '2026-11-23', '2026-11-30']);
    expect(grid.rows).toHaveLength(11);
    expect(cell(grid, '西宋村', '2026-11-30')).toMatchObject({ state: 'onTime', risks: 2 });
    expect(cell(grid, '郭家庄村', '2026-11-30')).toMatchObject({ state: 'onTime', risks: 0 });
    expect(cell(grid, '奋进鞋业有限公司', '2026-11-30')).toMatchObject({ state: 'pending' });
    // Weeks that ended before the villages joined the system are owed by nobody.
    expect(cell(grid, '奋进鞋业有限公司', '2026-11-23')).toMatchObject({ state: 'notRequired' });
    expect((await leader.get('/api/v1/risks?status=open')).json().items).toHaveLength(2);
  });

  it('another county sees none of it', async () => {
    const dq = await login(t, 'dq_leader');
    expect((await dq.get('/api/v1/risks')).json().items).toEqual([]);
    expect((await dq.get(`/api/v1/risks/${risk.critical}`)).statusCode).toBe(404);
  });
});

describe('missing reports and key risks are flagged to the town', () => {
  it('a report not filed by Friday is missing in the grid, and the stability centre is told once', async () => {
    await xs.post(`/api/v1/risks/${risk.critical}/progress`, { note: '已入户走访 5 户，情绪稳定' });
    await at('2026-12-01T02:00:00Z');
    await xs.post(`/api/v1/risks/${risk.critical}/progress`, { note: '召开村民代表会议公开补偿明细' });
    await at('2026-12-07T02:00:00Z'); // Monday of the next week
    const grid = (await leader.get('/api/v1/risk-reports/grid?periods=2')).json();
    expect(cell(grid, '奋进鞋业有限公司', '2026-11-30')).toMatchObject({ state: 'missing' });
    expect(cell(grid, '西宋村', '2026-11-30')).toMatchObject({ state: 'onTime' });
    expect(cell(grid, '西宋村', '2026-12-07')).toMatchObject({ state: 'pending' });
    expect(grid.missing).toBe(9);

    expect(await runRiskFlags(t.database, t.clock.now)).toBeGreaterThan(0);
    const sup = await bell(await login(t, 'zy_supervisor'));
    const missing = sup.items.filter((n) => n.kind === 'riskReportMissing');
    expect(missing.map((n) => n.title)).toContain('奋进鞋业有限公司未按时上报隐患排查表');
    expect(missing.some((n) => n.title.startsWith('西宋村') || n.title.startsWith('郭家庄村'))).toBe(false);
    expect(missing.find((n) => n.title.startsWith('奋进'))!.body).toContain('应于 2026-12-04 前上报');
    expect(missing).toHaveLength(9);
    await runRiskFlags(t.database, t.clock.now);
    expect((await bell(await login(t, 'zy_supervisor'))).items.filter((n) => n.kind === 'riskReportMissing')).toHaveLength(9);
    // A liaison is never told about other units.
    expect((await bell(xs)).items.filter((n) => n.kind === 'riskReportMissing')).toEqual([]);
  });

  it('each day a 重大 risk went without progress escalates to the town leader', async () => {
    const detail = (await leader.get(`/api/v1/risks/${risk.critical}`)).json();
    expect(detail.needsDailyProgress).toBe(true);
    expect(detail.progress.map((p: { day: string }) => p.day)).toEqual(['2026-11-30', '2026-12-01']);
    expect(detail.missedDays).toEqual(['2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06']);
    const escalated = (await bell(leader)).items.filter((n) => n.kind === 'riskProgressMissed');
    expect(escalated.map((n) => n.title)).toContain('重大隐患 2026-12-02 未报进展：西宋村');
    expect(escalated).toHaveLength(5);
    // The 一般 risk needs no daily entry.
    expect((await leader.get(`/api/v1/risks/${risk.ordinary}`)).json().missedDays).toEqual([]);
  });

  it('is closed as resolved only with how it was resolved', async () => {
    const v = (await xs.get(`/api/v1/risks/${risk.critical}`)).json().risk.version;
    const bare = await xs.post(`/api/v1/risks/${risk.critical}/status`, { status: 'resolved', version: v });
    expect(bare.statusCode).toBe(400);
    expect(bare.json().error.message).toContain('化解情况');
    const ok = await xs.post(`/api/v1/risks/${risk.critical}/status`, { status: 'resolved', resolution: '补偿款按户公示并足额发放，村民签字认可', version: v });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'resolved', closedOn: '2026-12-07', resolution: '补偿款按户公示并足额发放，村民签字认可' });
    const back = await xs.post(`/api/v1/risks/${risk.critical}/status`, { status: 'mediating', version: v + 1 });
    expect(back.statusCode).toBe(409);
    const late = await xs.post(`/api/v1/risks/${risk.critical}/progress`, { note: '结束后再报' });
    expect(late.statusCode).toBe(409);
  });
});

describe('a risk becomes a linked case in one step', () => {
  const registration = buildRegistration({
    receivedOn: '2026-12-07',
    pipeline: 'government',
    nature: 'claim',
    categoryCode: '0201',
    matterRegionCode: '370281002',
    channel: 'visit',
    petitioners: [{ name: '王秀英', phones: ['13953200001'], address: '山东省青岛市胶州市中云街道西宋村' }],
    accused: [],
    title: '西宋村退休职工反映生活补贴发放不及时',
    summary: '西宋村 3 名退休职工反映生活补贴发放不及时。',
    content: '西宋村 3 名退休职工反映生活补贴连续两个月未按时发放，经村里调处未果，要求街道协调解决。',
  });

  it('the liaison cannot register; the street office registrar can, and the risk links the case', async () => {
    const v = (await xs.get(`/api/v1/risks/${risk.ordinary}`)).json().risk.version;
    expect((await xs.post(`/api/v1/risks/${risk.ordinary}/case`, { version: v, registration })).statusCode).toBe(403);
    const zy = await login(t, 'zy_registrar');
    const bad = await zy.post(`/api/v1/risks/${risk.ordinary}/case`, { version: v, registration: { ...registration, receivedOn: '2026-13-01' } });
    expect(bad.statusCode).toBe(400);
    const res = await zy.post(`/api/v1/risks/${risk.ordinary}/case`, { version: v, registration });
    expect(res.statusCode, res.body).toBe(201);
    const caseId = res.json().case.id;
    expect(res.json().case.caseNo).toMatch(/\d/);
    const detail = (await leader.get(`/api/v1/risks/${risk.ordinary}`)).json();
    expect(detail.risk).toMatchObject({ status: 'convertedToCase', caseId, closedOn: '2026-12-07' });
    expect(detail.case).toEqual({ id: caseId, caseNo: res.json().case.caseNo });
    expect((await zy.get(`/api/v1/cases/${caseId}`)).json().title).toBe('西宋村退休职工反映生活补贴发放不及时');
    const twice = await zy.post(`/api/v1/risks/${risk.ordinary}/case`, { version: v + 1, registration });
    expect(twice.statusCode).toBe(409);
    const [count] = await rowsOf<{ n: number }>(t.database.db.execute(sql`select count(*)::int n from cases where title = '西宋村退休职工反映生活补贴发放不及时'`));
    expect(count!.n).toBe(1); // the refused second conversion registered nothing
    const trail = await rowsOf<{ action: string }>(t.database.db.execute(sql`select action from audit_entry where object_id = ${risk.ordinary} order by id`));
    expect(trail.map((x) => x.action)).toEqual(['risk.toCase']);
  });
});

describe('联户联保小组', () => {
  it('the liaison sets up groups of about ten households in their village; the town sees every village\'s groups', async () => {
    const liaison = await login(t, 'xs_liaison');
    const res = await liaison.post('/api/v1/household-groups', { name: '第一联保小组', leaderName: '王组长', households: 10, members: '王家、李家、张家等 10 户' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ unitId: xisong, unitName: '西宋村', leaderName: '王组长', households: 10 });
    expect((await liaison.post('/api/v1/household-groups', { name: '第一联保小组', leaderName: '李组长', households: 9 })).statusCode).toBe(409);
    expect((await liaison.post('/api/v1/household-groups', { name: '第二联保小组', leaderName: '李组长', households: 80 })).statusCode).toBe(400);
    await (await login(t, 'gjz_liaison')).post('/api/v1/household-groups', { name: '东片联保小组', leaderName: '郭组长', households: 11 });
    expect((await liaison.get('/api/v1/household-groups')).json().items.map((g: { name: string }) => g.name)).toEqual(['第一联保小组']);
    const town = (await (await login(t, 'zy_leader')).get('/api/v1/household-groups')).json().items;
    expect(town.map((g: { unitName: string; name: string }) => `${g.unitName}${g.name}`).sort()).toEqual(['西宋村第一联保小组', '郭家庄村东片联保小组'].sort());
    const onTown = await (await login(t, 'zy_leader')).post('/api/v1/household-groups', { name: '街道小组', leaderName: '唐书记', households: 10 });
    expect(onTown.json().error.message).toBe('联户联保小组须建在村（社区）或企业');
  });
});

describe('the schedule is configurable per level', () => {
  it('only the top administrator changes it; a half-monthly village schedule changes the grid', async () => {
    expect((await leader.put('/api/v1/config/risk-schedule', { village: 'monthly' })).statusCode).toBe(403);
    const admin = await login(t, 'admin');
    const bad = await admin.put('/api/v1/config/risk-schedule', { village: 'daily' });
    expect(bad.statusCode).toBe(400);
    const ok = await admin.put('/api/v1/config/risk-schedule', { village: 'halfMonthly' });
    expect(ok.statusCode, ok.body).toBe(200);
    const grid = (await leader.get('/api/v1/risk-reports/grid?periods=2')).json();
    expect(grid.frequency).toBe('halfMonthly');
    expect(grid.periods.map((p: { label: string }) => p.label)).toEqual(['2026年11月下半月', '2026年12月上半月']);
    expect(cell(grid, '西宋村', '2026-12-01')).toMatchObject({ state: 'pending' });
    await admin.put('/api/v1/config/risk-schedule', { village: 'weekly' });
  });
});
