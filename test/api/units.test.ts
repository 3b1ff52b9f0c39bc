import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../src/db/index.js';
import { buildRegistration } from '../support/factories.js';
import { login, startApp, unitId, type Client, type TestApp } from '../support/harness.js';

let t: TestApp;
let admin: Client;
let county: string;
beforeAll(async () => {
  t = await startApp();
  admin = await login(t, 'dq_admin');
  county = await unitId(t, 'DQ441226');
});
afterAll(() => t.close());

const station = (code: string, regionCode = '441226101') => ({ parentId: county, name: `${code}工作站`, code, level: 'town', kind: 'townOffice', regionCode });

describe('unit administration', () => {
  it('lists the caller’s subtree with region names', async () => {
    const items = (await admin.get('/api/v1/units')).json().items as { name: string; regionName: string | null }[];
    expect(items[0]!.name).toBe('德庆县纪委监委');
    expect(items[0]!.regionName).toBe('广东省肇庆市德庆县');
    expect(items.some((u) => u.name === '悦城镇群众工作站')).toBe(true);
    expect(items).toHaveLength(14);
  });

  it('creates, edits with a version check, and keeps the history', async () => {
    const created = (await admin.post('/api/v1/units', station('DQS1'))).json();
    const edited = await admin.put(`/api/v1/units/${created.id}`, { ...station('DQS1'), parentId: undefined, name: '新圩镇第二工作站', version: 1 });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().version).toBe(2);
    const stale = await admin.put(`/api/v1/units/${created.id}`, { ...station('DQS1'), parentId: undefined, name: '过期的修改', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.message).toContain('已被他人修改');
    const history = (await admin.get(`/api/v1/units/${created.id}/history`)).json().items;
    expect(history.map((h: { action: string }) => h.action)).toEqual(['unit.update', 'unit.create']);
    expect(history[0].detail.changes.name).toEqual(['DQS1工作站', '新圩镇第二工作站']);
  });

  it('refuses a unit whose region or level does not fit under its parent', async () => {
    const res = await admin.post('/api/v1/units', { ...station('DQS2'), level: 'city', kind: 'discipline', regionCode: '441200' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe('下级单位的层级不能高于上级单位');
    const res2 = await admin.post('/api/v1/units', station('DQS3', '370281002'));
    expect(res2.json().error.message).toContain('行政区划必须在上级单位');
  });

  it('moves a unit with its whole subtree and refuses a move under itself', async () => {
    const a = (await admin.post('/api/v1/units', station('DQA'))).json();
    const b = (await admin.post('/api/v1/units', { ...station('DQB'), parentId: a.id })).json();
    const c = (await admin.post('/api/v1/units', { ...station('DQC'), parentId: b.id, level: 'village', kind: 'villageCommittee' })).json();
    const cycle = await admin.post(`/api/v1/units/${a.id}/move`, { parentId: c.id, version: a.version, reason: '测试循环' });
    expect(cycle.statusCode).toBe(400);
    expect(cycle.json().error.message).toContain('下级单位之下');
    const town = await unitId(t, 'DQ101');
    const moved = await admin.post(`/api/v1/units/${b.id}/move`, { parentId: town, version: b.version, reason: '划归新圩镇' });
    expect(moved.statusCode, moved.body).toBe(200);
    const [row] = await rowsOf<{ path: string; depth: number }>(t.database.db.execute(sql`select path, depth from unit where id = ${c.id}`));
    expect(row!.path).toMatch(new RegExp(`/${town}/${b.id}/${c.id}/$`));
    expect(row!.depth).toBe(7); // 全国 → 中央纪委 → 广东 → 肇庆 → 德庆 → 新圩 → b → c
    // The short path follows the path, one number per unit of the chain (an admin below the root moved it).
    const shortOf = async (id: string) =>
      (await rowsOf<{ s: string; n: number }>(t.database.db.execute(sql`select short_path s, short_id n from unit where id = ${id}`)))[0]!;
    const [townShort, bShort, cShort] = [await shortOf(town), await shortOf(b.id), await shortOf(c.id)];
    expect(cShort.s).toBe(`${townShort.s}${bShort.n}/${cShort.n}/`);
    expect(cShort.s.split('/').filter(Boolean)).toHaveLength(8);
  });

  it('deactivates a unit and keeps its records; refuses while children are active', async () => {
    const p = (await admin.post('/api/v1/units', station('DQP'))).json();
    const ch = (await admin.post('/api/v1/units', { ...station('DQPC'), parentId: p.id, level: 'village', kind: 'villageCommittee' })).json();
    const refused = await admin.post(`/api/v1/units/${p.id}/active`, { active: false, version: p.version, reason: '撤并' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toContain('下级单位');
    expect((await admin.post(`/api/v1/units/${ch.id}/active`, { active: false, version: ch.version, reason: '撤并' })).statusCode).toBe(200);
    const off = await admin.post(`/api/v1/units/${p.id}/active`, { active: false, version: p.version, reason: '撤并' });
    expect(off.statusCode).toBe(200);
    expect(off.json().active).toBe(false);
    const again = (await admin.get(`/api/v1/units/${p.id}`)).json();
    expect(again.name).toBe('DQP工作站');
    const under = await admin.post('/api/v1/units', { ...station('DQPX'), parentId: p.id, level: 'village', kind: 'villageCommittee' });
    expect(under.json().error.message).toContain('已停用');
  });

  it('does not let an admin move or deactivate their own unit', async () => {
    const res = await admin.post(`/api/v1/units/${county}/active`, { active: false, version: 1, reason: '测试' });
    expect(res.statusCode).toBe(403);
  });

  it('keeps a registrar from managing units', async () => {
    const reg = await login(t, 'dq_registrar');
    const res = await reg.post('/api/v1/units', station('DQR'));
    expect(res.statusCode).toBe(403);
    expect(res.json().error.message).toBe('您无权执行此操作');
  });
});

describe('moving a unit that has records', () => {
  it('takes its cases along: the new parent chain sees them, the old one no longer does', async () => {
    const town = await login(t, 'dc_handler');
    const filed = await town.post('/api/v1/cases', buildRegistration({ title: '随单位调整的信访件' }));
    expect(filed.statusCode, filed.body).toBe(201);
    const caseId = filed.json().case.id as string;
    const dq = await login(t, 'dq_registrar');
    expect((await dq.get(`/api/v1/cases/${caseId}`)).statusCode).toBe(200);

    const central = await login(t, 'admin');
    const dc = (await central.get('/api/v1/units')).json().items.find((u: { name: string }) => u.name === '德城街道群众工作站');
    const zq = await unitId(t, 'ZQ4412');
    const moved = await central.post(`/api/v1/units/${dc.id}/move`, { parentId: zq, version: dc.version, reason: '调整为市直管' });
    expect(moved.statusCode, moved.body).toBe(200);

    const [row] = await rowsOf<{ unit_path: string; path: string }>(
      t.database.db.execute(sql`select c.unit_path, u.path from cases c join unit u on u.id = c.unit_id where c.id = ${caseId}`),
    );
    expect(row!.unit_path).toBe(row!.path);
    // Its repeat keys carry the unit's new short path, under the city's: the city's registrars are offered it as a
    // repeat, the county's no longer.
    const [keys] = await rowsOf<{ paths: string[]; unit: string; city: string }>(
      t.database.db.execute(sql`select array_agg(distinct r.unit_short_path) paths, (select short_path from unit where id = ${dc.id}) unit,
        (select short_path from unit where id = ${zq}) city from repeat_key r where r.case_id = ${caseId}`),
    );
    expect(keys!.paths).toEqual([keys!.unit]);
    expect(keys!.unit.startsWith(keys!.city)).toBe(true);
    const offered = async (user: string) => {
      const again = await (await login(t, user)).post('/api/v1/cases', buildRegistration({ title: '再次反映随单位调整的信访件' }));
      expect(again.statusCode, again.body).toBe(201);
      return again.json().repeatCandidates.map((c: { caseId: string }) => c.caseId);
    };
    expect(await offered('zq_registrar')).toContain(caseId);
    expect(await offered('dq_registrar')).not.toContain(caseId);
    expect((await (await login(t, 'dq_registrar')).get(`/api/v1/cases/${caseId}`)).statusCode).toBe(404);
    expect((await (await login(t, 'zq_registrar')).get(`/api/v1/cases/${caseId}`)).statusCode).toBe(200);
    expect((await (await login(t, 'dc_handler')).get(`/api/v1/cases/${caseId}`)).statusCode).toBe(200);
  });
});
