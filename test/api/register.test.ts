import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../src/db/index.js';
import { decrypt } from '../../src/services/crypto/field-crypto.js';
import { CANDIDATES_SCORED } from '../../src/services/register/repeat-candidates.js';
import { CHANNELS } from '../../src/domain/vocabulary/index.js';
import { buildRegistration } from '../support/factories.js';
import { login, startApp, TEST_KEYRING, unitId, type Client, type TestApp } from '../support/harness.js';

let t: TestApp;
let reg: Client;
beforeAll(async () => {
  t = await startApp();
  reg = await login(t, 'dq_registrar');
});
afterAll(() => t.close());

const register = async (overrides: Parameters<typeof buildRegistration>[0] = {}) => {
  const res = await reg.post('/api/v1/cases', buildRegistration(overrides));
  if (res.statusCode !== 201) throw new Error(`${res.statusCode} ${res.body}`);
  return res.json();
};

/** What a channel needs on top of the base registration. */
const perChannel: Record<string, Parameters<typeof buildRegistration>[0]> = {
  phone: { callerNumber: '0758-7771234' },
  transferIn: { source: 'upperTransferred' },
  leaderReferral: { source: 'leaderAssigned' },
};

describe('registration', () => {
  it('registers every channel, numbered per unit and year', async () => {
    const numbers: string[] = [];
    for (const channel of CHANNELS) {
      const r = await register({ channel, ...perChannel[channel] });
      expect(r.case.channel).toBe(channel);
      numbers.push(r.case.caseNo);
    }
    expect(numbers[0]).toMatch(/^DQ441226-2026-\d{6}$/);
    const seqs = numbers.map((n) => Number(n.slice(-6)));
    expect(seqs).toEqual(seqs.map((_, i) => seqs[0]! + i)); // gap-free
  });

  it('numbers concurrent registrations uniquely and without gaps', async () => {
    const results = await Promise.all(Array.from({ length: 12 }, () => reg.post('/api/v1/cases', buildRegistration({ title: '并发登记测试' }))));
    expect(results.every((r) => r.statusCode === 201)).toBe(true);
    const seqs = results.map((r) => Number(r.json().case.caseNo.slice(-6))).sort((a, b) => a - b);
    expect(new Set(seqs).size).toBe(12);
    expect(seqs[11]! - seqs[0]!).toBe(11);
  });

  it('writes registrations of two counties arriving together, each in its own unit and scope', async () => {
    const fk = await login(t, 'fk_registrar');
    // The same petitioner in both counties: each registrar may only be offered the cases of their own county.
    const same = { petitioners: [{ name: '吴庚', idNumber: '441226198001010010', phones: ['13712345678'] }] };
    await register({ ...same, title: '德庆的旧件' });
    const fkBody = (title: string) => buildRegistration({ ...same, title, matterRegionCode: '441225101', categoryCode: '012302' });
    const first = await fk.post('/api/v1/cases', fkBody('封开的旧件'));
    expect(first.statusCode, first.body).toBe(201);
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        i % 2 ? fk.post('/api/v1/cases', fkBody(`封开并发${i}`)) : reg.post('/api/v1/cases', buildRegistration({ ...same, title: `德庆并发${i}` })),
      ),
    );
    expect(results.map((r) => r.statusCode)).toEqual([201, 201, 201, 201, 201, 201]);
    const bodies = results.map((r) => r.json());
    for (const [i, b] of bodies.entries()) {
      expect(b.case.caseNo).toMatch(i % 2 ? /^FK441225-/ : /^DQ441226-/);
      expect(b.case.unitName).toBe(i % 2 ? first.json().case.unitName : '德庆县纪委监委');
      const offered = b.repeatCandidates.map((c: { caseNo: string }) => c.caseNo);
      expect(offered.length).toBeGreaterThan(0);
      expect(offered.every((n: string) => n.startsWith(i % 2 ? 'FK' : 'DQ'))).toBe(true);
    }
    const ids = bodies.map((b) => b.case.id as string);
    const audited = await rowsOf<{ object_id: string; actor_name: string }>(
      t.database.db.execute(sql`select object_id::text, actor_name from audit_entry where action = 'case.register' and object_id::text = any(${`{${ids.join(',')}}`}::text[])`),
    );
    const actorOf = new Map(audited.map((a) => [a.object_id, a.actor_name]));
    const names = [(await reg.get('/api/v1/auth/me')).json(), (await fk.get('/api/v1/auth/me')).json()].map((m) => m.user?.displayName ?? m.displayName);
    ids.forEach((id, i) => expect(actorOf.get(id)).toBe(names[i % 2]));
  });

  it('refuses invalid input with Chinese messages beside each field, saving nothing', async () => {
    const [before] = await rowsOf<{ n: number }>(t.database.db.execute(sql`select count(*)::int n from cases`));
    const res = await reg.post(
      '/api/v1/cases',
      buildRegistration({ petitioners: [{ name: '王五', idNumber: '441226198001010011', phones: ['12345'] }], matterRegionCode: '441226999', receivedOn: '2027-01-01' }),
    );
    expect(res.statusCode).toBe(400);
    const fields = Object.fromEntries(res.json().error.fields.map((f: { field: string; message: string }) => [f.field, f.message]));
    expect(fields['petitioners.0.idNumber']).toContain('校验码');
    expect(fields['petitioners.0.phones.0']).toBeDefined();
    expect(fields['matterRegionCode']).toContain('问题属地');
    expect(fields['receivedOn']).toContain('不能晚于今天');
    const [after] = await rowsOf<{ n: number }>(t.database.db.execute(sql`select count(*)::int n from cases`));
    expect(after!.n).toBe(before!.n);
  });

  it('flags a group visit, real name and a skip-level visit', async () => {
    const group = await register({
      channel: 'visit',
      headcount: 8,
      petitioners: [
        { name: '赵一', isRepresentative: true, phones: ['13900000001'] },
        { name: '钱二', isRepresentative: true },
      ],
    });
    expect(group.flags).toMatchObject({ groupVisit: true, realName: true, skipLevel: false });
    const anon = await register({ anonymous: true, petitioners: [] });
    expect(anon.flags.realName).toBe(false);
    expect(anon.case.petitionerNames).toBe('匿名');
    // A town matter of 德庆 received in person at the province is more than one level up.
    const gd = await login(t, 'gd_registrar');
    const up = await gd.post('/api/v1/cases', buildRegistration({ channel: 'visit' }));
    expect(up.statusCode, up.body).toBe(201);
    expect(up.json().flags.skipLevel).toBe(true);
    expect(up.json().flags.skipLevelReason).toContain('超过了上一级');
  });
});

describe('the registration answer', () => {
  it('is the case as the case page reads it back', async () => {
    const r = await register({
      petitioners: [
        { name: '赵甲', sex: 'male', idNumber: '441226198001010010', phones: ['13812345678'] },
        { name: '钱乙', sex: 'female', phones: ['13912345678'] },
      ],
      accused: [{ name: '孙丙', unit: '德庆县官圩镇人民政府', rank: 'section' }, { name: '李丁', unit: '德庆县官圩镇人民政府', rank: 'general' }],
    });
    const page = (await reg.get(`/api/v1/cases/${r.case.id}`)).json();
    for (const [key, value] of Object.entries(r.case)) expect([key, page[key]]).toEqual([key, value]);
    expect(r.case.petitioners.map((p: { name: string }) => p.name)).toEqual(['赵*', '钱*']);
    // The case row is written with its clocks' dates: the trigger that keeps them had nothing to correct.
    const [c] = await rowsOf<{ next_due_on: string; due: string }>(
      t.database.db.execute(sql`select c.next_due_on::text, (select min(due_on)::text from case_deadline d where d.case_id = c.id and d.status = 'running') as due from cases c where c.id = ${r.case.id}`),
    );
    expect(c!.next_due_on).toBe(c!.due);
  });
});

describe('protected identities', () => {
  it('stores name, ID number, phone and address encrypted; no plaintext in the raw columns', async () => {
    const r = await register({ petitioners: [{ name: '欧阳娜娜', idNumber: '441226197512120022', phones: ['13912345678'], address: '广东省肇庆市德庆县德城街道朝阳路8号' }] });
    const [row] = await rowsOf<Record<string, string>>(t.database.db.execute(sql`select * from petitioner where case_id = ${r.case.id}`));
    const raw = JSON.stringify(row);
    for (const secret of ['欧阳娜娜', '441226197512120022', '13912345678', '朝阳路8号']) expect(raw).not.toContain(secret);
    expect(decrypt(TEST_KEYRING, row!.name_enc!)).toBe('欧阳娜娜');
    expect(row!.id_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('shows masked values in lists and on the case page', async () => {
    const r = await register({ petitioners: [{ name: '张三', idNumber: '441226198001010010', phones: ['13812345678'], address: '广东省肇庆市德庆县新圩镇1号' }] });
    expect(r.case.petitioners[0]).toMatchObject({ name: '张*', idNumber: '4412**********0010', phones: '138****5678' });
    const list = (await reg.get(`/api/v1/cases?q=${r.case.caseNo}`)).json();
    expect(list.items[0].petitionerNames).toBe('张*');
    expect(JSON.stringify(list)).not.toContain('张三');
  });

  it('shows full values only to allowed roles, and audits every full view', async () => {
    const r = await register();
    const full = await reg.get(`/api/v1/cases/${r.case.id}?identity=true`);
    expect(full.statusCode).toBe(200);
    expect(full.json().petitioners[0]).toMatchObject({ name: '张伟', idNumber: '441226198001010010', phones: '13812345678' });
    const analyst = await login(t, 'dq_analyst');
    const refused = await analyst.get(`/api/v1/cases/${r.case.id}?identity=true`);
    expect(refused.statusCode).toBe(403);
    expect((await analyst.get(`/api/v1/cases/${r.case.id}`)).json().petitioners[0].name).toBe('张*');
    const audit = await rowsOf<{ action: string; actor_name: string }>(
      t.database.db.execute(sql`select action, actor_name from audit_entry where object_id = ${r.case.id} order by id`),
    );
    expect(audit.map((a) => a.action)).toEqual(['case.register', 'case.viewIdentity', 'case.view']);
  });
});

describe('repeat detection (重信重访)', () => {
  it('offers a planted repeat with its reasons, not an unrelated case, and links it on request', async () => {
    const first = await register({ receivedOn: '2026-10-08', backdateReason: '从旧台账补录', petitioners: [{ name: '陈小红', idNumber: '370281199005050036', phones: ['13700001111'] }] });
    const unrelated = await register({
      petitioners: [{ name: '刘大海', phones: ['13600002222'] }],
      accused: [{ name: '黄某', unit: '德庆县交通运输局', position: '科员', rank: 'general' }],
      categoryCode: '012501',
      title: '反映交通局科员上班时间打牌',
      summary: '交通运输局科员黄某多次在上班时间打牌。',
      content: '交通运输局科员黄某多次在上班时间到茶馆打牌，影响工作。',
    });
    const again = await register({
      petitioners: [{ name: '陈小红', idNumber: '370281199005050036', phones: ['137-0000-1111'] }],
      title: '再次反映李明副镇长收礼问题',
      summary: '上次反映的新圩镇副镇长李明收受砖厂老板礼金问题至今没有处理结果。',
    });
    const ids = again.repeatCandidates.map((c: { caseId: string }) => c.caseId);
    expect(ids).toContain(first.case.id);
    expect(ids).not.toContain(unrelated.case.id);
    const hit = again.repeatCandidates.find((c: { caseId: string }) => c.caseId === first.case.id);
    expect(hit.reasons.join()).toContain('同一信访人');
    expect(hit.reasons.join()).toContain('同一被反映人');

    const linked = await reg.post(`/api/v1/cases/${again.case.id}/repeat`, { repeatOf: first.case.id, reason: '同一人同一事项' });
    expect(linked.statusCode, linked.body).toBe(200);
    expect(linked.json()).toMatchObject({ repeatStatus: 'repeat', repeatCount: 1, repeatOf: { id: first.case.id } });
    const undone = await reg.post(`/api/v1/cases/${again.case.id}/repeat/undo`, { reason: '认定有误' });
    expect(undone.json()).toMatchObject({ repeatStatus: 'unchecked', repeatOf: null });
    const links = await rowsOf<{ undone_at: string | null }>(t.database.db.execute(sql`select undone_at from case_link where from_case_id = ${again.case.id}`));
    expect(links).toHaveLength(1);
    expect(links[0]!.undone_at).not.toBeNull();
  });

  it('finds repeats on demand too, and confirms a new case', async () => {
    const a = await register({ petitioners: [{ name: '孙丽', phones: ['13500003333'], address: '德庆县回龙镇1号' }] });
    const b = await register({ petitioners: [{ name: '孙丽', phones: ['13500003333'] }] });
    const cands = (await reg.get(`/api/v1/cases/${b.case.id}/repeat-candidates`)).json().items;
    expect(cands.map((c: { caseId: string }) => c.caseId)).toContain(a.case.id);
    const res = await reg.post(`/api/v1/cases/${b.case.id}/repeat`, { isNew: true });
    expect(res.json().repeatStatus).toBe('new');
  });

  it('scores the strongest evidence first when more cases share a weaker key than are scored', async () => {
    // CANDIDATES_SCORED + 5 newer cases share only the accused with the new one; the oldest shares its petitioner.
    const accused = [{ name: '邓某某', unit: '德庆县某某专项工作办公室', position: '主任', rank: 'section' as const }];
    const chars = '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经';
    let seed = 7;
    const words = () => Array.from({ length: 40 }, () => chars[(seed = (seed * 1103515245 + 12345) % 2147483648) % chars.length]).join('');
    const text = () => ({ title: words().slice(0, 12), summary: words(), content: words() });
    const same = await register({ receivedOn: '2026-09-01', backdateReason: '从旧台账补录', petitioners: [{ name: '邹某', phones: ['13500005555'] }], accused, ...text() });
    for (let i = 0; i < CANDIDATES_SCORED + 5; i++)
      await register({ petitioners: [{ name: `路人${i}`, phones: [`1350001${String(i).padStart(4, '0')}`] }], accused, ...text() });
    const probe = await register({ petitioners: [{ name: '邹某', phones: ['13500005555'] }], accused, ...text() });
    const hit = probe.repeatCandidates.find((c: { caseId: string }) => c.caseId === same.case.id);
    expect(hit?.reasons.join()).toContain('同一信访人');
    expect(probe.repeatCandidates[0].caseId).toBe(same.case.id);
    expect(probe.repeatCandidates.length).toBe(10);
  });

  it('refuses a loop of repeats on the same day and stops offering a case that already repeats this one', async () => {
    const who = { petitioners: [{ name: '钱多', phones: ['13500004444'] }] };
    const a = await register(who);
    const b = await register(who);
    expect((await reg.get(`/api/v1/cases/${a.case.id}/repeat-candidates`)).json().items.map((c: { caseId: string }) => c.caseId)).toContain(b.case.id);
    expect((await reg.post(`/api/v1/cases/${b.case.id}/repeat`, { repeatOf: a.case.id })).statusCode).toBe(200);
    // b now repeats a: a is not offered b, and cannot be filed as b's repeat.
    expect((await reg.get(`/api/v1/cases/${a.case.id}/repeat-candidates`)).json().items.map((c: { caseId: string }) => c.caseId)).not.toContain(b.case.id);
    const loop = await reg.post(`/api/v1/cases/${a.case.id}/repeat`, { repeatOf: b.case.id });
    expect(loop.statusCode).toBe(400);
    expect(loop.json().error.message).toContain('已被认定为本件的重复件');
    expect((await reg.get(`/api/v1/cases/${a.case.id}`)).json().repeatStatus).toBe('unchecked'); // nothing saved
  });
});

describe('repeat keys', () => {
  const keysOf = (caseId: string) =>
    rowsOf<{ rank: number; n: number; paths: string[] }>(
      t.database.db.execute(sql`select rank::int, count(*)::int n, array_agg(distinct unit_short_path) paths from repeat_key where case_id = ${caseId} group by rank order by rank`),
    );

  it('follow the case, its petitioners and accused, whoever writes them', async () => {
    const r = await register({ petitioners: [{ name: '周戊', idNumber: '441226198001010010', phones: ['13812345678', '13912345678'] }] });
    const id = r.case.id as string;
    const first = await keysOf(id);
    // ID number, two phones; one accused key; the content's bands.
    expect(first.map((k) => [k.rank, k.n])).toEqual([[0, 3], [1, 1], [2, expect.any(Number)]]);
    expect(first[2]!.n).toBeGreaterThan(4);
    // Every key carries its unit's short path (the lookup's scope condition reads it from the index; a unit moved
    // takes its keys along: units.test.ts) and the case's date.
    const [unitRow] = await rowsOf<{ short_path: string }>(t.database.db.execute(sql`select u.short_path from cases c join unit u on u.id = c.unit_id where c.id = ${id}`));
    expect(unitRow!.short_path).toMatch(/^(\/\d+)+\/$/);
    expect(first.every((k) => k.paths.length === 1 && k.paths[0] === unitRow!.short_path)).toBe(true);
    await t.database.db.execute(sql`update cases set received_on = received_on - 1 where id = ${id}`);
    const dates = await rowsOf<{ n: number }>(
      t.database.db.execute(sql`select count(*)::int n from repeat_key r join cases c on c.id = r.case_id where r.case_id = ${id} and r.received_on = c.received_on`),
    );
    expect(dates[0]!.n).toBe(first.reduce((n, k) => n + k.n, 0));
    // Re-keying rewrites the hashes; a petitioner or accused removed takes its keys along.
    await t.database.db.execute(sql`update petitioner set phone_hashes = '{}' where case_id = ${id}`);
    await t.database.db.execute(sql`delete from accused where case_id = ${id}`);
    expect((await keysOf(id)).map((k) => [k.rank, k.n])).toEqual([[0, 1], [2, first[2]!.n]]);
    await t.database.db.execute(sql`update cases set content_bands = '{}' where id = ${id}`);
    expect((await keysOf(id)).map((k) => [k.rank, k.n])).toEqual([[0, 1]]);
  });

  it('stay a set when a petitioner is added later, and go with a deleted case', async () => {
    const r = await register({ petitioners: [{ name: '吴己', idNumber: '441226198001010029', phones: ['13812340001'] }] });
    const id = r.case.id as string;
    const [petitioner] = await rowsOf<Record<string, unknown>>(t.database.db.execute(sql`select * from petitioner where case_id = ${id}`));
    // A second petitioner row with the same hashes and one new phone: one key more, none twice (statement trigger).
    await t.database.db.execute(sql`insert into petitioner (case_id, ord, is_primary, name_enc, name_masked, id_hash, phone_hashes, name_address_hash)
      values (${id}, 1, false, ${petitioner!.name_enc}, '吴*', ${petitioner!.id_hash}, ${sql.raw(`array['${(petitioner!.phone_hashes as string[]).join("','")}', 'another-phone-hash']`)}, ${petitioner!.name_address_hash})`);
    const keys = await rowsOf<{ n: number; distinct: number }>(
      t.database.db.execute(sql`select count(*)::int n, count(distinct (rank, key))::int as distinct from repeat_key where case_id = ${id}`),
    );
    expect(keys[0]!.n).toBe(keys[0]!.distinct);
    expect((await keysOf(id))[0]!.n).toBe(3); // ID number, the first phone, the new phone
    // The register deletes no case (its trail forbids it); a bare copy of the row shows a delete takes the keys along.
    const copy = await rowsOf<{ id: string }>(
      t.database.db.execute(sql`insert into cases select (json_populate_record(c, json_build_object('id', gen_random_uuid(), 'case_no', c.case_no || '-copy', 'external_key', null))).* from cases c where c.id = ${id} returning id`),
    );
    expect((await keysOf(copy[0]!.id)).map((k) => k.rank)).toEqual([2]);
    await t.database.db.execute(sql`delete from cases where id = ${copy[0]!.id}`);
    expect(await keysOf(copy[0]!.id)).toEqual([]);
  });

  it('are rebuilt from the register exactly as the triggers keep them, and so are the clock summaries', async () => {
    const snapshot = async (table: 'repeat_key' | 'case_clock_stat') =>
      (await rowsOf<{ r: string }>(t.database.db.execute(sql`select t::text as r from ${sql.raw(table)} t order by 1`))).map((x) => x.r);
    const before = { keys: await snapshot('repeat_key'), clocks: await snapshot('case_clock_stat') };
    expect(before.keys.length).toBeGreaterThan(0);
    expect(before.clocks.length).toBeGreaterThan(0);
    await t.database.db.execute(sql`select repeat_key_rebuild(), case_clock_stat_rebuild()`);
    expect(await snapshot('repeat_key')).toEqual(before.keys);
    expect(await snapshot('case_clock_stat')).toEqual(before.clocks);
  });

  it('are vacuumed after a fixed number of new keys, not after a fifth of the table (their lookup reads the index only)', async () => {
    const [options] = await rowsOf<{ o: string[] }>(t.database.db.execute(sql`select reloptions as o from pg_class where relname = 'repeat_key'`));
    expect(options!.o).toEqual(expect.arrayContaining(['autovacuum_vacuum_insert_scale_factor=0', 'autovacuum_vacuum_insert_threshold=20000']));
  });

  it('are unreadable to the scoped role', async () => {
    const denied = await t.database.db
      .transaction(async (tx) => {
        await tx.execute(sql`select set_config('role', 'xinfang_scoped', true)`);
        await tx.execute(sql`select count(*) from repeat_key`);
      })
      .then(() => null, (e: unknown) => String((e as { cause?: unknown }).cause ?? e));
    expect(denied).toMatch(/permission denied/);
  });
});

describe('scan box and inbound API', () => {
  it('opens a case by its number and refuses a malformed one', async () => {
    const r = await register();
    expect((await reg.get(`/api/v1/cases/by-number/${r.case.caseNo}`)).json().id).toBe(r.case.id);
    const bad = await reg.get('/api/v1/cases/by-number/hello');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('不是有效的信访编号');
  });

  it('takes registrations from a platform token with an idempotency key, once', async () => {
    const admin = await login(t, 'dq_admin');
    const county = await unitId(t, 'DQ441226');
    const { secret } = (await admin.post('/api/v1/tokens', { name: '短信平台', unitId: county, permissions: ['case.register'] })).json();
    const call = (key?: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/cases',
        headers: { authorization: `Bearer ${secret}`, ...(key ? { 'idempotency-key': key } : {}) },
        payload: buildRegistration({ channel: 'sms', title: '短信举报' }),
      });
    expect((await call()).json().error.message).toContain('Idempotency-Key');
    const first = await call('sms-20261129-0001');
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json().case.registeredVia).toBe('api');
    const second = await call('sms-20261129-0001');
    expect(second.statusCode).toBe(200);
    expect(second.json().duplicate).toBe(true);
    expect(second.json().case.id).toBe(first.json().case.id);
  });
});

describe('scope of the register', () => {
  it('hides 德庆 cases from 封开, and shows them to 肇庆 above', async () => {
    const r = await register();
    const fk = await login(t, 'fk_registrar');
    expect((await fk.get(`/api/v1/cases/${r.case.id}`)).statusCode).toBe(404);
    // 封开 sees its own cases only (other tests of this file register some there).
    const seen = (await fk.get('/api/v1/cases?limit=100')).json().items as { caseNo: string }[];
    expect(seen.every((c) => c.caseNo.startsWith('FK441225-'))).toBe(true);
    const zq = await login(t, 'zq_registrar');
    expect((await zq.get(`/api/v1/cases/${r.case.id}`)).statusCode).toBe(200);
  });
});

describe('printouts and barcodes', () => {
  it('prints the registration form and the approval sheet with barcode, QR code and masked identities', async () => {
    const r = await register();
    const form = await reg.get(`/api/v1/cases/${r.case.id}/printouts/registration-form`);
    expect(form.statusCode).toBe(200);
    expect(form.headers['content-type']).toContain('text/html');
    expect(form.body).toContain('信访登记表');
    expect(form.body).toContain(r.case.caseNo);
    expect(form.body).toContain('<svg');
    expect(form.body).toContain('拟办意见');
    expect(form.body).toContain('张*');
    expect(form.body).not.toContain('张伟');
    const sheet = await reg.get(`/api/v1/cases/${r.case.id}/printouts/approval-sheet?identity=true`);
    expect(sheet.body).toContain('呈批件');
    expect(sheet.body).toContain('领导批示');
    expect(sheet.body).toContain('张伟');
  });

  it('escapes what petitioners wrote', async () => {
    const r = await register({ title: '<script>alert(1)</script>反映问题' });
    const form = await reg.get(`/api/v1/cases/${r.case.id}/printouts/registration-form`);
    expect(form.body).not.toContain('<script>alert(1)</script>');
    expect(form.body).toContain('&lt;script&gt;');
  });

  it('draws Code128 and QR codes for a visible case number only', async () => {
    const r = await register();
    const bar = await reg.get(`/api/v1/cases/by-number/${r.case.caseNo}/barcode`);
    expect(bar.headers['content-type']).toContain('image/svg+xml');
    expect(bar.body).toContain(r.case.caseNo);
    const qr = await reg.get(`/api/v1/cases/by-number/${r.case.caseNo}/barcode?type=qr`);
    expect(qr.body).toContain('<svg');
    const fk = await login(t, 'fk_registrar');
    expect((await fk.get(`/api/v1/cases/by-number/${r.case.caseNo}/barcode`)).statusCode).toBe(404);
  });
});
