import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS } from '../../src/domain/assessment/index.js';
import { buildRegistration } from '../support/factories.js';
import { login, startApp, unitId, type Client, type TestApp } from '../support/harness.js';

/**
 * 考核: 胶州市信访局 signs the street office's target agreement for 2026 and reads its scorecard: points from the
 * indicators, punctual risk reports of its villages, a 集体访 of 60 people vetoing the year, 连续零越级 days,
 * the Excel and printable forms. The clock starts Monday 2026-11-30 (all units joined that day).
 */
let t: TestApp;
let county: Client;
let zy = '';
const terms = { year: 2026, weights: DEFAULT_WEIGHTS, veto: { skipLevelBeyondCity: true, groupVisitAtLeast: 50 }, deductionPerEvent: 2 };

beforeAll(async () => {
  t = await startApp();
  await t.database.db.execute(sql`update unit set created_at = ${t.clock.now.toISOString()}`);
  county = await login(t, 'jz_unithead');
  zy = await unitId(t, 'ZY370281002');
  // This week's form: only 西宋村 files it.
  await (await login(t, 'xs_liaison')).post('/api/v1/risk-reports', { nil: true, risks: [] });
  // A group visit of 60 retired workers at the street office.
  const reg = await (await login(t, 'zy_registrar')).post(
    '/api/v1/cases',
    buildRegistration({
      receivedOn: '2026-11-30',
      pipeline: 'government',
      nature: 'claim',
      categoryCode: '0201',
      matterRegionCode: '370281002',
      channel: 'visit',
      headcount: 60,
      petitioners: [{ name: '崔某', phones: ['13953200002'], isRepresentative: true, isPrimary: true }],
      accused: [],
      title: '装置件厂 60 名退休职工集体反映退休工资拖欠',
      summary: '装置件厂 60 名退休职工集体来访。',
      content: '胶州市装置件厂 60 名退休职工集体到街道反映退休工资拖欠一年多。',
    }),
  );
  expect(reg.statusCode, reg.body).toBe(201);
  t.clock.now = new Date('2026-12-07T02:00:00Z');
  county = await login(t, 'jz_unithead');
});
afterAll(() => t.close());

describe('the target agreement (目标责任状)', () => {
  it('is signed by the unit above, with weights adding up to 100', async () => {
    const bad = await county.put(`/api/v1/assessment/${zy}/agreement`, { ...terms, weights: { ...DEFAULT_WEIGHTS, repeatRate: 30 } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('各项分值合计须为 100 分（现为 120 分）');
    const own = await (await login(t, 'zy_unithead')).put(`/api/v1/assessment/${zy}/agreement`, terms);
    expect(own.statusCode).toBe(403);
    const ok = await county.put(`/api/v1/assessment/${zy}/agreement`, { ...terms, note: '2026 年度信访工作目标责任状' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ year: 2026, signedOn: '2026-12-07' });
  });
});

describe('the year-end scorecard', () => {
  it('scores the indicators, counts the veto and the 零越级 streak', async () => {
    const res = await county.get(`/api/v1/assessment/${zy}/scorecard?year=2026`);
    expect(res.statusCode, res.body).toBe(200);
    const card = res.json();
    expect(card).toMatchObject({ unit: { name: '中云街道办事处' }, period: { from: '2026-01-01', to: '2026-12-07' }, agreement: { signedOn: '2026-12-07', signedByName: '于科长' } });
    const line = (i: string) => card.lines.find((l: { indicator: string }) => l.indicator === i);
    // Week of 11-30 was owed by 11 villages and enterprises; 西宋村 alone filed on time.
    expect(line('punctualRiskReports')).toMatchObject({ value: { numerator: 1, denominator: 11 }, points: 0.9 });
    expect(line('groupVisitCount')).toMatchObject({ value: 1, points: 8, note: '1 起，每起扣 2 分' });
    expect(line('skipLevelCount')).toMatchObject({ value: 0, points: 10 });
    expect(line('resolutionRate')).toMatchObject({ points: 10, note: '无应考核事项，按满分计' });
    expect(card.total).toBe(card.lines.reduce((a: number, l: { points: number }) => Math.round((a + l.points) * 10) / 10, 0));
    expect(card.vetoes).toEqual([{ item: '发生 50 人以上集体访', count: 1 }]);
    expect(card).toMatchObject({ vetoed: true, grade: '一票否决', zeroSkipLevelDays: 7 });
  });

  it('without a veto item the standing follows the points', async () => {
    await county.put(`/api/v1/assessment/${zy}/agreement`, { ...terms, veto: { skipLevelBeyondCity: true, groupVisitAtLeast: 100 } });
    const card = (await county.get(`/api/v1/assessment/${zy}/scorecard?year=2026`)).json();
    expect(card.vetoed).toBe(false);
    expect(['优秀', '良好', '合格', '不合格']).toContain(card.grade);
  });

  it('exports to Excel and prints', async () => {
    const x = await county.get(`/api/v1/assessment/${zy}/scorecard.xlsx?year=2026`);
    expect(x.statusCode).toBe(200);
    expect(x.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('考核计分表')!;
    expect(ws.getCell('A1').value).toBe('中云街道办事处2026年度信访工作考核计分表');
    const rows = ws.getSheetValues().filter(Boolean).map((r) => (r as unknown[]).slice(1, 3));
    expect(rows).toContainEqual(['隐患排查按时上报率', 10]);
    expect(rows).toContainEqual(['连续零越级天数', 7]);
    const p = await county.get(`/api/v1/assessment/${zy}/scorecard/print?year=2026`);
    expect(p.statusCode).toBe(200);
    expect(p.headers['content-type']).toContain('text/html');
    expect(p.body).toContain('<h1>中云街道办事处2026年度信访工作考核计分表</h1>');
    expect(p.body).toContain('连续零越级：7 天');
  });

  it('lists the units below; another county sees none of them', async () => {
    const items = (await county.get('/api/v1/assessment/scorecards?year=2026')).json().items;
    expect(items.map((c: { unit: { name: string } }) => c.unit.name)).toEqual(['中云街道办事处']);
    expect((await (await login(t, 'dq_leader')).get(`/api/v1/assessment/${zy}/scorecard?year=2026`)).statusCode).toBe(404);
    expect((await (await login(t, 'xs_liaison')).get(`/api/v1/assessment/${zy}/scorecard?year=2026`)).statusCode).toBe(403);
  });
});
