import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../src/db/index.js';
import { login, startApp, unitId, type Client, type TestApp } from '../support/harness.js';

let t: TestApp;
let admin: Client;
let parentId: string;
beforeAll(async () => {
  t = await startApp();
  admin = await login(t, 'dq_admin');
  parentId = await unitId(t, 'DQ441226');
});
afterAll(() => t.close());

const units = async () => (await rowsOf<{ n: number }>(t.database.db.execute(sql`select count(*)::int n from unit`)))[0]!.n;
const raw = (payload: string, contentType = 'application/json') =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/units',
    payload,
    headers: { 'content-type': contentType, cookie: `xf_session=${admin.cookie}`, 'x-csrf-token': admin.csrf },
  });
const good = () => ({ parentId, name: '测试工作站', code: 'DQBAD1', level: 'town', kind: 'townOffice', regionCode: '441226102' });

describe('bad input gets a 4xx with a Chinese message naming the field, and saves nothing', () => {
  it('malformed JSON', async () => {
    const before = await units();
    const res = await raw('{"name": "x",');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe('请求内容不是有效的 JSON');
    expect(await units()).toBe(before);
  });

  it('wrong types, missing and unknown fields', async () => {
    const before = await units();
    const res = await admin.post('/api/v1/units', { ...good(), name: 42, code: undefined, colour: 'red' });
    expect(res.statusCode).toBe(400);
    const { message, fields } = res.json().error;
    expect(message).toContain('名称');
    expect(message).toContain('单位代码');
    expect(message).toContain('不允许的字段：colour');
    expect(fields.map((f: { field: string }) => f.field)).toEqual(expect.arrayContaining(['name', 'code']));
    expect(await units()).toBe(before);
  });

  it('values out of range and bad formats', async () => {
    const res = await admin.post('/api/v1/units', { ...good(), level: 'galaxy', regionCode: '12ab' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('层级');
    expect(res.json().error.message).toContain('行政区划代码应为 6、9 或 12 位数字');
  });

  it('a region code that does not exist', async () => {
    const res = await admin.post('/api/v1/units', { ...good(), regionCode: '441226999' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe('行政区划代码不存在');
  });

  it('bad ids in the path and the query', async () => {
    const res = await admin.get('/api/v1/units/not-a-uuid');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('路径参数');
    const q = await admin.get('/api/v1/users?limit=100000');
    expect(q.statusCode).toBe(400);
    expect(q.json().error.message).toContain('每页条数');
  });

  it('oversized bodies', async () => {
    const res = await raw(JSON.stringify({ ...good(), address: 'x'.repeat(2_000_000) }));
    expect(res.statusCode).toBe(413);
    expect(res.json().error.message).toBe('请求内容过大');
  });

  it('a body that is not JSON', async () => {
    const res = await raw('name=x', 'application/x-www-form-urlencoded');
    expect(res.statusCode).toBe(415);
    expect(res.json().error.message).toContain('不支持');
  });

  it('bad cookies', async () => {
    for (const cookie of ['xf_session=', 'xf_session=%%%', 'garbage', 'xf_session=' + 'a'.repeat(5000)]) {
      const res = await t.app.inject({ method: 'GET', url: '/api/v1/units', headers: { cookie } });
      expect(res.statusCode, cookie).toBe(401);
      expect(res.json().error.message).toMatch(/登录/);
    }
  });

  it('an unknown route', async () => {
    const res = await admin.get('/api/v1/nothing-here');
    expect(res.statusCode).toBe(404);
    expect(res.json().error.message).toContain('接口不存在');
  });

  it('a duplicate unit code is a conflict, and the first unit stays', async () => {
    expect((await admin.post('/api/v1/units', good())).statusCode).toBe(201);
    const again = await admin.post('/api/v1/units', { ...good(), name: '另一个站' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toContain('DQBAD1');
    const rows = await rowsOf<{ name: string }>(t.database.db.execute(sql`select name from unit where code = 'DQBAD1'`));
    expect(rows).toEqual([{ name: '测试工作站' }]);
  });

  it('a duplicate code held outside the caller’s scope is still a clear conflict', async () => {
    const res = await admin.post('/api/v1/units', { ...good(), code: 'FK441225' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toMatch(/已被使用/);
  });
});
