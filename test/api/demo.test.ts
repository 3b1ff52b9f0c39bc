import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../src/db/index.js';
import { seedDemoActivity } from '../../src/services/demo/activity.js';
import { runRiskFlags } from '../../src/services/risks/flags.js';
import { login, startApp, unitId, type TestApp } from '../support/harness.js';

/**
 * The demo's grassroots work (what a fresh `npm start` shows), seeded on the test clock: Monday 2026-11-30, so this
 * week runs 11-30 to 12-06 and the four weeks before it are on record (11-02 … 11-23, each due on its Friday).
 */
let t: TestApp;
const WEEKS = ['2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23', '2026-11-30'];
type Grid = { rows: { unitName: string; cells: { periodStart: string; state: string; risks: number; nil: boolean | null }[] }[]; missing: number; late: number };
const cell = (grid: Grid, unit: string, week: string) => grid.rows.find((r) => r.unitName === unit)!.cells.find((c) => c.periodStart === week)!;

beforeAll(async () => {
  t = await startApp();
  expect((await rowsOf(t.database.db.execute(sql`select 1 from risk_report`))).length).toBe(0);
  await t.database.transaction((tx) => seedDemoActivity(tx, t.clock.now));
});
afterAll(() => t.close());

describe('the demo street office at work', () => {
  it('four weeks of screening reports: on time, one late, one missing, nil reports, and this week in progress', async () => {
    const leader = await login(t, 'zy_leader');
    const grid = (await leader.get('/api/v1/risk-reports/grid?periods=6')).json() as Grid;
    expect(grid.rows).toHaveLength(11);
    expect(cell(grid, '西宋村', '2026-10-26').state).toBe('notRequired');
    expect(WEEKS.slice(0, 4).map((w) => cell(grid, '河头源社区', w).state)).toEqual(['onTime', 'onTime', 'onTime', 'onTime']);
    expect(cell(grid, '响堂村', '2026-11-16').state).toBe('late');
    expect(cell(grid, '顺德印刷厂', '2026-11-23').state).toBe('missing');
    expect(grid.missing).toBe(1);
    expect(grid.late).toBe(1);
    expect(cell(grid, '郭家庄村', '2026-11-02')).toMatchObject({ state: 'onTime', nil: true, risks: 0 });
    expect(cell(grid, '西宋村', '2026-11-09')).toMatchObject({ state: 'onTime', nil: false, risks: 1 });
    // This week: some have filed (on Monday), the villages the browser test uses have not.
    expect(cell(grid, '河头源社区', '2026-11-30').state).toBe('onTime');
    expect(cell(grid, '西宋村', '2026-11-30').state).toBe('pending');
    expect(cell(grid, '郭家庄村', '2026-11-30').state).toBe('pending');
  });

  it('risks of every level; the open 重大 risk has a progress entry for every day so far; one is 已化解', async () => {
    const leader = await login(t, 'zy_leader');
    const risks = (await leader.get('/api/v1/risks')).json().items as { id: string; level: string; status: string; missedDays: number; unitName: string; resolution: string | null }[];
    expect(risks.map((r) => r.level).sort()).toEqual(['critical', 'major', 'major', 'ordinary', 'ordinary']);
    expect(risks.find((r) => r.status === 'resolved')).toMatchObject({ unitName: '中云社区', level: 'ordinary' });
    const key = risks.find((r) => r.level === 'critical')!;
    expect(key).toMatchObject({ unitName: '西宋村', status: 'mediating', missedDays: 0 });
    const detail = (await leader.get(`/api/v1/risks/${key.id}`)).json();
    expect(detail.progress.map((p: { day: string }) => p.day)).toEqual(['2026-11-13', '2026-11-14', '2026-11-15', '2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20', '2026-11-21', '2026-11-22', '2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29']);
    // The liaison follows it up on this week's form, and sees the village's 联户联保小组.
    const xs = await login(t, 'xs_liaison');
    const form = (await xs.get('/api/v1/risk-reports/current')).json();
    expect(form.filed).toBeNull();
    expect(form.openRisks.map((r: { id: string }) => r.id)).toEqual([key.id]);
    expect((await xs.get('/api/v1/household-groups')).json().items.map((g: { name: string }) => g.name).sort()).toEqual(['西宋村第一联户联保小组', '西宋村第二联户联保小组']);
  });

  it('the missing report is flagged to the stability centre; no 重大 progress is missed yet', async () => {
    await runRiskFlags(t.database, t.clock.now);
    const items = (await (await login(t, 'zy_supervisor')).get('/api/v1/notifications')).json().items as { kind: string; title: string }[];
    expect(items.filter((n) => n.kind === 'riskReportMissing').map((n) => n.title)).toEqual(['顺德印刷厂未按时上报隐患排查表']);
    const leaderBell = (await (await login(t, 'zy_leader')).get('/api/v1/notifications')).json().items as { kind: string }[];
    expect(leaderBell.filter((n) => n.kind === 'riskProgressMissed')).toEqual([]);
  });

  it('the party secretary owns the key risk, a key person and a village with the four 定, and resolved one matter', async () => {
    const mine = (await (await login(t, 'zy_leader')).get('/api/v1/ownerships/mine')).json().items as { kind: string; status: string; light: string | null; assignedPerson: string; objectLabel: string }[];
    expect(mine.map((o) => `${o.kind}:${o.status}`).sort()).toEqual(['keyPerson:active', 'keyPerson:resolved', 'risk:active', 'village:active']);
    expect(mine.every((o) => o.assignedPerson.length > 1)).toBe(true);
    // The key person's target is three days away: yellow; the village owned for good has no light.
    expect(mine.filter((o) => o.status === 'active').map((o) => `${o.kind}:${o.light}`).sort()).toEqual(['keyPerson:yellow', 'risk:green', 'village:null']);
    const rates = (await (await login(t, 'zy_unithead')).get('/api/v1/ownerships/rates')).json().items;
    expect(rates).toMatchObject([{ leaderName: '唐书记', targeted: 3, resolved: 1 }]);
  });

  it('the portal publishes the reception rota of the coming weeks', async () => {
    const portal = (await t.app.inject({ method: 'GET', url: '/api/v1/portal/info' })).json() as { reception: { unitName: string; day: string; leaderName: string }[] };
    const zy = portal.reception.filter((r) => r.unitName === '中云街道办事处');
    expect(zy.slice(0, 5).map((r) => `${r.day} ${r.leaderName}`)).toEqual(['2026-11-30 唐书记', '2026-12-01 宋副主任', '2026-12-02 唐书记', '2026-12-03 宋副主任', '2026-12-04 唐书记']);
    expect(zy.at(-1)!.day).toBe('2026-12-18');
    expect(portal.reception.filter((r) => r.unitName === '德城街道群众工作站').map((r) => `${r.day} ${r.leaderName}`)).toEqual(['2026-12-02 刘书记', '2026-12-09 刘书记', '2026-12-16 刘书记']);
  });

  it('diaries, the half-monthly screening meetings with a follow-up done and others open, and this year\'s 目标责任状', async () => {
    const leader = await login(t, 'zy_leader');
    const diaries = (await leader.get('/api/v1/field-diaries')).json().items as { place: string }[];
    expect(diaries).toHaveLength(2);
    const meetings = (await leader.get('/api/v1/meetings')).json();
    expect(meetings.items.map((m: { kind: string; heldOn: string }) => `${m.kind} ${m.heldOn}`)).toEqual(['screening 2026-11-27', 'screening 2026-11-13']);
    expect(meetings.items.flatMap((m: { followUps: { state: string }[] }) => m.followUps.map((f) => f.state)).sort()).toEqual(['done', 'dueSoon', 'open']);
    expect(meetings.cadence).toContainEqual({ kind: 'screening', last: '2026-11-27', nextDue: '2026-12-12', overdue: false });
    const county = await login(t, 'jz_unithead');
    const card = (await county.get(`/api/v1/assessment/${await unitId(t, 'ZY370281002')}/scorecard?year=2026`)).json();
    expect(card.agreement).toMatchObject({ signedOn: '2026-01-15', signedByName: '马局长' });
    const dq = await login(t, 'dq_leader');
    expect((await dq.get(`/api/v1/assessment/${await unitId(t, 'DQ001')}/scorecard?year=2026`)).json().agreement).toMatchObject({ signedByName: '刘书记' });
  });
});

describe('seeded on a weekend', () => {
  it('this week is past due: everyone has filed but the two villages the browser test files for', async () => {
    const w = await startApp();
    try {
      w.clock.now = new Date('2026-12-05T02:00:00Z'); // Saturday
      await w.database.transaction((tx) => seedDemoActivity(tx, w.clock.now));
      const grid = (await (await login(w, 'zy_leader')).get('/api/v1/risk-reports/grid?periods=2')).json() as Grid;
      const states = grid.rows.map((r) => `${r.unitName}:${r.cells.find((c) => c.periodStart === '2026-11-30')!.state}`);
      expect(states.filter((s) => !s.endsWith(':onTime'))).toEqual(['西宋村:missing', '郭家庄村:missing']);
      expect(grid.missing).toBe(3); // and 顺德印刷厂 the week before
    } finally {
      await w.close();
    }
  });
});
