import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { rowsOf } from '../../src/db/index.js';
import { rekey } from '../../src/services/crypto/rekey.js';
import { useKeyring } from '../../src/services/runtime.js';
import { buildRegistration } from '../support/factories.js';
import { login, startApp, TEST_KEYRING, type TestApp } from '../support/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await startApp();
});
afterAll(async () => {
  useKeyring(TEST_KEYRING);
  await t.close();
});

it('rotates the encryption and HMAC keys: values re-encrypted, hashes recomputed, repeats still found', async () => {
  const reg = await login(t, 'dq_registrar');
  const first = (await reg.post('/api/v1/cases', buildRegistration({ callerNumber: '13812345678', channel: 'phone' }))).json().case;

  const rotated = { currentId: 't2', keys: new Map([['t2', randomBytes(32)], ...TEST_KEYRING.keys]), macKey: randomBytes(32) };
  useKeyring(rotated);
  const result = await rekey(t.database);
  expect(result.petitioners).toBeGreaterThanOrEqual(1);
  const rows = await rowsOf<{ name_enc: string }>(t.database.db.execute(sql`select name_enc from petitioner`));
  expect(rows.every((r) => r.name_enc.startsWith('v1.t2.'))).toBe(true);

  // Only the new key left: everything still reads, and a new registration still finds the old one as a repeat.
  useKeyring({ currentId: 't2', keys: new Map([['t2', rotated.keys.get('t2')!]]), macKey: rotated.macKey });
  const full = (await reg.get(`/api/v1/cases/${first.id}?identity=true`)).json();
  expect(full.petitioners[0].name).toBe('张伟');
  expect(full.callerNumber).toBe('13812345678');
  const again = (await reg.post('/api/v1/cases', buildRegistration())).json();
  expect(again.repeatCandidates.map((c: { caseId: string }) => c.caseId)).toContain(first.id);
});
