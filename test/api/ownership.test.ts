import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../src/db/index.js';
import { runRiskFlags } from '../../src/services/risks/flags.js';
import { buildRegistration } from '../support/factories.js';
import { login, startApp, unitId, userId, type Client, type TestApp } from '../support/harness.js';

/**
 * 领导包案: the street office puts leaders in charge of a key risk, a case, a key person and a village with the
 * four 定; each leader's page lists what they own with deadline lights; 化解率 per leader; a 重大 risk's missed
 * progress day goes to the leader who owns it. The clock starts Monday 2026-11-30.
 */
let t: TestApp;
let head: Client;
const ids = { leader: '', countyLeader: '', handler: '', xisong: '', guojiazhuang: '', risk: '', case: '' };
const fixes = { assignedPerson: '袁联络', responsibility: '街道党工委书记负总责，村支书具体落实', measures: '每周入户一次，公开补偿明细', goal: '息诉罢访，不发生越级访', targetDate: '2026-12-10' };
const own = (c: Client, body: Record<string, unknown>) => c.post('/api/v1/ownerships', { ...fixes, leaderUserId: ids.leader, ...body });
const at = (iso: string) => {
  t.clock.now = new Date(iso);
};

beforeAll(async () => {
  t = await startApp();
  head = await login(t, 'zy_unithead');
  ids.leader = await userId(t, 'zy_leader');
  ids.countyLeader = await userId(t, 'jz_leader');
  ids.handler = await userId(t, 'zy_handler');
  ids.xisong = await unitId(t, 'ZYV02');
  ids.guojiazhuang = await unitId(t, 'ZYV05');
  const liaison = await login(t, 'xs_liaison');
  const filed = await liaison.post('/api/v1/risk-reports', {
    nil: false,
    risks: [{ description: '西宋村十余户村民对征地补偿分配有意见，酝酿集体上访', peopleCount: 12, category: 'landAndHousing', level: 'critical', measures: '逐户走访', responsiblePerson: '袁联络', deadline: '2026-12-15', status: 'mediating' }],
  });
  ids.risk = filed.json().risks[0];
  const reg = await (await login(t, 'zy_registrar')).post(
    '/api/v1/cases',
    buildRegistration({ pipeline: 'government', nature: 'claim', categoryCode: '0201', matterRegionCode: '370281002', channel: 'visit', accused: [], title: '反映装置件厂拖欠退休工资', summary: '装置件厂拖欠退休职工工资一年多。', content: '胶州市装置件厂拖欠退休职工崔某等人退休工资一年多，多次反映未果。' }),
  );
  ids.case = reg.json().case.id;
});
afterAll(() => t.close());

describe('包案 with the four 定', () => {
  it('assigns a leader to a risk, a case, a key person and a village', async () => {
    const risk = await own(head, { kind: 'risk', objectId: ids.risk });
    expect(risk.statusCode, risk.body).toBe(201);
    expect(risk.json()).toMatchObject({ kind: 'risk', leaderName: '唐书记', objectLabel: '西宋村十余户村民对征地补偿分配有意见，酝酿集体上访', unitId: ids.xisong, startedOn: '2026-11-30', status: 'active', ...fixes });
    expect((await own(head, { kind: 'case', objectId: ids.case, targetDate: '2027-01-29' })).json().objectLabel).toMatch(/反映装置件厂拖欠退休工资$/);
    expect((await own(head, { kind: 'keyPerson', objectId: ids.guojiazhuang, personLabel: '郭某某' })).json().objectLabel).toBe('郭某某（郭家庄村）');
    expect((await own(head, { kind: 'village', objectId: ids.xisong, targetDate: '2026-12-31' })).json()).toMatchObject({ kind: 'village', objectLabel: '西宋村' });
  });

  it('refuses what is incomplete, doubled or not a leader, in Chinese', async () => {
    const missing = await own(head, { kind: 'keyPerson', objectId: ids.xisong, personLabel: '王某', goal: ' ' });
    expect(missing.statusCode).toBe(400);
    const dup = await own(head, { kind: 'risk', objectId: ids.risk });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.message).toBe('该事项已有领导包案，不能重复包案');
    const notLeader = await own(head, { kind: 'keyPerson', objectId: ids.xisong, personLabel: '王某', leaderUserId: ids.handler });
    expect(notLeader.json().error.message).toContain('包案领导须是');
    const wrongKind = await own(head, { kind: 'enterprise', objectId: ids.xisong });
    expect(wrongKind.json().error.message).toBe('包企业须选择企业');
    const early = await own(head, { kind: 'keyPerson', objectId: ids.xisong, personLabel: '王某', targetDate: '2026-11-01' });
    expect(early.json().error.fields).toEqual([{ field: 'targetDate', message: '目标日期不能早于包案之日' }]);
    // A leader of the county above is out of the street office's reach.
    expect((await own(head, { kind: 'keyPerson', objectId: ids.xisong, personLabel: '王某', leaderUserId: ids.countyLeader })).statusCode).toBe(400);
  });

  it('the liaison neither sees nor assigns ownership; another county sees none of it', async () => {
    const liaison = await login(t, 'xs_liaison');
    expect((await liaison.get('/api/v1/ownerships')).statusCode).toBe(403);
    expect((await (await login(t, 'dq_leader')).get('/api/v1/ownerships')).json().items).toEqual([]);
  });
});

describe("a leader's page", () => {
  const lights = async () => {
    const items = (await (await login(t, 'zy_leader')).get('/api/v1/ownerships/mine')).json().items as { kind: string; light: string | null }[];
    return Object.fromEntries(items.map((i) => [i.kind, i.light]));
  };

  it('lists what the leader owns with deadline lights that turn as the target nears and passes', async () => {
    expect(await lights()).toEqual({ risk: 'green', keyPerson: 'green', case: 'green', village: null });
    at('2026-12-08T02:00:00Z');
    expect((await lights()).risk).toBe('yellow');
    at('2026-12-11T02:00:00Z');
    expect(await lights()).toMatchObject({ risk: 'red', keyPerson: 'red', case: 'green' });
  });

  it('records progress and resolves with how, which counts in 化解率', async () => {
    const leader = await login(t, 'zy_leader');
    const mine = (await leader.get('/api/v1/ownerships/mine')).json().items as { id: string; kind: string; version: number }[];
    const person = mine.find((i) => i.kind === 'keyPerson')!;
    expect((await leader.post(`/api/v1/ownerships/${person.id}/progress`, { note: '上门谈心，解决其子女就业' })).statusCode).toBe(201);
    const bare = await leader.post(`/api/v1/ownerships/${person.id}/resolve`, { resolution: '好', version: person.version });
    expect(bare.statusCode).toBe(400);
    const done = await leader.post(`/api/v1/ownerships/${person.id}/resolve`, { resolution: '子女已就业，本人书面承诺息诉罢访', version: person.version });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: 'resolved', resolvedOn: '2026-12-11', light: null });
    const detail = (await leader.get(`/api/v1/ownerships/${person.id}`)).json();
    expect(detail.progress.map((p: { note: string }) => p.note)).toEqual(['上门谈心，解决其子女就业']);
    const village = mine.find((i) => i.kind === 'village')!;
    expect((await leader.post(`/api/v1/ownerships/${village.id}/resolve`, { resolution: '长期包村不作化解', version: village.version })).statusCode).toBe(409);

    const rates = (await (await login(t, 'zy_unithead')).get('/api/v1/ownerships/rates')).json().items;
    // 3 resolvable matters owned (risk, case, key person), 1 resolved, after its target date.
    expect(rates).toEqual([{ leaderUserId: ids.leader, leaderName: '唐书记', targeted: 3, resolved: 1, resolvedOnTime: 0, rate: { numerator: 1, denominator: 3, rate: 1 / 3 } }]);
  });
});

describe('a 重大 risk without progress', () => {
  it('escalates to the leader who owns it', async () => {
    // The county bureau makes its own director the owner of a second key risk of 西宋村.
    const county = await login(t, 'jz_unithead');
    const liaison = await login(t, 'xs_liaison');
    const filed = await liaison.post('/api/v1/risk-reports', {
      nil: false,
      risks: [{ description: '再生胶厂职工反映安置费未落实，扬言到市里上访', peopleCount: 30, category: 'enterpriseRestructuring', level: 'critical', measures: '清算组逐人核对安置费', responsiblePerson: '袁联络', deadline: '2026-12-31', status: 'mediating' }],
    });
    expect(filed.statusCode, filed.body).toBe(201);
    const risk = filed.json().risks[0];
    expect((await own(county, { kind: 'risk', objectId: risk, leaderUserId: ids.countyLeader, targetDate: '2026-12-31' })).statusCode).toBe(201);
    at('2026-12-14T02:00:00Z');
    await runRiskFlags(t.database, t.clock.now);
    const titles = async (name: string) => ((await (await login(t, name)).get('/api/v1/notifications')).json().items as { kind: string; title: string }[]).filter((n) => n.kind === 'riskProgressMissed').map((n) => n.title);
    expect((await titles('jz_leader')).sort()).toEqual(['重大隐患 2026-12-12 未报进展：西宋村', '重大隐患 2026-12-13 未报进展：西宋村']);
    // The first risk is owned by the street office's secretary: its missed days go to him, the second's do not.
    const delivered = async (user: string, riskId: string) =>
      (await rowsOf<{ n: number }>(t.database.db.execute(sql`select count(*)::int n from notification where user_id = ${user} and dedupe_key like ${`risk.progress:${riskId}:%`}`)))[0]!.n;
    expect(await delivered(ids.leader, ids.risk)).toBe(13); // 12-01 … 12-13
    expect(await delivered(ids.leader, risk)).toBe(0);
    expect(await delivered(ids.countyLeader, ids.risk)).toBe(0);
  });

  it('goes to the leader who owns the village or enterprise when nobody owns the risk, else to the town\'s leaders', async () => {
    const deputy = await userId(t, 'zy_deputy');
    const fenjin = await unitId(t, 'ZYV10');
    // 宋副主任 owns 奋进鞋业 for good (包企业); 郭家庄村 has only a key person owned, which does not count.
    head = await login(t, 'zy_unithead');
    expect((await own(head, { kind: 'enterprise', objectId: fenjin, leaderUserId: deputy, targetDate: '2026-12-31' })).statusCode).toBe(201);
    const file = async (username: string, description: string) => {
      const res = await (await login(t, username)).post('/api/v1/risk-reports', {
        nil: false,
        risks: [{ description, peopleCount: 20, category: 'wagesAndPensions', level: 'critical', measures: '逐人核对', responsiblePerson: '联络员', deadline: '2026-12-31', status: 'mediating' }],
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json().risks[0] as string;
    };
    const inEnterprise = await file('fj_liaison', '奋进鞋业 20 名职工反映加班费未发放');
    const inVillage = await file('gjz_liaison', '郭家庄村 20 户村民反映拆迁安置房迟迟未交付');
    at('2026-12-17T02:00:00Z');
    await runRiskFlags(t.database, t.clock.now);
    const delivered = async (user: string, riskId: string) =>
      (await rowsOf<{ n: number }>(t.database.db.execute(sql`select count(*)::int n from notification where user_id = ${user} and dedupe_key like ${`risk.progress:${riskId}:%`}`)))[0]!.n;
    // 12-15 and 12-16 went without progress.
    expect([await delivered(deputy, inEnterprise), await delivered(ids.leader, inEnterprise)]).toEqual([2, 0]);
    expect([await delivered(deputy, inVillage), await delivered(ids.leader, inVillage)]).toEqual([2, 2]);
  });
});
