import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../src/db/index.js';
import { buildRegistration } from '../support/factories.js';
import { login, multipartFile, SAMPLE_PNG, sampleWav, startApp, type Client, type TestApp } from '../support/harness.js';

let t: TestApp;
let reg: Client;
let caseId: string;
beforeAll(async () => {
  t = await startApp();
  reg = await login(t, 'dq_registrar');
  caseId = (await reg.post('/api/v1/cases', buildRegistration())).json().case.id;
});
afterAll(() => t.close());

const upload = (client: Client, id: string, name: string, data: Buffer) => {
  const m = multipartFile(name, data);
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/cases/${id}/attachments`,
    payload: m.payload,
    headers: { ...m.headers, cookie: `xf_session=${client.cookie}`, 'x-csrf-token': client.csrf },
  });
};

describe('attachments', () => {
  it('stores a scanned letter and a call recording, typed by content, and serves them to the case’s readers', async () => {
    const scan = await upload(reg, caseId, '来信原件.png', SAMPLE_PNG);
    expect(scan.statusCode, scan.body).toBe(201);
    expect(scan.json()).toMatchObject({ kind: 'scan', mime: 'image/png', fileName: '来信原件.png' });
    const call = await upload(reg, caseId, 'recording.bin', sampleWav());
    expect(call.json()).toMatchObject({ kind: 'audio', mime: 'audio/wav' });

    const detail = (await reg.get(`/api/v1/cases/${caseId}`)).json();
    expect(detail.attachments.map((a: { fileName: string }) => a.fileName)).toEqual(['来信原件.png', 'recording.bin']);
    const file = await reg.get(`/api/v1/attachments/${scan.json().id}`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('image/png');
    expect(file.headers['content-disposition']).toContain(encodeURIComponent('来信原件.png'));
    expect(file.rawPayload.equals(SAMPLE_PNG)).toBe(true);
    const audit = await rowsOf<{ action: string }>(t.database.db.execute(sql`select action from audit_entry where object_id = ${caseId} and action like 'attachment.%' order by id`));
    expect(audit.map((a) => a.action)).toEqual(['attachment.add', 'attachment.add', 'attachment.view']);
  });

  it('refuses a file whose content is not an accepted type, whatever its name', async () => {
    const res = await upload(reg, caseId, '扫描件.jpg', Buffer.from('MZ\x90\x00 this is a program, not a scan'));
    expect(res.statusCode).toBe(415);
    expect(res.json().error.message).toContain('不支持的文件类型');
  });

  it('keeps files away from other counties, for upload and download alike', async () => {
    const fk = await login(t, 'fk_registrar');
    expect((await upload(fk, caseId, 'x.png', SAMPLE_PNG)).statusCode).toBe(404);
    const [a] = await rowsOf<{ id: string }>(t.database.db.execute(sql`select id from attachment limit 1`));
    expect((await fk.get(`/api/v1/attachments/${a!.id}`)).statusCode).toBe(404);
  });
});
