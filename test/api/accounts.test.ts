import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../src/db/index.js';
import { Client, login, startApp, unitId, type TestApp } from '../support/harness.js';

let t: TestApp;
let admin: Client;
let county: string;
beforeAll(async () => {
  t = await startApp();
  admin = await login(t, 'dq_admin');
  county = await unitId(t, 'DQ441226');
});
afterAll(() => t.close());

describe('user administration', () => {
  it('creates a user with a temporary password shown once, stored only as an argon2id hash', async () => {
    const res = await admin.post('/api/v1/users', { username: 'dq_zhang', displayName: '张三', unitId: county, roles: ['registrar', 'handler'] });
    expect(res.statusCode, res.body).toBe(201);
    const { user, temporaryPassword } = res.json();
    expect(user.mustChangePassword).toBe(true);
    const [row] = await rowsOf<{ password_hash: string }>(t.database.db.execute(sql`select password_hash from app_user where id = ${user.id}`));
    expect(row!.password_hash).toMatch(/^\$argon2id\$/);
    expect(row!.password_hash).not.toContain(temporaryPassword);
    expect((await admin.get(`/api/v1/users/${user.id}`)).json()).not.toHaveProperty('temporaryPassword');
  });

  it('refuses an auditor who holds another role (三员分立) and a duplicate user name', async () => {
    const res = await admin.post('/api/v1/users', { username: 'dq_mix', displayName: '混合', unitId: county, roles: ['auditor', 'admin'] });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('三员分立');
    const dup = await admin.post('/api/v1/users', { username: 'DQ_ZHANG', displayName: '重名', unitId: county, roles: ['handler'] });
    expect(dup.statusCode).toBe(409);
  });

  it('resets a password: the old one stops working and sessions end', async () => {
    const victim = await login(t, 'dq_analyst');
    const id = (await victim.get('/api/v1/auth/me')).json().user.id;
    const reset = await admin.post(`/api/v1/users/${id}/reset-password`);
    expect(reset.statusCode).toBe(200);
    expect((await victim.get('/api/v1/units')).statusCode).toBe(401);
    await expect(login(t, 'dq_analyst')).rejects.toThrow('401');
    const fresh = await new Client(t.app).login('dq_analyst', reset.json().temporaryPassword);
    expect((await fresh.get('/api/v1/units')).json().error.code).toBe('passwordChangeRequired');
  });

  it('deactivates a user: their sessions end and they cannot sign in', async () => {
    const victim = await login(t, 'dq_supervisor');
    const me = (await victim.get('/api/v1/auth/me')).json().user;
    expect((await admin.post(`/api/v1/users/${me.id}/active`, { active: false, version: me.version })).statusCode).toBe(200);
    expect((await victim.get('/api/v1/auth/me')).statusCode).toBe(401);
    await expect(login(t, 'dq_supervisor')).rejects.toThrow('已停用');
  });

  it('takes a role away from a signed-in user at their next request', async () => {
    const user = await login(t, 'dq_registrar');
    const me = (await user.get('/api/v1/auth/me')).json().user;
    const empty = await user.post('/api/v1/cases', {});
    expect(empty.statusCode).toBe(400); // may register: the empty form is refused for its fields
    const res = await admin.put(`/api/v1/users/${me.id}`, { displayName: me.displayName, unitId: me.unitId, roles: ['analyst'], version: me.version });
    expect(res.statusCode, res.body).toBe(200);
    const refused = await user.post('/api/v1/cases', {});
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toBe('您无权执行此操作');
    const back = await admin.put(`/api/v1/users/${me.id}`, { displayName: me.displayName, unitId: me.unitId, roles: me.roles, version: res.json().version });
    expect(back.statusCode, back.body).toBe(200);
    expect((await user.post('/api/v1/cases', {})).statusCode).toBe(400);
  });

  it('does not let an admin remove their own admin role or deactivate themselves', async () => {
    const me = (await admin.get('/api/v1/auth/me')).json().user;
    const res = await admin.put(`/api/v1/users/${me.id}`, { displayName: me.displayName, unitId: county, roles: ['registrar'], version: me.version });
    expect(res.statusCode).toBe(403);
    expect((await admin.post(`/api/v1/users/${me.id}/active`, { active: false, version: me.version })).statusCode).toBe(403);
  });
});

describe('API tokens', () => {
  it('authenticates with a hashed, scoped token, records its last use, and stops after revocation', async () => {
    const created = await admin.post('/api/v1/tokens', { name: '县平台对接', unitId: county, permissions: ['unit.read'] });
    expect(created.statusCode, created.body).toBe(201);
    const { secret, token } = created.json();
    const [row] = await rowsOf<{ token_hash: string }>(t.database.db.execute(sql`select token_hash from api_token where id = ${token.id}`));
    expect(row!.token_hash).not.toContain(secret);
    const bearer = { authorization: `Bearer ${secret}` };
    const units = await t.app.inject({ method: 'GET', url: '/api/v1/units', headers: bearer });
    expect(units.statusCode).toBe(200);
    expect(units.json().items.every((u: { regionCode: string }) => u.regionCode.startsWith('441226'))).toBe(true);
    const notAllowed = await t.app.inject({ method: 'GET', url: '/api/v1/users', headers: bearer });
    expect(notAllowed.statusCode).toBe(403);
    const listed = (await admin.get('/api/v1/tokens')).json().items.find((x: { id: string }) => x.id === token.id);
    expect(listed.lastUsedAt).not.toBeNull();
    expect((await admin.post(`/api/v1/tokens/${token.id}/revoke`)).statusCode).toBe(200);
    const after = await t.app.inject({ method: 'GET', url: '/api/v1/units', headers: bearer });
    expect(after.statusCode).toBe(401);
    expect(after.json().error.message).toContain('吊销');
  });

  it('never grants account or audit permissions to a token', async () => {
    const res = await admin.post('/api/v1/tokens', { name: '越权令牌', unitId: county, permissions: ['user.manage'] });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('不能授予');
  });
});

describe('the audit trail', () => {
  it('records every write with who, unit, object, time and address', async () => {
    const auditor = await login(t, 'dq_auditor');
    const res = await auditor.get('/api/v1/audit?action=user.create');
    expect(res.statusCode).toBe(200);
    const e = res.json().items[0];
    expect(e).toMatchObject({ actorName: '德庆管理员', action: 'user.create', objectType: 'user', ip: '127.0.0.1' });
    expect(e.unitId).toBe(county);
  });

  it('is readable by the auditor only (三员分立)', async () => {
    expect((await admin.get('/api/v1/audit')).statusCode).toBe(403);
  });

  it('cannot be changed or deleted, even by the database owner', async () => {
    await expect(t.database.db.execute(sql`update audit_entry set action = 'x'`)).rejects.toThrow();
    await expect(t.database.db.execute(sql`delete from audit_entry`)).rejects.toThrow();
    const [n] = await rowsOf<{ n: number }>(t.database.db.execute(sql`select count(*)::int n from audit_entry where action = 'x'`));
    expect(n!.n).toBe(0);
  });
});

describe('OpenAPI', () => {
  it('documents every API route from the same schemas', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
    expect(doc.openapi).toMatch(/^3\./);
    const paths = Object.keys(doc.paths);
    for (const r of t.app.routeTable.filter((x) => x.url.startsWith('/api/v1/') && x.url !== '/api/v1/openapi.json'))
      expect(paths, r.url).toContain(r.url.replace(/:(\w+)/g, '{$1}'));
    expect(doc.paths['/api/v1/units'].post.requestBody.content['application/json'].schema.properties.regionCode).toBeDefined();
    const page = await t.app.inject({ method: 'GET', url: '/docs/' });
    expect(page.statusCode).toBe(200);
  });
});
