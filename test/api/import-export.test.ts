import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../src/db/index.js';
import { idCheckChar } from '../../src/domain/register/index.js';
import { login, multipartFile, startApp, type Client, type TestApp } from '../support/harness.js';

let t: TestApp;
let reg: Client;
beforeAll(async () => {
  t = await startApp();
  reg = await login(t, 'dq_registrar');
});
afterAll(() => t.close());

const HEADERS = ['序号', '来信日期', '信访形式', '性质', '问题类别', '问题属地', '信访人', '身份证号', '电话', '被反映人', '单位', '职务', '职级', '标题', '内容摘要'];
const idNumber = (seq: number) => {
  const first17 = `4412261980010${String(100 + seq).padStart(3, '0')}1`;
  return first17 + idCheckChar(first17);
};
/** A ledger row; `n` makes its content (and so its key) unique. */
const ledgerRow = (n: number, overrides: Record<string, string> = {}) => {
  const row: Record<string, string> = {
    序号: String(n),
    来信日期: `2025-0${(n % 9) + 1}-1${n % 10}`,
    信访形式: n % 2 ? '来信' : '电话',
    性质: '检举控告',
    问题类别: '违规接受礼品礼金宴请服务',
    问题属地: n % 3 ? '新圩镇' : '德庆县官圩镇',
    信访人: ['张伟', '王芳', '刘强', '陈静', '杨洋', '赵磊', '黄敏'][n % 7]!,
    身份证号: idNumber(n),
    电话: `1381234${String(5000 + n).padStart(4, '0')}`,
    被反映人: `李${'一二三四五六七八九十'[n % 10]}`,
    单位: '德庆县新圩镇人民政府',
    职务: '副镇长',
    职级: '乡科级',
    标题: `反映新圩镇干部第${n}件违规收受礼金问题`,
    内容摘要: `第${n}件：春节期间多次收受辖区企业送的礼金，请组织调查。`,
    ...overrides,
  };
  return HEADERS.map((h) => row[h] ?? '');
};

async function xlsx(rows: string[][], headers = HEADERS, title = '2025年德庆县纪委监委信访举报台账') {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('2025年台账');
  ws.addRow([title]);
  ws.addRow(headers);
  for (const r of rows) ws.addRow(r.map((c, i) => (headers[i] === '来信日期' ? new Date(`${c}T00:00:00Z`) : c)));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const upload = (client: Client, name: string, data: Buffer) => {
  const m = multipartFile(name, data);
  return t.app.inject({ method: 'POST', url: '/api/v1/imports', payload: m.payload, headers: { ...m.headers, cookie: `xf_session=${client.cookie}`, 'x-csrf-token': client.csrf } });
};
const caseTotal = async () => (await reg.get('/api/v1/cases?limit=1')).json().total as number;
async function commitAndWait(id: string) {
  const res = await reg.post(`/api/v1/imports/${id}/commit`);
  expect(res.statusCode, res.body).toBe(202);
  for (let i = 0; i < 600; i++) {
    const job = (await reg.get(`/api/v1/imports/${id}`)).json();
    if (job.status === 'finished' || job.status === 'failed') return job;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('import did not finish');
}

/** GB18030 bytes of a text (Node decodes GB18030 but has no encoder): the reverse of the decoder's two-byte table. */
function gb18030(text: string): Buffer {
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder('gb18030');
  for (let a = 0x81; a <= 0xfe; a++) for (let b = 0x40; b <= 0xfe; b++) if (b !== 0x7f) table.set(decoder.decode(new Uint8Array([a, b])), [a, b]);
  return Buffer.from([...text].flatMap((ch) => (ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : table.get(ch)!)));
}

describe('ledger import', () => {
  let jobId = '';
  let file: Buffer;

  it('checks every row by the registration rules and saves nothing before commit', async () => {
    const before = await caseTotal();
    file = await xlsx([1, 2, 3, 4, 5, 6].map((n) => ledgerRow(n, n === 4 ? { 身份证号: idNumber(4).slice(0, 17) + (idNumber(4).endsWith('0') ? '1' : '0') } : {})));
    const res = await upload(reg, '德庆县2025年台账.xlsx', file);
    expect(res.statusCode, res.body).toBe(201);
    const job = res.json();
    jobId = job.id;
    expect(job).toMatchObject({ status: 'validated', fileKind: 'xlsx', sheetName: '2025年台账', headerRow: 2, counts: { total: 6, valid: 5, invalid: 1, duplicates: 0, created: 0 } });
    expect(job.mapping.columns).toMatchObject({ receivedOn: 1, channel: 2, nature: 3, categoryCode: 4, matterRegionCode: 5, petitionerName: 6, petitionerIdNumber: 7, accusedRank: 12 });
    expect(job.mapping.defaults).toMatchObject({ pipeline: 'discipline', source: 'direct', backdateReason: '历史台账导入' });
    expect(job.report).toEqual([{ row: 6, field: '身份证号', path: 'petitioners.0.idNumber', message: expect.stringContaining('校验码错误') }]);
    expect(await caseTotal()).toBe(before);
  });

  it('registers the valid rows in the background and reports progress up to done = total', async () => {
    const before = await caseTotal();
    const job = await commitAndWait(jobId);
    expect(job.status).toBe('finished');
    expect(job.progress).toEqual({ done: 5, total: 5 });
    expect(job.counts).toMatchObject({ created: 5, failed: 0, invalid: 1 });
    expect(job.report.map((r: { row: number }) => r.row)).toEqual([6]);
    expect(await caseTotal()).toBe(before + 5);
    const rows = await rowsOf<{ via: string; received_on: string; category_code: string; matter_region_code: string; backdate_reason: string }>(
      t.database.db.execute(sql`select registered_via via, received_on::text, category_code, matter_region_code, backdate_reason from cases where title like '反映新圩镇干部第%' order by received_on`),
    );
    expect(rows).toHaveLength(5);
    expect(rows.every((r) => r.via === 'import' && r.category_code === '012302' && r.backdate_reason === '历史台账导入')).toBe(true);
    expect(new Set(rows.map((r) => r.matter_region_code))).toEqual(new Set(['441226101', '441226103']));
    const again = await reg.post(`/api/v1/imports/${jobId}/commit`);
    expect(again.statusCode).toBe(409);
  });

  it('creates nothing when the same ledger is imported again, and reports its rows as duplicates', async () => {
    const before = await caseTotal();
    const res = await upload(reg, '再次导入.xlsx', file);
    const job = res.json();
    expect(job.counts).toMatchObject({ total: 6, valid: 0, invalid: 1, duplicates: 5 });
    expect(job.duplicateRowNumbers).toEqual([3, 4, 5, 7, 8]);
    const done = await commitAndWait(job.id);
    expect(done).toMatchObject({ status: 'finished', progress: { done: 0, total: 0 }, counts: { created: 0 } });
    expect(await caseTotal()).toBe(before);
  });

  it('takes a mapping chosen by hand and checks every row again', async () => {
    const headers = HEADERS.map((h) => (h === '信访形式' ? '来件方式' : h));
    const res = await upload(reg, '列名不同.xlsx', await xlsx([ledgerRow(21), ledgerRow(22)], headers));
    const job = res.json();
    expect(job.counts.invalid).toBe(2);
    expect(job.report.map((r: { field: string; message: string }) => [r.field, r.message])).toContainEqual(['信访形式', '请选择信访形式']);
    const put = await reg.put(`/api/v1/imports/${job.id}/mapping`, { columns: { ...job.mapping.columns, channel: 2 }, defaults: job.mapping.defaults });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json()).toMatchObject({ counts: { valid: 2, invalid: 0 }, report: [] });
    const clash = await reg.put(`/api/v1/imports/${job.id}/mapping`, { columns: { receivedOn: 1, title: 1 } });
    expect(clash.statusCode).toBe(400);
    expect(clash.json().error.message).toContain('第2列不能同时对应');
  });

  it('reads a GB18030 CSV as Excel writes it on Chinese Windows', async () => {
    const csv = [HEADERS.join(','), ledgerRow(31).join(','), ledgerRow(32, { 标题: '反映"违规"问题，含逗号' }).map((c) => (c.includes(',') || c.includes('"') || c.includes('，') ? `"${c.replaceAll('"', '""')}"` : c)).join(',')].join('\r\n');
    const res = await upload(reg, '台账.csv', gb18030(csv));
    expect(res.statusCode, res.body).toBe(201);
    const job = res.json();
    expect(job).toMatchObject({ fileKind: 'csv', encoding: 'gb18030', headerRow: 1, counts: { total: 2, valid: 2, invalid: 0 } });
    const done = await commitAndWait(job.id);
    expect(done.counts.created).toBe(2);
    const [c] = await rowsOf<{ title: string }>(t.database.db.execute(sql`select title from cases where title like '反映"违规"%'`));
    expect(c?.title).toBe('反映"违规"问题，含逗号');
  });

  it('refuses files it cannot read, in Chinese', async () => {
    const xls = await upload(reg, '旧台账.xls', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]));
    expect(xls.statusCode).toBe(415);
    expect(xls.json().error.message).toContain('.xls');
    const noHeader = await upload(reg, 'x.csv', Buffer.from('a,b\n1,2\n'));
    expect(noHeader.statusCode).toBe(400);
    expect(noHeader.json().error.message).toContain('未能识别表头');
  });

  it('keeps an import away from another county: not visible, not committable', async () => {
    const fk = await login(t, 'fk_registrar');
    expect((await fk.get(`/api/v1/imports/${jobId}`)).statusCode).toBe(404);
    expect((await fk.post(`/api/v1/imports/${jobId}/commit`)).statusCode).toBe(404);
    expect((await fk.put(`/api/v1/imports/${jobId}/mapping`, { columns: {} })).statusCode).toBe(404);
    expect((await fk.get('/api/v1/imports')).json().items).toEqual([]);
  });
});

describe('case list export', () => {
  it('writes the filtered list as the case list shows it, with title, filters and Chinese headers', async () => {
    const query = 'pipeline=discipline&from=2025-01-01&to=2026-12-31';
    const list = (await reg.get(`/api/v1/cases?${query}&limit=200`)).json();
    expect(list.total).toBeGreaterThanOrEqual(7);
    const res = await reg.get(`/api/v1/exports/cases.xlsx?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(decodeURIComponent(String(res.headers['content-disposition']))).toContain('德庆县纪委监委信访件清单_20261130.xlsx');

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('信访件清单')!;
    expect(ws.getCell('A1').value).toBe('德庆县纪委监委 信访件清单');
    const subtitle = String(ws.getCell('A2').value);
    expect(subtitle).toContain('信访日期：2025-01-01 至 2026-12-31');
    expect(subtitle).toContain('业务类型：纪检监察检举控告');
    expect(subtitle).toContain(`共 ${list.total} 件`);
    expect(subtitle).toContain('导出时间：2026-11-30 10:00');
    expect((ws.getRow(3).values as unknown[]).slice(1)).toEqual(['信访编号', '信访日期', '信访形式', '业务类型', '性质', '问题类别', '问题属地', '标题', '信访人', '人数', '集体访', '越级', '实名', '重复', '状态', '所属单位']);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });

    const data = [];
    for (let r = 4; r <= ws.rowCount; r++) data.push((ws.getRow(r).values as unknown[]).slice(1));
    expect(data.map((d) => d[0])).toEqual(list.items.map((c: { caseNo: string }) => c.caseNo));
    const first = list.items[0];
    const row = data[0]!;
    expect((row[1] as Date).toISOString().slice(0, 10)).toBe(first.receivedOn);
    expect(row.slice(2, 5)).toEqual([first.channel === 'letter' ? '来信' : '电话', '纪检监察检举控告', '检举控告']);
    expect(row[5]).toBe('违反廉洁纪律行为／违规接受礼品礼金宴请服务');
    expect(row[6]).toBe(first.matterRegionName);
    expect(row[7]).toBe(first.title);
    expect(row[8]).toBe(first.petitionerNames);
    expect(row[8]).not.toMatch(/^(张伟|王芳|刘强|陈静|杨洋|赵磊|黄敏)$/);
    expect(row.slice(10, 14)).toEqual(['否', '否', '是', '否']);
    expect(row[14]).toBe('已登记');

    const [a] = await rowsOf<{ detail: { count: number } }>(t.database.db.execute(sql`select detail from audit_entry where action = 'case.export' order by id desc limit 1`));
    expect(a?.detail.count).toBe(list.total);
  });

  it('refuses an export to a caller without the permission', async () => {
    const handler = await login(t, 'dq_handler');
    expect((await handler.get('/api/v1/exports/cases.xlsx')).statusCode).toBe(403);
  });
});
