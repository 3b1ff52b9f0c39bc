import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { casesRepository, LIST_COUNT_CAP } from '../../src/db/index.js';
import { buildRegistration } from '../support/factories.js';
import { login, startApp, type Client, type TestApp } from '../support/harness.js';

let t: TestApp;
let reg: Client;
const ids: Record<string, string> = {};
beforeAll(async () => {
  t = await startApp();
  reg = await login(t, 'dq_registrar');
  const add = async (key: string, o: Parameters<typeof buildRegistration>[0]) => {
    const r = await reg.post('/api/v1/cases', buildRegistration(o));
    if (r.statusCode !== 201) throw new Error(r.body);
    ids[key] = r.json().case.id;
  };
  await add('gift', {});
  await add('road', {
    channel: 'phone',
    callerNumber: '13711112222',
    receivedOn: '2026-11-25',
    matterRegionCode: '441226111',
    categoryCode: '012401',
    petitioners: [{ name: '何强', phones: ['13711112222'] }],
    accused: [{ name: '陈某', unit: '德庆县播植镇人民政府', position: '镇长', rank: 'section' }],
    title: '反映播植镇修路工程偷工减料',
    summary: '播植镇村道硬化工程偷工减料，路面半年就开裂。',
    content: '播植镇村道硬化工程偷工减料，水泥标号不够，路面半年就开裂，群众意见很大。',
  });
  await add('group', { channel: 'visit', headcount: 6, petitioners: [{ name: '甲', isRepresentative: true, phones: ['13700000001'] }], accused: [{ name: '黄某', unit: '德庆县悦城镇人民政府', position: '副镇长', rank: 'general' }] });
});
afterAll(() => t.close());

const list = async (qs: string) => {
  const res = await reg.get(`/api/v1/cases?${qs}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { items: { id: string; title: string }[]; total: number };
};

describe('case lists', () => {
  it('searches Chinese full text in title, summary and content', async () => {
    expect((await list(`q=${encodeURIComponent('偷工减料')}`)).items.map((c) => c.id)).toEqual([ids.road]);
    expect((await list(`q=${encodeURIComponent('水泥标号')}`)).items.map((c) => c.id)).toEqual([ids.road]); // only in the content
    expect((await list(`q=${encodeURIComponent('不存在的词语')}`)).total).toBe(0);
  });

  it('filters by channel, region (with its towns), category subtree, rank, dates and flags', async () => {
    expect((await list('channel=phone')).items.map((c) => c.id)).toEqual([ids.road]);
    expect((await list('matterRegionCode=441226111')).items.map((c) => c.id)).toEqual([ids.road]);
    expect((await list('matterRegionCode=441226')).total).toBe(3);
    expect((await list('pipeline=discipline&categoryCode=0124')).items.map((c) => c.id)).toEqual([ids.road]);
    expect((await list('rank=general')).items.map((c) => c.id)).toEqual([ids.group]);
    expect((await list('from=2026-11-26')).total).toBe(2);
    expect((await list('groupVisit=true')).items.map((c) => c.id)).toEqual([ids.group]);
  });

  it('sorts and pages on the server', async () => {
    const asc = await list('sort=receivedOn&order=asc&limit=1');
    expect(asc.items[0]!.id).toBe(ids.road);
    expect(asc.total).toBe(3);
    const second = await list('sort=receivedOn&order=asc&limit=1&offset=1');
    expect(second.items[0]!.id).not.toBe(ids.road);
  });

  it('asks for the pipeline when filtering by category, in Chinese', async () => {
    const res = await reg.get('/api/v1/cases?categoryCode=0124');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('业务类型');
  });

  it('counts the work queues of the caller’s unit', async () => {
    const queues = (await reg.get('/api/v1/cases/queues')).json().items as { queue: string; label: string; count: number }[];
    expect(queues.find((q) => q.queue === 'toPropose')).toMatchObject({ label: '待拟办', count: 3 });
    const trail = (await reg.get(`/api/v1/cases/${ids.gift}/trail`)).json();
    await reg.post(`/api/v1/cases/${ids.gift}/actions/propose`, { version: trail.version, payload: { opinion: '拟交核查' } });
    const leader = await login(t, 'dq_leader');
    const lq = (await leader.get('/api/v1/cases/queues')).json().items;
    expect(lq.find((q: { queue: string }) => q.queue === 'toInstruct').count).toBe(1);
    expect((await leader.get('/api/v1/cases?queue=toInstruct')).json().items.map((c: { id: string }) => c.id)).toEqual([ids.gift]);
  });

  it('counts exactly up to a cap and then says there are more (the list screen shows 超过 N 件)', async () => {
    const all = await list('limit=1');
    expect(all).toMatchObject({ total: 3, totalCapped: false });
    const filter = { unitPath: '/', today: '2026-11-30' };
    const capped = await t.database.db.transaction((tx) => casesRepository.list(tx, filter, 1, 0, 2));
    expect(capped).toMatchObject({ total: 2, totalCapped: true });
    expect(capped.rows).toHaveLength(1);
    const exact = await t.database.db.transaction((tx) => casesRepository.list(tx, filter, 1, 0, 3));
    expect(exact).toMatchObject({ total: 3, totalCapped: false });
  });

  it('gives the planner’s estimate, said to be one, when a long list is not counted, and counts a last page exactly', async () => {
    const filter = { unitPath: '/', today: '2026-11-30' };
    const estimated = await t.database.db.transaction((tx) => casesRepository.list(tx, filter, 1, 0, LIST_COUNT_CAP, 0));
    expect(estimated).toMatchObject({ totalEstimated: true, totalCapped: false });
    expect(estimated.rows).toHaveLength(1);
    expect(estimated.total).toBeGreaterThan(1); // a full page: at least one more
    const last = await t.database.db.transaction((tx) => casesRepository.list(tx, filter, 50, 0, LIST_COUNT_CAP, 0));
    expect(last).toMatchObject({ totalEstimated: false, total: last.rows.length });
    // Through the API a short list is counted exactly and says so.
    expect(await list('limit=1')).toMatchObject({ total: 3, totalEstimated: false });
  });

  it('lists one unit’s own cases in order, sorted by due date or newest first (the one-unit index path)', async () => {
    const dq = (await reg.get('/api/v1/auth/me')).json().unit.id as string;
    const all = (await list('limit=100')).items;
    const own = await list(`unitId=${dq}&unitOnly=true&limit=100`);
    expect(own.items.map((c) => c.id)).toEqual(all.map((c) => c.id));
    const byDue = await list(`unitId=${dq}&unitOnly=true&sort=dueOn&order=asc&limit=100`);
    expect(new Set(byDue.items.map((c) => c.id))).toEqual(new Set(all.map((c) => c.id)));
  });

  it('searches the newest months first and finds older matches after them, in order across the periods', async () => {
    const add = async (title: string, receivedOn: string) => {
      const r = await reg.post('/api/v1/cases', buildRegistration({ title, content: `${title}，群众意见很大。` }));
      expect(r.statusCode, r.body).toBe(201);
      const id = r.json().case.id as string;
      await t.database.db.execute(sql`update cases set received_on = ${receivedOn} where id = ${id}`);
      return id;
    };
    const recent = await add('反映某村鱼塘承包费去向不明', '2026-11-20');
    const months = await add('反映某村鱼塘承包合同违规续签', '2026-06-03');
    const years = await add('反映某村鱼塘承包款被挪用', '2024-02-10');
    const q = `q=${encodeURIComponent('鱼塘承包')}`;
    const page = async (offset: number) => (await reg.get(`/api/v1/cases?${q}&limit=1&offset=${offset}`)).json();
    expect((await page(0)).items.map((c: { id: string }) => c.id)).toEqual([recent]);
    expect((await page(1)).items.map((c: { id: string }) => c.id)).toEqual([months]);
    expect((await page(2)).items.map((c: { id: string }) => c.id)).toEqual([years]);
    expect(await list(`${q}&limit=50`)).toMatchObject({ total: 3, totalEstimated: false });
    expect((await list(`${q}&limit=50`)).items.map((c) => c.id)).toEqual([recent, months, years]);
    // Oldest first reads every match at once.
    expect((await list(`${q}&sort=receivedOn&order=asc`)).items.map((c) => c.id)).toEqual([years, months, recent]);
    // A page filled from the last months gives an estimate of the rest, said to be one.
    expect(await page(0)).toMatchObject({ totalEstimated: true });
  });

  it('finds a case by its number typed into the search box, and nothing for a number that does not exist', async () => {
    const caseNo = (await reg.get(`/api/v1/cases/${ids.road}`)).json().caseNo as string;
    const found = await list(`q=${encodeURIComponent(` ${caseNo} `)}`);
    expect(found.items.map((c) => c.id)).toEqual([ids.road]);
    expect((await list(`q=${encodeURIComponent(caseNo.replace(/\d+$/, '999999'))}`)).total).toBe(0);
  });

  it('searches only within the caller’s subtree, however the search is run', async () => {
    const fk = await login(t, 'fk_registrar');
    const other = await fk.post('/api/v1/cases', buildRegistration({ title: '反映封开县某局挪用扶贫资金', content: '封开县某局挪用扶贫资金用于修建办公楼，群众反映强烈。', matterRegionCode: '441225101' }));
    expect(other.statusCode, other.body).toBe(201);
    const q = `q=${encodeURIComponent('挪用扶贫')}`;
    expect(await list(q)).toMatchObject({ total: 0, items: [] }); // 德庆 does not see 封开
    const city = (await (await login(t, 'zq_registrar')).get(`/api/v1/cases?${q}`)).json();
    expect(city.items.map((c: { id: string }) => c.id)).toEqual([other.json().case.id]);
    const byNumber = await list(`q=${encodeURIComponent(other.json().case.caseNo)}`);
    expect(byNumber.total).toBe(0);
  });
});
