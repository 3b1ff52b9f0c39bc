import { afterAll, expect, it } from 'vitest';
import { httpLogin, startServer, type RunningServer } from '../support/server.js';

let server: RunningServer | undefined;
afterAll(async () => {
  await server?.stop('SIGKILL');
});

it('keeps every acknowledged write of the embedded database when the process is killed with SIGKILL', async () => {
  server = await startServer();
  const admin = await httpLogin(server.url, 'dq_admin');
  const county = ((await admin.get('/api/v1/auth/me')).json.unit as { id: string }).id;

  // Acknowledged writes, each answered 201 before the next is sent, then a burst sent at once.
  const names: string[] = [];
  for (let i = 0; i < 20; i++) {
    const name = `持久性测试站${i}`;
    const res = await admin.post('/api/v1/units', { parentId: county, name, code: `DUR${i}`, level: 'town', kind: 'townOffice', regionCode: '441226101' });
    expect(res.status).toBe(201);
    names.push(name);
  }
  const burst = await Promise.all(
    Array.from({ length: 20 }, (_, i) =>
      admin.post('/api/v1/users', { username: `dur_user${i}`, displayName: `持久${i}`, unitId: county, roles: ['handler'] }),
    ),
  );
  expect(burst.every((r) => r.status === 201)).toBe(true);

  const dataDir = server.dataDir;
  expect(await server.stop('SIGKILL')).toBeNull(); // killed, not exited
  server = await startServer({ dataDir });

  const again = await httpLogin(server.url, 'dq_admin');
  const units = (await again.get('/api/v1/units')).json.items as { name: string }[];
  for (const name of names) expect(units.map((u) => u.name)).toContain(name);
  const users = (await again.get('/api/v1/users?q=dur_user&limit=100')).json as { total: number };
  expect(users.total).toBe(20);
  // The audit trail of those writes survived with them.
  const auditor = await httpLogin(server.url, 'dq_auditor');
  const trail = (await auditor.get('/api/v1/audit?action=unit.create&limit=100')).json.items as unknown[];
  expect(trail.length).toBeGreaterThanOrEqual(20);
});

it('closes the embedded database cleanly on SIGTERM and starts again on the same folder', async () => {
  await server?.stop('SIGKILL');
  const first = await startServer();
  expect(await first.stop('SIGTERM')).toBe(0);
  server = await startServer({ dataDir: first.dataDir });
  expect((await fetch(`${server.url}/healthz`)).ok).toBe(true);
});
