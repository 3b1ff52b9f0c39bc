import { sql } from 'drizzle-orm';
import { rowsOf, sessionsRepository } from '../../src/db/index.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SESSION_REUSE_MS } from '../../src/services/auth.js';
import { Client, DEMO_PASSWORD, login, startApp, type TestApp } from '../support/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await startApp();
});
afterAll(() => t.close());

describe('signing in', () => {
  it('sets an HttpOnly SameSite session cookie and returns a CSRF token', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'dq_registrar', password: DEMO_PASSWORD } });
    expect(res.statusCode).toBe(200);
    const c = res.cookies.find((x) => x.name === 'xf_session')!;
    expect(c.httpOnly).toBe(true);
    expect(c.sameSite).toBe('Strict');
    expect(res.json().csrfToken).toMatch(/^[\w-]{20,}$/);
  });

  it('answers an unknown user and a wrong password alike, in Chinese', async () => {
    const a = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'nobody', password: 'x' } });
    const b = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'dq_handler', password: 'wrong-password' } });
    expect(a.statusCode).toBe(401);
    expect(b.statusCode).toBe(401);
    expect(a.json().error.message).toBe('用户名或密码错误');
    expect(b.json().error.message).toBe(a.json().error.message);
  });

  it('locks an account after five failures and lets an admin unlock it', async () => {
    for (let i = 0; i < 4; i++)
      expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'zq_analyst', password: 'bad' } })).statusCode).toBe(401);
    const fifth = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'zq_analyst', password: 'bad' } });
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().error.message).toContain('锁定');
    // Even the right password is refused while locked.
    const right = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'zq_analyst', password: DEMO_PASSWORD } });
    expect(right.statusCode).toBe(423);
    const admin = await login(t, 'admin');
    const list = await admin.get('/api/v1/users?q=zq_analyst');
    const target = list.json().items[0];
    expect(target.locked).toBe(true);
    expect((await admin.post(`/api/v1/users/${target.id}/unlock`)).statusCode).toBe(200);
    await new Client(t.app).login('zq_analyst');
  });

  it('refuses writes without the CSRF header when signed in by cookie', async () => {
    const c = await login(t, 'admin');
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie: `xf_session=${c.cookie}` } });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.message).toContain('CSRF');
  });

  it('treats a forged or expired cookie as signed out', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: 'xf_session=forged' } });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.message).toContain('登录');
  });

  it('forces a password change for a new account before anything else', async () => {
    const admin = await login(t, 'dq_admin');
    const me = (await admin.get('/api/v1/auth/me')).json();
    const created = await admin.post('/api/v1/users', { username: 'dq_newbie', displayName: '新同事', unitId: me.unit.id, roles: ['handler'] });
    expect(created.statusCode).toBe(201);
    const temp = created.json().temporaryPassword as string;
    const newbie = await new Client(t.app).login('dq_newbie', temp);
    expect((await newbie.get('/api/v1/units')).json().error.code).toBe('passwordChangeRequired');
    const weak = await newbie.post('/api/v1/auth/password', { currentPassword: temp, newPassword: 'short' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.message).toContain('至少');
    expect((await newbie.post('/api/v1/auth/password', { currentPassword: temp, newPassword: 'Newbie#2026x' })).statusCode).toBe(200);
    expect((await newbie.get('/api/v1/units')).statusCode).toBe(200);
  });

  it('writes an audit entry for each sign-in and failure', async () => {
    const rows = await rowsOf<{ action: string; n: number }>(
      t.database.db.execute(sql`select action, count(*)::int as n from audit_entry where action like 'auth.%' group by action`),
    );
    const counts = Object.fromEntries(rows.map((x) => [x.action, x.n]));
    expect(counts['auth.login']).toBeGreaterThan(3);
    expect(counts['auth.loginFailed']).toBeGreaterThanOrEqual(5);
    expect(counts['auth.locked']).toBe(1);
  });
});

describe('a session resolved a moment ago', () => {
  it('is reused for a second, then looked up again; signing out ends it at once', async () => {
    const c = await login(t, 'dq_handler');
    const lookups = vi.spyOn(sessionsRepository, 'live');
    try {
      for (let i = 0; i < 3; i++) expect((await c.get('/api/v1/auth/me')).statusCode).toBe(200);
      expect(lookups).toHaveBeenCalledTimes(1);
      t.clock.now = new Date(t.clock.now.getTime() + SESSION_REUSE_MS);
      expect((await c.get('/api/v1/auth/me')).statusCode).toBe(200);
      expect(lookups).toHaveBeenCalledTimes(2);
      expect((await c.post('/api/v1/auth/logout')).statusCode).toBe(200);
      expect((await c.get('/api/v1/auth/me')).statusCode).toBe(401);
    } finally {
      lookups.mockRestore();
    }
  });
});
