// Registration in a real browser against the real, built server: a letter with a scanned page, the server's field
// message beside its field, a second letter from the same person about the same matter offered and linked as a
// repeat, and the first case opened again through the scan box.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFailed } from 'vitest';
import { assertBuilt, launchBrowser, newContext, screenshot, signIn } from './support/browser.js';
import { DEMO_PASSWORD, startServer, type RunningServer } from './support/server.js';

const ENGLISH = /\b(Loading|Submit|Cancel|Search|No data|Select|Confirm|Error|OK|undefined|null|NaN)\b/;
/** A 1×1 PNG: enough for the server to recognise a scan by its content. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const PETITIONER = { name: '张伟', idNumber: '441226198001010010', phone: '13812345678' };

let server: RunningServer | undefined;
let browser: Browser | undefined;
let page: Page;
let firstNo = '';

beforeAll(async () => {
  assertBuilt();
  server = await startServer();
  browser = await launchBrowser();
  page = await (await newContext(browser, server.url)).newPage();
  await page.goto('/login');
  await signIn(page, 'dq_registrar', DEMO_PASSWORD);
  await page.getByText('您好，').waitFor();
});

// What the browser showed when a step failed: test-results/register-failed.png.
beforeEach(() => onTestFailed(async () => void (await screenshot(page, 'register-failed.png'))));

afterAll(async () => {
  await browser?.close();
  await server?.stop('SIGTERM');
});

/** Opens a select (or tree select) by its label and picks the visible option with this text. */
async function choose(field: Locator, option: string) {
  await field.click();
  await page.locator(`.ant-select-dropdown:visible [title="${option}"]`).first().click();
}

/** Fills one letter: the same person and the same matter each time. */
async function fillLetter(idNumber: string) {
  const form = page.getByTestId('register-form');
  await choose(form.getByLabel('信访类别'), '检举控告');
  await form.getByLabel('问题类别').click();
  await page.keyboard.type('礼品礼金');
  await page.locator('.ant-select-dropdown:visible').getByText('违规接受礼品礼金宴请服务').click();
  // 问题属地 starts at the unit's own county; go one level down to the town.
  await form.getByLabel('问题属地').click();
  await page.locator('.ant-cascader-menu-item[title="德庆县"]').click();
  await page.locator('.ant-cascader-menu-item[title="新圩镇"]').click();
  await expect.poll(() => form.locator('.ant-cascader').innerText()).toContain('新圩镇');

  const person = page.getByTestId('petitioner-0');
  await person.getByLabel('姓名', { exact: true }).fill(PETITIONER.name);
  await person.getByLabel('身份证号').fill(idNumber);
  await person.getByLabel('电话1').fill(PETITIONER.phone);
  await person.getByLabel('住址').fill('广东省肇庆市德庆县新圩镇新圩村12号');
  const accused = page.getByTestId('accused-0');
  await accused.getByLabel('被反映人姓名').fill('李明');
  await accused.getByLabel('所在单位').fill('德庆县新圩镇人民政府');
  await accused.getByLabel('职务').fill('副镇长');
  await choose(accused.getByLabel('职级'), '乡科级');
  await form.getByLabel('标题').fill('反映新圩镇副镇长李明违规收受礼金');
  await form
    .getByLabel('内容摘要')
    .fill('2026年春节期间，新圩镇副镇长李明多次收受辖区企业老板送的礼金，合计约两万元。');
}

describe('registering letters in the console', () => {
  it('registers a letter with a scanned page, after showing the server’s message beside the ID number', async () => {
    await page.getByRole('menuitem', { name: '信访登记' }).click();
    const form = page.getByTestId('register-form');
    await form.waitFor();
    // Under 信访日期: when a real-name reporter must be told (15 working days for discipline reports).
    await form.getByText(/按 15 个工作日计，应于 \d{4}年\d{1,2}月\d{1,2}日 前受理告知/).waitFor();

    await fillLetter('441226198001010011'); // last digit wrong
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: '来信扫描件.png', mimeType: 'image/png', buffer: PNG });
    await form.getByText('来信扫描件.png').waitFor();
    await form.getByRole('button', { name: '保存登记' }).click();
    await page.getByTestId('petitioner-0').getByText('校验码错误：按前17位计算最后一位应为 0').waitFor();

    await page.getByTestId('petitioner-0').getByLabel('身份证号').fill(PETITIONER.idNumber);
    await form.getByRole('button', { name: '保存登记' }).click();
    const result = page.getByTestId('register-result');
    await result.getByText('登记成功').waitFor();
    firstNo = (await result.getByTestId('case-no').innerText()).trim();
    expect(firstNo).toMatch(/^DQ441226-\d{4}-\d{6}$/);
    await result.getByText('已上传附件 1 个').waitFor();
    expect(await result.getByTestId('case-flags').innerText()).toContain('实名');
    const barcode = result.getByRole('img', { name: `条形码 ${firstNo}` });
    // Drawn by the server (an image that failed to load has no natural width).
    const width = () => barcode.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth);
    await expect.poll(width).toBeGreaterThan(0);
    await result.getByText('未发现疑似重复件').waitFor();
    expect(await page.locator('body').innerText()).not.toMatch(ENGLISH);
  });

  it('offers the first letter as a repeat of the second, with its reasons, and links them', async () => {
    await page.getByRole('button', { name: '继续登记' }).click();
    await page.getByTestId('register-form').waitFor();
    await fillLetter(PETITIONER.idNumber);
    await page.getByRole('button', { name: '保存登记' }).click();
    const result = page.getByTestId('register-result');
    const secondNo = (await result.getByTestId('case-no').innerText()).trim();
    expect(secondNo).not.toBe(firstNo);

    const candidates = result.getByTestId('repeat-candidates');
    const offered = candidates.getByRole('listitem').filter({ hasText: firstNo });
    await offered.waitFor();
    const reasons = await offered.innerText();
    expect(reasons).toContain('同一信访人（身份证号相同）');
    expect(reasons).toContain('同一被反映人');
    await offered.getByRole('button', { name: '认定为重复件' }).click();
    await page.locator('.ant-popover:visible').getByRole('button', { name: '认定', exact: true }).click();
    await candidates.getByText(`已认定为 ${firstNo} 的重复件`).waitFor();
    expect(await result.getByTestId('case-flags').innerText()).toContain('重复件');
  });

  it('opens the first case through the scan box, and refuses a wrong number in Chinese', async () => {
    const scan = page.getByLabel('扫码框');
    await page.keyboard.press('F2'); // from wherever the cursor was: the keys now go to the scan box
    await page.keyboard.type('DQ441226-2026');
    expect(await scan.inputValue()).toBe('DQ441226-2026');
    await page.keyboard.press('Enter');
    await page.getByText('「DQ441226-2026」不是有效的信访编号').waitFor();

    await scan.fill(firstNo);
    await scan.press('Enter');
    const casePage = page.getByTestId('case-page');
    await casePage.waitFor();
    expect((await casePage.getByTestId('case-no').innerText()).trim()).toBe(firstNo);
    await page.getByTestId('attachments').getByText('来信扫描件.png').waitFor();
    const petitioners = page.getByTestId('petitioners');
    await petitioners.getByText('张*').waitFor(); // masked until asked for

    await page.getByRole('button', { name: '查看完整身份信息' }).click();
    await page.getByRole('dialog').getByText('记入审计日志').waitFor();
    await page.getByRole('button', { name: '确定查看' }).click();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await petitioners.getByText(PETITIONER.idNumber).waitFor();
    await page.getByTestId('case-handling').waitFor();

    const text = await page.locator('body').innerText();
    expect(text).toContain('违规接受礼品礼金宴请服务');
    expect(text).toContain('广东省肇庆市德庆县新圩镇');
    expect(text).not.toMatch(ENGLISH);
    // The toasts of the scan box and of the repeat link have gone: the picture shows the page itself.
    await expect.poll(() => page.locator('.ant-message-notice').count(), { timeout: 10_000 }).toBe(0);
    await screenshot(page, 'register.png');
  });
});
