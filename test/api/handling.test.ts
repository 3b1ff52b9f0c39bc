import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRegistration } from '../support/factories.js';
import { login, startApp, unitId, type Client, type TestApp } from '../support/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await startApp();
});
afterAll(() => t.close());

async function act(c: Client, id: string, action: string, payload: Record<string, unknown> = {}) {
  const trail = (await c.get(`/api/v1/cases/${id}/trail`)).json();
  expect(trail.allowedActions, `${action} should be offered in ${trail.state}`).toContain(action);
  const res = await c.post(`/api/v1/cases/${id}/actions/${action}`, { version: trail.version, payload });
  expect(res.statusCode, `${action}: ${res.body}`).toBe(200);
  return res.json();
}
const trailOf = async (c: Client, id: string) => (await c.get(`/api/v1/cases/${id}/trail`)).json();

describe('a discipline report across levels', () => {
  it('county registers → sends up to the city → the city assigns to a town → the town concludes → the city reviews, replies, is evaluated', async () => {
    const dq = await login(t, 'dq_registrar');
    const dqLeader = await login(t, 'dq_leader');
    const reg = (await dq.post('/api/v1/cases', buildRegistration({ accused: [{ name: '周某', unit: '德庆县交通运输局', position: '局长', rank: 'division' }] }))).json();
    const id = reg.case.id;
    await act(dq, id, 'propose', { opinion: '被反映人为县处级干部，按干部管理权限应报市纪委监委' });
    await act(dqLeader, id, 'instruct', { instruction: '同意报送市纪委监委', documentNo: '德纪信〔2026〕12号' });
    const zqUnit = await unitId(t, 'ZQ4412');
    const suggestion = (await dq.get(`/api/v1/cases/${id}/route-suggestion`)).json();
    expect(suggestion).toMatchObject({ unitId: zqUnit, unitName: '肇庆市纪委监委', direction: 'up', parentUnit: { id: zqUnit, name: '肇庆市纪委监委' } });
    expect(suggestion.reasons.join('')).toContain('县处级');
    await act(dq, id, 'escalate', { targetUnitId: zqUnit, reason: '县处级干部由市纪委监委受理' }); // as suggested: no reason needed

    // The county keeps only that it was sent, when and to whom.
    const kept = (await dq.get(`/api/v1/cases/${id}`)).json();
    expect(kept.title).toMatch(/^已上报肇庆市纪委监委/);
    expect(kept.content).toBeNull();
    expect(kept.petitioners).toEqual([]);
    const sent = await trailOf(dq, id);
    const up = sent.links.find((l: { kind: string }) => l.kind === 'escalatedTo');
    expect(up.unitName).toBe('肇庆市纪委监委');

    // The city has the whole case under its own number.
    const zq = await login(t, 'zq_registrar');
    const cityCase = (await zq.get(`/api/v1/cases/${up.caseId}`)).json();
    expect(cityCase.caseNo).toMatch(/^ZQ4412-2026-/);
    expect(cityCase.content).toContain('礼金');
    expect(cityCase.petitioners[0].name).toBe('张*');
    await act(zq, up.caseId, 'propose', { opinion: '建议交德城街道核查' });
    await act(await login(t, 'zq_leader'), up.caseId, 'instruct', { instruction: '请德城街道群众工作站核实，30日内报结果' });
    const town = await unitId(t, 'DQ001');
    const refused = await zq.post(`/api/v1/cases/${up.caseId}/actions/assign`, { version: (await trailOf(zq, up.caseId)).version, payload: { targetUnitId: town, dueDate: '2026-12-30' } });
    expect(refused.json().error.message).toBe('改变系统建议的承办单位，必须说明理由');
    await act(zq, up.caseId, 'assign', { targetUnitId: town, dueDate: '2026-12-30', overrideReason: '问题发生在德城街道，交其先行核实' });
    const assigned = await trailOf(zq, up.caseId);
    expect(assigned.state).toBe('assigned');
    expect(assigned.deadlines.find((d: { step: string }) => d.step === 'assignmentResult').dueOn).toBe('2026-12-30');
    const down = assigned.links.find((l: { kind: string }) => l.kind === 'assignedTo');

    // The town accepts, handles, concludes; its head approves; the result goes back up.
    const dc = await login(t, 'dc_handler');
    await act(dc, down.caseId, 'accept');
    await act(dc, down.caseId, 'startHandling');
    await act(dc, down.caseId, 'submitConclusion', { report: '经核实，周某收受礼金 2 万元属实，已责令退还并给予党内警告处分。', finding: 'true' });
    await act(await login(t, 'dc_unithead'), down.caseId, 'approveConclusion');
    const back = await trailOf(zq, up.caseId);
    expect(back.state).toBe('concluded');
    expect(back.events.at(-1).action).toBe('resultReported');
    expect(back.deadlines.find((d: { step: string }) => d.step === 'assignmentResult')).toMatchObject({ status: 'met', onTime: true });

    await act(await login(t, 'zq_unithead'), up.caseId, 'approveConclusion');
    await act(zq, up.caseId, 'reply', { opinion: '您反映的问题经核实属实，已作处理。' });
    await act(zq, up.caseId, 'evaluate', { evaluation: 'satisfied' });
    await act(zq, up.caseId, 'archive');

    // The originating county sees the chain of its own record; the city sees every step with who and when.
    const full = await trailOf(zq, up.caseId);
    expect(full.events.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['arrive', 'propose', 'instruct', 'assign', 'resultReported', 'approveConclusion', 'reply', 'evaluate', 'archive']),
    );
    expect(full.instructions[0].text).toContain('德城街道');
    expect(full.notices.map((n: { kind: string }) => n.kind)).toContain('result');
  });
});

describe('concurrency and refusals', () => {
  it('refuses a second action on a stale version with a clear message, and a wrong role by name', async () => {
    const dq = await login(t, 'dq_registrar');
    const id = (await dq.post('/api/v1/cases', buildRegistration())).json().case.id;
    const v = (await trailOf(dq, id)).version;
    const first = await dq.post(`/api/v1/cases/${id}/actions/propose`, { version: v, payload: { opinion: '拟交承办' } });
    expect(first.statusCode).toBe(200);
    const second = await dq.post(`/api/v1/cases/${id}/actions/propose`, { version: v, payload: { opinion: '另一意见' } });
    expect(second.statusCode).toBe(409);
    expect(second.json().error.message).toContain('已被他人修改');
    const handler = await login(t, 'dq_handler');
    const wrong = await handler.post(`/api/v1/cases/${id}/actions/instruct`, { version: v + 1, payload: { instruction: 'x' } });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().error.message).toMatch(/只有.*可以/);
    const missing = await (await login(t, 'dq_leader')).post(`/api/v1/cases/${id}/actions/instruct`, { version: v + 1, payload: {} });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.message).toContain('缺少必填项');
  });
});

describe('a government petition with an extension and a review (复查)', () => {
  it('accepts, extends the handling limit once, replies, and the level above reviews it', async () => {
    const zy = await login(t, 'zy_registrar');
    const reg = await zy.post(
      '/api/v1/cases',
      buildRegistration({
        pipeline: 'government',
        nature: 'claim',
        categoryCode: '0201',
        matterRegionCode: '370281002',
        channel: 'visit',
        petitioners: [{ name: '王秀英', phones: ['13953200001'], address: '山东省青岛市胶州市中云街道西宋村' }],
        accused: [],
        title: '反映装置件厂拖欠工资',
        summary: '胶州市装置件厂拖欠 12 名工人 2026 年 8 至 10 月工资。',
        content: '胶州市装置件厂拖欠 12 名工人 2026 年 8 至 10 月工资共计 18 万元，多次讨要未果。',
      }),
    );
    expect(reg.statusCode, reg.body).toBe(201);
    const id = reg.json().case.id;
    const started = await trailOf(zy, id);
    expect(started.deadlines.map((d: { step: string }) => d.step).sort()).toEqual(['acceptanceNotice', 'transferOrAssign']);

    await act(zy, id, 'propose', { opinion: '建议由街道劳动保障所督促企业支付' });
    await act(await login(t, 'zy_leader'), id, 'instruct', { instruction: '同意，限期解决' });
    await act(zy, id, 'accept');
    const accepted = await trailOf(zy, id);
    expect(accepted.notices.map((n: { kind: string }) => n.kind)).toContain('acceptance');
    const conclude = accepted.deadlines.find((d: { step: string }) => d.step === 'conclude');
    expect(conclude.status).toBe('running');

    const handler = await login(t, 'zy_handler');
    await act(handler, id, 'startHandling');
    // 中止: the paused clock leaves the lights of the case and of the lists; 恢复 brings it back.
    const head = await login(t, 'zy_unithead');
    const glance = async () => (await zy.get(`/api/v1/cases/${id}`)).json() as { light: string | null; dueOn: string | null };
    const listed = async () => ((await zy.get('/api/v1/cases?limit=200&sort=dueOn')).json().items as { id: string; light: string | null }[]).find((x) => x.id === id);
    expect((await glance()).light).not.toBeNull();
    await act(head, id, 'pause', { reason: '等待劳动仲裁结果' });
    expect(await glance()).toMatchObject({ light: null, dueOn: null });
    expect((await listed())?.light).toBeNull();
    await act(head, id, 'resume');
    expect((await glance()).light).not.toBeNull();
    expect((await listed())?.light).not.toBeNull();
    await act(handler, id, 'requestExtension', { reason: '涉及企业资产处置，需协调人社部门', days: 20 });
    await act(await login(t, 'zy_unithead'), id, 'approveExtension');
    const extended = (await trailOf(zy, id)).deadlines.find((d: { step: string }) => d.step === 'conclude');
    expect(extended.dueOn > extended.originalDueOn).toBe(true);
    expect(extended.originalDueOn).toBe(conclude.dueOn);
    const again = (await trailOf(handler, id)).allowedActions;
    expect(again).not.toContain('requestExtension'); // once only

    await act(handler, id, 'submitConclusion', { report: '企业已于 12 月 1 日补发全部拖欠工资。', finding: 'true' });
    await act(await login(t, 'zy_unithead'), id, 'approveConclusion');
    await act(zy, id, 'reply', { opinion: '经督促，企业已补发拖欠工资。' });
    const replied = await trailOf(zy, id);
    expect(replied.deadlines.find((d: { step: string }) => d.step === 'conclude')).toMatchObject({ status: 'met', onTime: true });
    expect(replied.deadlines.find((d: { step: string }) => d.step === 'reviewRequest').status).toBe('running');
    await act(zy, id, 'evaluate', { evaluation: 'dissatisfied' });

    // 复查 at the level above: 胶州市信访局.
    const jz = await login(t, 'jz_registrar');
    await act(jz, id, 'requestReview', { requestDate: '2026-11-30', reason: '工资计算有误，少发了加班费' });
    const reviewing = await trailOf(jz, id);
    expect(reviewing.state).toBe('reviewing');
    // The street office still has the case in its register, sees it under review, and cannot answer the 复查 itself.
    const own = await zy.get(`/api/v1/cases/${id}`);
    expect(own.statusCode).toBe(200);
    expect(own.json()).toMatchObject({ state: 'reviewing', unitId: reg.json().case.unitId });
    expect((await trailOf(await login(t, 'zy_unithead'), id)).allowedActions).not.toContain('issueReviewOpinion');
    const jzQueue = (await (await login(t, 'jz_unithead')).get('/api/v1/cases?queue=handling&limit=200')).json();
    expect(jzQueue.items.map((c: { id: string }) => c.id)).toContain(id);
    await act(await login(t, 'jz_unithead'), id, 'issueReviewOpinion', { opinion: '经复查，加班费已按规定计算，维持原处理意见。' });
    const reviewed = await trailOf(jz, id);
    expect(reviewed.state).toBe('reviewed');
    expect(reviewed.notices.map((n: { kind: string }) => n.kind)).toEqual(expect.arrayContaining(['acceptance', 'extension', 'result', 'reviewOpinion']));
  });
});

describe('instructions, supervision, letters and the printed trail', () => {
  it('instructs several cases at once, each on its own', async () => {
    const dq = await login(t, 'dq_registrar');
    const a = (await dq.post('/api/v1/cases', buildRegistration())).json().case.id;
    const b = (await dq.post('/api/v1/cases', buildRegistration())).json().case.id;
    await act(dq, a, 'propose', { opinion: '拟办一' });
    await act(dq, b, 'propose', { opinion: '拟办二' });
    const leader = await login(t, 'dq_leader');
    const va = (await trailOf(leader, a)).version;
    const res = await leader.post('/api/v1/cases/instruct', { items: [{ id: a, version: va }, { id: b, version: 1 }], instruction: '请抓紧核实', documentNo: '德纪批〔2026〕3号' });
    expect(res.json().results).toEqual([{ id: a, ok: true }, { id: b, ok: false, message: expect.stringContaining('已被他人修改') }]);
    const detail = (await leader.get(`/api/v1/cases/${a}`)).json();
    expect(detail.state).toBe('instructed');
    expect(detail.allowedActions).not.toContain('instruct'); // instructed already; a leader may still supervise
    expect(detail.allowedActions).toContain('supervise');
    expect((await dq.get(`/api/v1/cases/${a}`)).json().allowedActions).toEqual(expect.arrayContaining(['assign', 'transfer', 'escalate']));
  });

  it('sends a 交办函 with the case, supervises it from above and records the reply', async () => {
    const dq = await login(t, 'dq_registrar');
    const id = (await dq.post('/api/v1/cases', buildRegistration())).json().case.id;
    await act(dq, id, 'propose', { opinion: '交德城核查' });
    await act(await login(t, 'dq_leader'), id, 'instruct', { instruction: '同意' });
    await act(dq, id, 'assign', { targetUnitId: await unitId(t, 'DQ001'), dueDate: '2027-01-15', opinion: '请查明事实，依规处理', overrideReason: '交属地先行核实' });
    const sender = await trailOf(dq, id);
    const letter = sender.notices.find((n: { kind: string }) => n.kind === 'assignLetter');
    const html = await dq.get(`/api/v1/notices/${letter.id}`);
    expect(html.body).toContain('交办函');
    expect(html.body).toContain('2027年1月15日');
    expect(html.body).toContain('请查明事实');

    const down = sender.links.find((l: { kind: string }) => l.kind === 'assignedTo');
    // The copy sent down is the same matter travelling, not a repeat of it.
    const cands = (await dq.get(`/api/v1/cases/${id}/repeat-candidates`)).json().items.map((x: { caseId: string }) => x.caseId);
    expect(cands).not.toContain(down.caseId);
    expect(sender.unitId).toBe(await unitId(t, 'DQ441226'));
    expect(sender.deadlines[0].name).toBeTruthy();
    const zqSup = await login(t, 'zq_supervisor');
    await act(zqSup, down.caseId, 'supervise', { opinion: '群众反映强烈，请加快办理', dueDate: '2026-12-20' });
    const dc = await login(t, 'dc_handler');
    const sup = (await trailOf(dc, down.caseId)).supervisions[0];
    expect(sup).toMatchObject({ kind: 'supervise', byName: '冯督办', dueOn: '2026-12-20' });
    expect((await dc.get(`/api/v1/cases?supervised=true`)).json().items.map((c: { id: string }) => c.id)).toContain(down.caseId);
    expect((await dc.post(`/api/v1/supervisions/${sup.id}/reply`, { reply: '已成立核查组，12 月 15 日前办结' })).statusCode).toBe(200);
    expect((await trailOf(dc, down.caseId)).supervisions[0].reply).toContain('核查组');

    const printed = await dq.get(`/api/v1/cases/${id}/trail/print`);
    expect(printed.body).toContain('信访件办理轨迹');
    expect(printed.body).toContain('交办');
    expect(printed.body).toContain('李登记');
  });
});

describe('routing rules as data', () => {
  it('lets the top administrator change the rank table, with effect on suggestions; a county admin may not', async () => {
    const dqAdmin = await login(t, 'dq_admin');
    const cfg = (await dqAdmin.get('/api/v1/config/routing')).json();
    expect(cfg.rankLevels.division).toBe('city');
    const refused = await dqAdmin.put('/api/v1/config/routing', { ...cfg, rankLevels: { ...cfg.rankLevels, division: 'county' } });
    expect(refused.statusCode).toBe(403);
    const admin = await login(t, 'admin');
    const ok = await admin.put('/api/v1/config/routing', { ...cfg, rankLevels: { ...cfg.rankLevels, division: 'county' } });
    expect(ok.statusCode, ok.body).toBe(200);
    const dq = await login(t, 'dq_registrar');
    const id = (await dq.post('/api/v1/cases', buildRegistration({ accused: [{ name: '周某', unit: '德庆县交通运输局', position: '局长', rank: 'division' }] }))).json().case.id;
    const s = (await dq.get(`/api/v1/cases/${id}/route-suggestion`)).json();
    expect(s).toMatchObject({ unitName: '德庆县纪委监委', direction: 'here' });
    await admin.put('/api/v1/config/routing', cfg);
  });
});
