import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, multipartFile, SAMPLE_PNG, startApp, type TestApp } from '../support/harness.js';
import { portalReport, solvedChallenge } from '../support/portal.js';

let t: TestApp;
beforeAll(async () => {
  t = await startApp();
});
afterAll(() => t.close());

const post = (url: string, payload: unknown, headers: Record<string, string> = {}) => t.app.inject({ method: 'POST', url, payload: payload as object, headers });
const submit = async (overrides: Record<string, unknown> = {}) => post('/api/v1/portal/reports', { ...portalReport(overrides), proof: await solvedChallenge(t) });
const query = (queryCode: string, queryPassword: string) => post('/api/v1/portal/query', { queryCode, queryPassword });
async function act(id: string, username: string, action: string, payload: Record<string, unknown> = {}) {
  const c = await login(t, username);
  const v = (await c.get(`/api/v1/cases/${id}/trail`)).json().version;
  const res = await c.post(`/api/v1/cases/${id}/actions/${action}`, { version: v, payload });
  expect(res.statusCode, `${action}: ${res.body}`).toBe(200);
}

describe('filing a report online', () => {
  it('needs a solved proof of work, used once', async () => {
    const unsolved = await post('/api/v1/portal/reports', { ...portalReport(), proof: { ...(await solvedChallenge(t)), nonce: 'x' } });
    expect([400]).toContain(unsolved.statusCode);
    const proof = await solvedChallenge(t);
    expect((await post('/api/v1/portal/reports', { ...portalReport({ title: '第一次举报某事项' }), proof })).statusCode).toBe(201);
    const again = await post('/api/v1/portal/reports', { ...portalReport({ title: '第二次举报某事项' }), proof });
    expect(again.json().error.message).toContain('已使用过');
  });

  it('gives an unpredictable query code and a password once; hashes only are stored; the same report again returns the same code', async () => {
    const first = await submit();
    expect(first.statusCode, first.body).toBe(201);
    const { queryCode, queryPassword } = first.json();
    expect(queryCode).toMatch(/^([0-9A-Z]{4}-){4}[0-9A-Z]{4}$/);
    expect(queryPassword).toMatch(/^[0-9A-Z]{8}$/);
    const dup = await submit();
    expect(dup.statusCode).toBe(200);
    expect(dup.json()).toMatchObject({ queryCode, duplicate: true });
    const raw = JSON.stringify(await t.database.db.execute(`select * from portal_access` as never));
    expect(raw).not.toContain(queryCode.replace(/-/g, ''));
    expect(raw).toContain('$argon2id$');
  });
});

describe('following a report', () => {
  it('shows progress, carries questions both ways with files, and takes the evaluation', async () => {
    const { queryCode, queryPassword } = (await submit({ title: '举报新圩镇村道工程偷工减料', content: '新圩村村道硬化工程偷工减料，镇里分管领导李明收了承包商好处。' })).json();
    const view = (await query(queryCode.toLowerCase().replace(/-/g, ' '), queryPassword)).json();
    expect(view.status).toBe('已登记');
    expect(view.canEvaluate).toBe(false);
    expect(view.steps[0].label).toBe('已登记');

    // The office finds it in its register (online channel, the unit routing chose) and asks a question.
    const dq = await login(t, 'dq_registrar');
    const found = (await dq.get(`/api/v1/cases?q=${encodeURIComponent('偷工减料')}`)).json().items[0];
    expect(found).toMatchObject({ channel: 'online', petitionerNames: '匿名', unitName: '德庆县纪委监委' });
    expect((await dq.post(`/api/v1/cases/${found.id}/portal-messages`, { body: '请补充工程的具体位置和时间。' })).statusCode).toBe(200);

    const again = (await query(queryCode, queryPassword)).json();
    expect(again.messages).toEqual([expect.objectContaining({ sender: 'office', body: '请补充工程的具体位置和时间。' })]);
    const token = again.token;
    expect((await post('/api/v1/portal/messages', { body: '位置在新圩村委会门口至村小学段，2026年9月施工。' }, { 'x-portal-token': token })).statusCode).toBe(200);
    const m = multipartFile('现场照片.png', SAMPLE_PNG);
    const up = await t.app.inject({ method: 'POST', url: '/api/v1/portal/files', payload: m.payload, headers: { ...m.headers, 'x-portal-token': token } });
    expect(up.statusCode, up.body).toBe(201);
    const office = (await dq.get(`/api/v1/cases/${found.id}/portal-messages`)).json().items;
    expect(office.map((x: { sender: string }) => x.sender)).toEqual(['office', 'petitioner', 'petitioner']);
    expect((await dq.get(`/api/v1/cases/${found.id}`)).json().attachments[0].fileName).toBe('现场照片.png');
    // Internal opinions never reach the portal.
    await act(found.id, 'dq_registrar', 'propose', { opinion: '内部意见：请核查李明' });
    expect(JSON.stringify((await query(queryCode, queryPassword)).json())).not.toContain('内部意见');
  });

  it('answers a wrong password and an unknown code alike, and locks a code after five failures', async () => {
    const { queryCode, queryPassword } = (await submit({ title: '举报某事项用于锁定测试', content: '这是一个用于测试查询锁定的举报内容，内容足够长。' })).json();
    const wrong = await query(queryCode, 'WRONG123');
    const unknown = await query('ABCD-EFGH-JKMN-PQRS-TVWX', 'WRONG123');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().error.message).toBe(unknown.json().error.message);
    for (let i = 0; i < 4; i++) await query(queryCode, 'WRONG123');
    const locked = await query(queryCode, queryPassword);
    expect(locked.statusCode).toBe(423);
    expect(locked.json().error.message).toContain('暂停查询');
    for (let i = 0; i < 4; i++) await query('ABCD-EFGH-JKMN-PQRS-TVWX', 'WRONG123');
    expect((await query('ABCD-EFGH-JKMN-PQRS-TVWX', 'WRONG123')).statusCode).toBe(423); // unknown codes lock alike
  });

  it('lets a real-name petitioner rate 不满意 (the unit heads are told) and ask for a 复查 within the limit', async () => {
    const res = await submit({
      pipeline: 'government',
      nature: 'claim',
      anonymous: false,
      petitioner: { name: '王秀英', phones: ['13953200001'], address: '山东省青岛市胶州市中云街道西宋村' },
      accused: [],
      matterRegionCode: '370281002',
      categoryCode: '0201',
      title: '反映装置件厂拖欠工资',
      content: '胶州市装置件厂拖欠工人工资三个月，请求帮助解决。',
      password: 'wang2026',
    });
    expect(res.statusCode, res.body).toBe(201);
    const { queryCode } = res.json();
    expect(res.json().queryPassword).toBe('wang2026');
    // A town matter of 胶州 with no labour department in the tree: routing files it with 胶州市信访局.
    const jz = await login(t, 'jz_registrar');
    const found = (await jz.get(`/api/v1/cases?q=${encodeURIComponent('拖欠工资')}`)).json().items[0];
    expect(found.unitName).toBe('胶州市信访局');
    const id = found.id;
    await act(id, 'jz_registrar', 'propose', { opinion: '督促企业支付' });
    await act(id, 'jz_leader', 'instruct', { instruction: '同意' });
    await act(id, 'jz_registrar', 'accept');
    await act(id, 'jz_unithead', 'startHandling');
    await act(id, 'jz_unithead', 'submitConclusion', { report: '企业承诺月底前支付。', finding: 'true' });
    await act(id, 'jz_unithead', 'approveConclusion');
    await act(id, 'jz_registrar', 'reply', { opinion: '已督促企业于月底前支付拖欠工资。' });

    const view = (await query(queryCode, 'wang2026')).json();
    expect(view.status).toBe('已答复');
    expect(view.canEvaluate).toBe(true);
    expect(view.notices.map((n: { title: string }) => n.title)).toEqual(expect.arrayContaining(['受理告知书', '处理意见书（答复）']));
    const html = await t.app.inject({ method: 'GET', url: `/api/v1/portal/notices/${view.notices.at(-1).id}?token=${encodeURIComponent(view.token)}` });
    expect(html.body).toContain('已督促企业于月底前支付拖欠工资');
    expect((await post('/api/v1/portal/evaluation', { evaluation: 'dissatisfied', comment: '到现在还没发' }, { 'x-portal-token': view.token })).statusCode).toBe(200);
    const head = await login(t, 'jz_unithead');
    const bell = (await head.get('/api/v1/notifications')).json().items;
    expect(bell.some((n: { title: string }) => n.title.includes('不满意'))).toBe(true);

    const after = (await query(queryCode, 'wang2026')).json();
    expect(after).toMatchObject({ evaluation: '不满意', canEvaluate: false, canRequestReview: true });
    expect((await post('/api/v1/portal/review', { reason: '企业至今未支付，请求复查' }, { 'x-portal-token': after.token })).statusCode).toBe(200);
    const trail = (await jz.get(`/api/v1/cases/${id}/trail`)).json();
    expect(trail.events.at(-1)).toMatchObject({ action: 'reviewRequestedOnline', opinion: '企业至今未支付，请求复查' });
  });
});

describe('public information', () => {
  it('publishes the coming weeks of leader reception', async () => {
    const leader = await login(t, 'zy_leader');
    const me = (await leader.get('/api/v1/auth/me')).json();
    const add = await leader.post('/api/v1/reception-slots', { unitId: me.unit.id, day: '2026-12-02', timeRange: '09:00-12:00', leaderUserId: me.user.id, place: '中云街道群众来访接待室' });
    expect(add.statusCode, add.body).toBe(201);
    const info = (await t.app.inject({ method: 'GET', url: '/api/v1/portal/info' })).json();
    expect(info.reception[0]).toMatchObject({ unitName: '中云街道办事处', leaderName: '唐书记', leaderTitle: '中云街道党工委书记', place: '中云街道群众来访接待室' });
    expect(info.contacts.find((c: { name: string }) => c.name === '德庆县纪委监委')).toMatchObject({ phone: '12388' });
  });
});

describe('public reference data', () => {
  it('serves regions and categories to the portal without signing in', async () => {
    const provinces = (await t.app.inject({ method: 'GET', url: '/api/v1/portal/regions/100000/children' })).json().items;
    expect(provinces.find((p: { code: string }) => p.code === '440000')).toMatchObject({ name: '广东省', hasChildren: true });
    const towns = (await t.app.inject({ method: 'GET', url: '/api/v1/portal/regions/441226/children' })).json().items;
    expect(towns.map((x: { name: string }) => x.name)).toContain('新圩镇');
    const cats = (await t.app.inject({ method: 'GET', url: '/api/v1/portal/categories' })).json();
    expect(cats.discipline.length).toBeGreaterThan(5);
  });
});
