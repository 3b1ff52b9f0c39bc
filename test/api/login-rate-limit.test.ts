import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO_PASSWORD, startApp, type TestApp } from '../support/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await startApp({ loginRateLimit: 3 });
});
afterAll(() => t.close());

const attempt = (username: string, password = 'wrong') =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });

it('limits sign-in attempts per address and user name, with a Chinese message', async () => {
  for (let i = 0; i < 3; i++) expect((await attempt('dq_leader')).statusCode).toBe(401);
  const limited = await attempt('dq_leader');
  expect(limited.statusCode).toBe(429);
  expect(limited.json().error.message).toBe('操作过于频繁，请稍后再试');
  // A colleague behind the same address can still sign in.
  expect((await attempt('dq_handler', DEMO_PASSWORD)).statusCode).toBe(200);
});
