import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRegistration } from '../support/factories.js';
import { login, startApp, unitId, type Client, type TestApp } from '../support/harness.js';

/**
 * 下访 with 民情日记 and the street office's meetings: a problem found on a visit becomes a risk or a case in one
 * step; a meeting's follow-ups have owners and due dates and are tracked to done. Clock: Monday 2026-11-30.
 */
let t: TestApp;
let leader: Client;
let xisong = '';
let fenjin = '';
const diary = (o: Record<string, unknown> = {}) => ({
  unitId: xisong,
  visitedOn: '2026-11-30',
  visitors: '唐书记、薛督办',
  place: '西宋村村委会',
  metWith: '村两委成员、党员代表 6 人、村民 10 余人',
  problemsFound: '部分村民对征地补偿分配有意见',
  followUp: '请村委一周内公开补偿明细',
  ...o,
});

beforeAll(async () => {
  t = await startApp();
  leader = await login(t, 'zy_leader');
  xisong = await unitId(t, 'ZYV02');
  fenjin = await unitId(t, 'ZYV10');
});
afterAll(() => t.close());

describe('民情日记', () => {
  it('records a visit to a village, and refuses a future day or a unit that is not a village or enterprise', async () => {
    const res = await leader.post('/api/v1/field-diaries', diary());
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ unitName: '西宋村', authorName: '唐书记', riskId: null, caseId: null });
    const future = await leader.post('/api/v1/field-diaries', diary({ visitedOn: '2026-12-01' }));
    expect(future.statusCode).toBe(400);
    expect(future.json().error.message).toContain('下访日期不能晚于今天');
    const town = await leader.post('/api/v1/field-diaries', diary({ unitId: await unitId(t, 'ZYWD') }));
    expect(town.json().error.message).toBe('下访对象须是村（社区）或企业');
    expect((await (await login(t, 'xs_liaison')).post('/api/v1/field-diaries', diary())).statusCode).toBe(403);
  });

  it('a problem found becomes a risk of the visited village in one step, once', async () => {
    const d = (await leader.post('/api/v1/field-diaries', diary({ unitId: fenjin, place: '奋进鞋业', problemsFound: '退休职工反映工资过低、发放不及时' }))).json();
    const res = await leader.post(`/api/v1/field-diaries/${d.id}/risk`, { description: '奋进鞋业退休职工反映工资过低、发放不及时', peopleCount: 25, category: 'wagesAndPensions', level: 'major', measures: '协调企业与劳动保障所核定标准', responsiblePerson: '薛督办', deadline: '2026-12-20' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ unitId: fenjin, reportId: null, status: 'screening', level: 'major' });
    // It stands in the village's ledger, where the liaison follows it up.
    const ledger = (await (await login(t, 'fj_liaison')).get('/api/v1/risks')).json().items;
    expect(ledger.map((r: { id: string }) => r.id)).toEqual([res.json().id]);
    const again = await leader.post(`/api/v1/field-diaries/${d.id}/risk`, { description: '再转一次', peopleCount: 1, category: 'other', level: 'ordinary', measures: '再次调处', responsiblePerson: '薛督办', deadline: '2026-12-20' });
    expect(again.statusCode).toBe(409);
    const listed = (await leader.get(`/api/v1/field-diaries?unitId=${fenjin}`)).json().items;
    expect(listed[0]).toMatchObject({ id: d.id, riskId: res.json().id });
  });

  it('…or a registered case, linked', async () => {
    const d = (await leader.post('/api/v1/field-diaries', diary({ problemsFound: '村民反映宅基地审批迟迟不办' }))).json();
    const registration = buildRegistration({ receivedOn: '2026-11-30', pipeline: 'government', nature: 'claim', categoryCode: '0201', matterRegionCode: '370281002', channel: 'visit', accused: [], title: '西宋村村民反映宅基地审批迟迟不办', summary: '下访中村民反映宅基地审批迟迟不办。', content: '街道领导下访西宋村时，村民反映宅基地审批材料交了半年仍未办理。' });
    expect((await leader.post(`/api/v1/field-diaries/${d.id}/case`, { registration })).statusCode).toBe(403);
    const registrar = await login(t, 'zy_registrar');
    const res = await registrar.post(`/api/v1/field-diaries/${d.id}/case`, { registration });
    expect(res.statusCode, res.body).toBe(201);
    const listed = (await leader.get(`/api/v1/field-diaries?unitId=${xisong}`)).json().items.find((x: { id: string }) => x.id === d.id);
    expect(listed.caseId).toBe(res.json().case.id);
    expect((await registrar.post(`/api/v1/field-diaries/${d.id}/case`, { registration })).statusCode).toBe(409);
  });
});

describe('meetings and their follow-ups', () => {
  it('records the half-monthly screening meeting with owners and due dates, tracked to done', async () => {
    const bad = await leader.post('/api/v1/meetings', { kind: 'screening', heldOn: '2026-11-30', attendees: '领导小组成员', topics: '排查', decisions: '决定', followUps: [{ task: '公开补偿明细', ownerName: '西宋村支书', dueOn: '2026-11-20' }] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toBe('第 1 项落实事项的期限不能早于会议日期');
    const res = await leader.post('/api/v1/meetings', {
      kind: 'screening',
      heldOn: '2026-11-30',
      attendees: '唐书记、姜主任、薛督办、各片片长',
      topics: '西宋村征地补偿、奋进鞋业退休职工工资',
      decisions: '由片长包村入户，企业问题由劳动保障所牵头',
      followUps: [
        { task: '西宋村公开征地补偿明细', ownerName: '西宋村支书', dueOn: '2026-12-03' },
        { task: '核定奋进鞋业退休职工工资标准', ownerName: '劳动保障所', dueOn: '2026-12-10' },
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
    let list = (await leader.get('/api/v1/meetings')).json();
    expect(list.cadence).toContainEqual({ kind: 'screening', last: '2026-11-30', nextDue: '2026-12-15', overdue: false });
    const fus = list.items[0].followUps;
    expect(fus.map((f: { state: string }) => f.state)).toEqual(['dueSoon', 'open']);

    t.clock.now = new Date('2026-12-05T02:00:00Z');
    leader = await login(t, 'zy_leader');
    list = (await leader.get('/api/v1/meetings')).json();
    expect(list.items[0].followUps.map((f: { state: string }) => f.state)).toEqual(['overdue', 'open']);
    const done = await leader.post(`/api/v1/meeting-follow-ups/${fus[0].id}/done`, { note: '已张榜公开，村民无异议' });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ state: 'doneLate', doneOn: '2026-12-05' });
    expect((await leader.post(`/api/v1/meeting-follow-ups/${fus[0].id}/done`, { note: '再办结一次' })).statusCode).toBe(409);
    await leader.post(`/api/v1/meeting-follow-ups/${fus[1].id}/done`, { note: '标准已核定并公示' });
    list = (await leader.get('/api/v1/meetings')).json();
    expect(list.items[0].followUps.map((f: { state: string }) => f.state)).toEqual(['doneLate', 'done']);

    t.clock.now = new Date('2026-12-16T02:00:00Z');
    const late = (await (await login(t, 'zy_leader')).get('/api/v1/meetings')).json();
    expect(late.cadence).toContainEqual({ kind: 'screening', last: '2026-11-30', nextDue: '2026-12-15', overdue: true });
  });

  it('the villages do not see the town meetings; another county sees nothing', async () => {
    expect((await (await login(t, 'xs_liaison')).get('/api/v1/meetings')).statusCode).toBe(403);
    expect((await (await login(t, 'dq_leader')).get('/api/v1/meetings')).json().items).toEqual([]);
  });
});
