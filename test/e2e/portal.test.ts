// The public portal on a phone (360 × 740) against the real, built server: a citizen files an anonymous
// discipline report, answers the office's question with a photo and follows it to the reply; a real-name
// reporter opens the reply notice and rates it 不满意, which reaches the unit head.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, launchBrowser, screenshot } from './support/browser.js';
import { httpLogin, startServer, type RunningServer } from './support/server.js';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const PHONE = { width: 360, height: 740 };
/** Words an untranslated screen would show. Every word the citizen sees is Chinese. */
const ENGLISH =
  /\b(Loading|Submit|Cancel|Search|Select|Confirm|Error|Next|Back|Upload|Choose File|No file chosen)\b/;
const TITLE = '举报新圩镇副镇长李明收受企业礼金';

let server: RunningServer | undefined;
let browser: Browser | undefined;
let citizen: BrowserContext;
let page: Page;
let code = '';
let password = '';
let caseId = '';

beforeAll(async () => {
  assertBuilt();
  if (!existsSync(new URL('../../dist/web/portal/index.html', import.meta.url)))
    throw new Error('dist/web/portal/index.html missing: run `npm run build` first');
  server = await startServer();
  browser = await launchBrowser();
  citizen = await browser.newContext({
    baseURL: server.url,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: PHONE,
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });
  page = await citizen.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop('SIGTERM');
});

/** No sideways scrolling: the page fits the phone, and still fits at 200 % zoom (half the CSS width). */
async function fitsWidth(p: Page) {
  for (const width of [PHONE.width, PHONE.width / 2]) {
    await p.setViewportSize({ width, height: PHONE.height });
    const overflow = await p.evaluate<number>(
      'document.documentElement.scrollWidth - document.documentElement.clientWidth',
    );
    expect(overflow, `horizontal overflow at ${width} px`).toBeLessThanOrEqual(0);
  }
  await p.setViewportSize(PHONE);
}
const chinaDay = (offset: number) =>
  new Date(Date.now() + 8 * 3600_000 + offset * 86400_000).toISOString().slice(0, 10);
/** The office moves a case one step through the workflow API, with the version it last read. */
async function act(id: string, username: string, action: string, payload: Record<string, unknown> = {}) {
  const staff = await httpLogin(server!.url, username);
  const { version } = (await staff.get(`/api/v1/cases/${id}/trail`)).json as { version: number };
  const res = await staff.post(`/api/v1/cases/${id}/actions/${action}`, { version, payload });
  expect(res.status, `${action}: ${JSON.stringify(res.json)}`).toBe(200);
}
/** 拟办 → 批示 → 受理 → 办理 → 办结 → 审核 → 答复, each by the role that does it at 德庆县纪委监委. */
async function runToReply(id: string) {
  await act(id, 'dq_registrar', 'propose', { opinion: '建议受理，由承办人核实' });
  await act(id, 'dq_leader', 'instruct', { instruction: '同意' });
  await act(id, 'dq_registrar', 'accept');
  await act(id, 'dq_handler', 'startHandling');
  await act(id, 'dq_handler', 'submitConclusion', {
    report: '经核实，反映的问题属实，已责令退还并给予处分。',
    finding: 'true',
  });
  await act(id, 'dq_unithead', 'approveConclusion');
  await act(id, 'dq_registrar', 'reply', { opinion: '经核实，反映的问题属实，已依纪处理。' });
}
async function query(p: Page) {
  await p.getByLabel('查询码').fill(code);
  await p.getByLabel('查询密码').fill(password);
  await p.getByRole('button', { name: '查询', exact: true }).click();
  await p.getByTestId('case-status').waitFor();
}

describe('public portal on a phone', () => {
  it('loads at most 200 KB of gzipped JavaScript, without Ant Design', () => {
    const web = new URL('../../dist/web/', import.meta.url);
    const scripts = [
      ...readFileSync(new URL('portal/index.html', web), 'utf8').matchAll(/\/assets\/[^"]+\.js/g),
    ].map((m) => m[0]);
    expect(scripts.some((s) => /antd|icons/.test(s))).toBe(false);
    const gzipped = scripts.reduce((sum, s) => sum + gzipSync(readFileSync(new URL(`.${s}`, web))).length, 0);
    expect(gzipped).toBeLessThan(200 * 1024);
  });

  it('home page: what is accepted, which level handles it, the legal notice and the published reception schedule', async () => {
    const leader = await httpLogin(server!.url, 'dq_leader');
    const me = (await leader.get('/api/v1/auth/me')).json as { unit: { id: string }; user: { id: string } };
    // (The demo rota has 刘书记 at 德城街道 on Wednesday mornings: this is an afternoon.)
    const slot = {
      unitId: me.unit.id,
      day: chinaDay(3),
      timeRange: '14:30-17:00',
      leaderUserId: me.user.id,
      place: '德庆县纪委监委来访接待室',
    };
    expect((await leader.post('/api/v1/reception-slots', slot)).status).toBe(201);

    await page.goto('/portal/');
    await page.getByRole('heading', { level: 1, name: '网上信访举报' }).waitFor();
    const text = await page.locator('body').innerText();
    for (const words of ['党政信访', '纪检监察举报', '干部管理权限', '诬告陷害', '20 MB'])
      expect(text).toContain(words);
    await page.getByText('德庆县纪委监委来访接待室').waitFor();
    expect(text).not.toMatch(ENGLISH);
    await fitsWidth(page);
    await screenshot(page, 'portal-home.png');

    // Keyboard: the first Tab reaches the skip link, then the menu, each with a visible focus ring.
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.textContent')).toBe('跳到主要内容');
    await page.keyboard.press('Tab');
    // (Page code as a string: the test project compiles without the DOM library.)
    const focused = await page.evaluate(
      '({ text: document.activeElement.textContent, outline: getComputedStyle(document.activeElement).outlineStyle })',
    );
    expect(focused).toEqual({ text: '首页', outline: 'solid' });
  });

  it('files an anonymous discipline report step by step, the region chosen down to the town, with a photo', async () => {
    await page.getByRole('link', { name: '我要反映' }).first().click();
    await page.getByRole('heading', { level: 1, name: '我要反映' }).waitFor();
    expect(await page.evaluate('document.activeElement.tagName')).toBe('H1'); // focus moved to the new page

    // Step 1 by keyboard only: Tab into each radio group, arrows choose, Enter goes on.
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown'); // 党政信访 → 纪检监察举报
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space'); // 检举控告, the first discipline class
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown'); // 实名 → 匿名
    expect(await page.getByRole('radio', { name: /纪检监察举报/ }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: /^检举控告/ }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: /匿名反映/ }).isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /第 2 步/ }).waitFor();

    // Nothing filled: the problems are announced, focused, and each field says what is wrong.
    await page.getByRole('button', { name: '下一步' }).click();
    const summary = page.getByRole('alert').filter({ hasText: '请修改以下' });
    await summary.waitFor();
    for (const problem of ['请填写被反映人姓名', '请选择问题发生地', '请选择问题类别'])
      expect(await summary.innerText()).toContain(problem);
    expect(await page.getByLabel(/^姓名/).getAttribute('aria-invalid')).toBe('true');

    await page.getByLabel(/^姓名/).fill('李明');
    await page.getByLabel(/^工作单位/).fill('德庆县新圩镇人民政府');
    await page.getByLabel(/^职务/).fill('副镇长');
    await page.getByLabel(/^职级/).selectOption({ label: '乡科级' });
    await page.getByLabel('省（自治区、直辖市）').selectOption({ label: '广东省' });
    await page.getByLabel('市（地区、州、盟）').selectOption({ label: '肇庆市' });
    await page.getByLabel('县（市、区）').selectOption({ label: '德庆县' });
    await page.getByLabel('乡镇（街道）').selectOption({ label: '新圩镇' });
    await page.getByText('已选择：广东省肇庆市德庆县新圩镇').waitFor();
    await page.getByLabel(/^问题类别/).selectOption({ label: '违反廉洁纪律行为' });
    await page.getByLabel(/^问题细类/).selectOption({ label: '违规接受礼品礼金宴请服务' });
    expect(await page.getByRole('alert').filter({ hasText: '请修改以下' }).count()).toBe(0); // corrected: no stale messages
    await fitsWidth(page);
    await screenshot(page, 'portal-step2.png');
    await page.getByRole('button', { name: '下一步' }).click();

    await page.getByRole('heading', { name: /第 3 步/ }).waitFor();
    await page.getByLabel(/^标题/).fill(TITLE);
    await page
      .getByLabel(/^反映内容/)
      .fill(
        '德庆县新圩镇副镇长李明今年春节期间收受辖区砖厂老板送的礼金两万元，在镇政府办公室收下，有知情人可以作证。',
      );
    await page.getByLabel(/^诉求/).fill('请求调查处理。');
    await page
      .getByLabel(/^证据材料/)
      .setInputFiles({ name: '收礼现场照片.png', mimeType: 'image/png', buffer: PNG });
    await page.getByText(/收礼现场照片\.png（1 KB）/).waitFor();
    await page.getByRole('button', { name: '下一步' }).click();

    await page.getByRole('heading', { name: /第 4 步/ }).waitFor();
    const review = await page.locator('.review').innerText();
    for (const words of [
      '纪检监察举报',
      '检举控告',
      '匿名',
      '李明，德庆县新圩镇人民政府，副镇长，乡科级',
      '广东省肇庆市德庆县新圩镇',
      '收礼现场照片.png',
    ])
      expect(review).toContain(words);
    await page.getByRole('button', { name: '提交' }).click();
    await page.getByText('请确认您已知晓如实反映的要求').first().waitFor();
    await page.getByLabel(/我保证所反映的内容真实/).check();
    await page.getByRole('button', { name: '提交' }).click();

    await page.getByRole('heading', { level: 1, name: '提交成功' }).waitFor({ timeout: 60_000 });
    code = await page.getByTestId('query-code').innerText();
    password = await page.getByTestId('query-password').innerText();
    expect(code).toMatch(/^([0-9A-Z]{4}-){4}[0-9A-Z]{4}$/);
    expect(password).toMatch(/^[0-9A-Z]{8}$/);
    await page.getByText('遗失后无法找回').waitFor();
    await page.getByText('证据材料已全部上传（1 个）').waitFor();
    expect(await page.getByRole('button', { name: '打印' }).count()).toBe(1);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '保存为文本文件' }).click(),
    ]);
    const saved = readFileSync((await download.path())!, 'utf8');
    expect(saved).toContain(`查询码：${code}`);
    expect(saved).toContain(`查询密码：${password}`);
    await fitsWidth(page);
    await screenshot(page, 'portal-receipt.png');
  });

  it('the office finds it, asks a question; the citizen answers with a file', async () => {
    const office = await httpLogin(server!.url, 'dq_registrar');
    const found = (await office.get(`/api/v1/cases?q=${encodeURIComponent('收受企业礼金')}`)).json.items as {
      id: string;
      channel: string;
      unitName: string;
      petitionerNames: string;
    }[];
    expect(found[0]).toMatchObject({
      channel: 'online',
      unitName: '德庆县纪委监委',
      petitionerNames: '匿名',
    });
    caseId = found[0]!.id;
    const detail = (await office.get(`/api/v1/cases/${caseId}`)).json as {
      matterRegionCode: string;
      attachments: { fileName: string }[];
    };
    expect(detail.matterRegionCode).toBe('441226101');
    expect(detail.attachments.map((a) => a.fileName)).toEqual(['收礼现场照片.png']);
    expect(
      (
        await office.post(`/api/v1/cases/${caseId}/portal-messages`, {
          body: '请补充送礼的具体日期和在场人员。',
        })
      ).status,
    ).toBe(200);

    // Coming back later in a fresh page: a wrong password first, then the right one.
    page = await citizen.newPage();
    await page.goto('/portal/#/query');
    await page.getByLabel('查询码').fill(code.toLowerCase().replace(/-/g, ''));
    await page.getByLabel('查询密码').fill('WRONG999');
    await page.getByRole('button', { name: '查询', exact: true }).click();
    await page.getByRole('alert').getByText('查询码或查询密码不正确').waitFor();
    await query(page);
    await page.getByTestId('messages').getByText('请补充送礼的具体日期和在场人员。').waitFor();

    await page
      .getByLabel(/^回复或补充说明/)
      .fill('2026年2月10日下午，在场的还有镇政府办公室的一名工作人员。');
    await page
      .getByLabel(/^补充材料/)
      .setInputFiles({ name: '转账记录.png', mimeType: 'image/png', buffer: PNG });
    await page.getByRole('button', { name: '发送' }).click();
    await page.getByText('已发送，工作人员会看到您的回复。').waitFor();
    await page.getByTestId('messages').getByText('补充材料：转账记录.png').waitFor();
    const thread = (await office.get(`/api/v1/cases/${caseId}/portal-messages`)).json.items as {
      sender: string;
      body: string;
    }[];
    // The photo sent with the report shows as the reporter's first message.
    expect(thread.map((m) => [m.sender, m.body.slice(0, 9)])).toEqual([
      ['petitioner', '补充材料：收礼现场'],
      ['office', '请补充送礼的具体日'],
      ['petitioner', '2026年2月10'],
      ['petitioner', '补充材料：转账记录'],
    ]);
  });

  it('after the reply the anonymous citizen sees 已答复 with the date of each public step', async () => {
    await runToReply(caseId);
    await page.getByRole('button', { name: '刷新' }).click();
    await expect.poll(() => page.getByTestId('case-status').innerText()).toBe('已答复');
    const steps = await page.locator('.timeline').innerText();
    for (const step of ['已登记', '已受理', '办理中', '已办结', '已答复']) expect(steps).toContain(step);
    expect(await page.getByRole('heading', { name: '申请复查' }).count()).toBe(0); // 复查 is for government petitions
    expect(await page.locator('body').innerText()).not.toMatch(ENGLISH);
    await fitsWidth(page);
  });

  it('a real-name reporter opens the reply notice, rates it 不满意, and the unit head is told', async () => {
    // Anonymous discipline reports get no feedback and no evaluation (workflow rule): a named reporter rates.
    const named = await citizen.newPage();
    await named.goto('/portal/#/report');
    await named.getByRole('radio', { name: /纪检监察举报/ }).check();
    await named.getByRole('radio', { name: /^检举控告/ }).check();
    await named.getByRole('radio', { name: /实名反映/ }).check();
    await named.getByLabel(/^姓名/).fill('张建国');
    await named.getByLabel(/^联系电话/).fill('139 0000 1111');
    await named.getByRole('button', { name: '下一步' }).click();
    await named.getByLabel(/^姓名/).fill('王志强');
    await named.getByLabel(/^工作单位/).fill('德庆县新圩镇党委');
    await named.getByLabel(/^职级/).selectOption({ label: '乡科级' });
    await named.getByLabel('省（自治区、直辖市）').selectOption({ label: '广东省' });
    await named.getByLabel('市（地区、州、盟）').selectOption({ label: '肇庆市' });
    await named.getByLabel('县（市、区）').selectOption({ label: '德庆县' }); // the town is optional
    await named.getByLabel(/^问题类别/).selectOption({ label: '违反廉洁纪律行为' });
    await named.getByRole('button', { name: '下一步' }).click();
    await named.getByLabel(/^标题/).fill('反映新圩镇党委委员王志强违规操办儿子婚宴');
    await named
      .getByLabel(/^反映内容/)
      .fill('新圩镇党委委员王志强今年十月为儿子操办婚宴六十多桌，收受下属和辖区商户礼金。');
    await named.getByLabel('查询密码', { exact: false }).first().fill('zhang2026');
    await named.getByLabel(/^再次输入查询密码/).fill('zhang2026');
    await named.getByRole('button', { name: '下一步' }).click();
    await named.getByLabel(/我保证所反映的内容真实/).check();
    await named.getByRole('button', { name: '提交' }).click();
    await named.getByRole('heading', { level: 1, name: '提交成功' }).waitFor({ timeout: 60_000 });
    expect(await named.getByTestId('query-password').innerText()).toBe('zhang2026');
    const namedCode = await named.getByTestId('query-code').innerText();

    const office = await httpLogin(server!.url, 'dq_registrar');
    const id = (
      (await office.get(`/api/v1/cases?q=${encodeURIComponent('王志强')}`)).json.items as { id: string }[]
    )[0]!.id;
    await runToReply(id);

    await named.getByRole('button', { name: '我已保存，去查询进度' }).click();
    await named.getByRole('button', { name: '查询', exact: true }).click(); // filled from the receipt
    await expect.poll(() => named.getByTestId('case-status').innerText()).toBe('已答复');
    const [notice] = await Promise.all([
      citizen.waitForEvent('page'),
      named.getByRole('link', { name: /处理意见书/ }).click(),
    ]);
    await notice.waitForLoadState();
    expect(await notice.locator('body').innerText()).toContain('经核实，反映的问题属实，已依纪处理。');
    await notice.close();

    await named.getByRole('radio', { name: /^不满意/ }).check();
    await named.getByLabel(/^意见/).fill('只让退还礼金，处理太轻。');
    await named.getByRole('button', { name: '提交评价' }).click();
    await named.locator('.case-summary').getByText('不满意').waitFor();
    expect(await named.getByRole('heading', { name: '评价办理结果' }).count()).toBe(0);
    expect(await named.locator('body').innerText()).not.toMatch(ENGLISH);
    await fitsWidth(named);
    await screenshot(named, 'portal.png');

    const head = await httpLogin(server!.url, 'dq_unithead');
    const bell = (await head.get('/api/v1/notifications')).json.items as { title: string }[];
    expect(bell.some((n) => n.title.includes('不满意'))).toBe(true);
    const trail = (await head.get(`/api/v1/cases/${id}/trail`)).json as {
      events: { action: string; opinion?: string }[];
    };
    expect(trail.events.find((e) => e.action === 'evaluate')).toBeDefined();
    expect(namedCode).not.toBe(code);
  });
});
