// Statistics in a real browser against the real, built server: the leaders' dashboard and the cross-tab export.
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRegistration } from '../support/factories.js';
import { assertBuilt, launchBrowser, newContext, screenshot, signIn } from './support/browser.js';
import { DEMO_PASSWORD, httpLogin, startServer, type RunningServer } from './support/server.js';

/** Words an untranslated screen would show. Every word the user sees is Chinese. */
const ENGLISH = /\b(Loading|Submit|Cancel|Search|No data|Select|Confirm|Error|items\/page|undefined|null|NaN)\b/;
const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

let server: RunningServer | undefined;
let browser: Browser | undefined;
let page: Page;

beforeAll(async () => {
  assertBuilt();
  server = await startServer();
  const dq = await httpLogin(server.url, 'dq_registrar');
  const dc = await httpLogin(server.url, 'dc_handler');
  const day = today();
  const cases = [
    [dq, buildRegistration({ receivedOn: day })],
    [dq, buildRegistration({ receivedOn: day, channel: 'visit', petitioners: [{ name: '王芳', sex: 'female', phones: ['13900000001'], address: '德庆县新圩镇' }] })],
    [dc, buildRegistration({ receivedOn: day, matterRegionCode: '441226', petitioners: [{ name: '赵强', sex: 'male', phones: ['13900000002'], address: '德庆县德城街道' }] })],
  ] as const;
  for (const [client, body] of cases) {
    const res = await client.post('/api/v1/cases', body);
    expect(res.status, JSON.stringify(res.json)).toBe(201);
  }
  browser = await launchBrowser();
  page = await (await newContext(browser, server.url)).newPage();
  await page.goto('/login');
  await signIn(page, 'dq_leader', DEMO_PASSWORD);
  await page.getByTestId('current-user').waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop('SIGTERM');
});

describe('statistics in the browser', () => {
  it('opens a leader\'s 首页 on 领导驾驶舱 with the work below; a registrar keeps the work queues and no statistics menu', async () => {
    // Signed in (beforeAll), the leader is on 首页.
    expect(new URL(page.url()).pathname).toBe('/');
    await page.getByTestId('dashboard').getByRole('heading', { name: '领导驾驶舱' }).waitFor();
    await page.getByText('我的工作').waitFor();
    const registrar = await (await newContext(browser!, server!.url)).newPage();
    await registrar.goto('/login');
    await signIn(registrar, 'dq_registrar', DEMO_PASSWORD);
    await registrar.getByTestId('work-queues').waitFor();
    expect(await registrar.getByTestId('dashboard').count()).toBe(0);
    expect(await registrar.getByRole('menuitem', { name: '统计分析' }).count()).toBe(0);
    expect(await registrar.getByRole('menuitem', { name: '领导驾驶舱' }).count()).toBe(0);
    await registrar.context().close();
  });

  it('shows the dashboard with Chinese labels, indicator tiles, charts and the map of 肇庆', async () => {
    await page.getByRole('menuitem', { name: '领导驾驶舱' }).click();
    const board = page.getByTestId('dashboard');
    await board.getByRole('heading', { name: '领导驾驶舱' }).waitFor();
    await board.getByText('德庆县纪委监委').first().waitFor();
    for (const label of ['红灯（已超期）', '黄灯（临近期限）', '绿灯（正常办理）', '工作指标', '问题属地分布', '近 12 个月信访量', '主要问题类别', '本期热词'])
      await board.getByText(label, { exact: true }).first().waitFor();
    const tiles = page.getByTestId('indicator-tiles');
    for (const label of ['及时受理率', '按期办结率', '参评率', '满意率', '重复信访率', '化解率', '越级访', '集体访']) await tiles.getByText(label, { exact: true }).waitFor();
    await page.getByTestId('hot-words').getByText('礼金').waitFor();
    // The map is drawn on a canvas inside its labelled figure once the prefecture's map file has loaded.
    const map = page.getByRole('img', { name: '信访件问题属地分布地图' });
    await map.locator('canvas').first().waitFor();
    const box = await map.boundingBox();
    expect(box!.height).toBeGreaterThan(300);
    // The map really has areas: the canvas is not blank.
    type Canvas = { width: number; height: number; getContext(kind: '2d'): { getImageData(x: number, y: number, w: number, h: number): { data: ArrayLike<number> } } };
    const painted = await map
      .locator('canvas')
      .first()
      .evaluate((el) => {
        const c = el as unknown as Canvas;
        const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let n = 0;
        for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
        return n / (c.width * c.height);
      });
    expect(painted).toBeGreaterThan(0.05);
    await page.getByRole('img', { name: '近 12 个月信访量趋势图' }).locator('canvas').first().waitFor();
    const text = await page.locator('body').innerText();
    expect(text).not.toMatch(ENGLISH);
    await screenshot(page, 'statistics/dashboard.png');
  });

  it('exports the cross-tab on screen to an Excel file that holds the same table', async () => {
    await page.getByRole('menuitem', { name: '统计分析' }).click();
    const table = page.getByTestId('cross-tab');
    await table.locator('tbody tr.ant-table-row').first().waitFor();
    await table.getByText('合计').first().waitFor();
    const screen = { head: await table.locator('thead tr').first().locator('th').allInnerTexts(), rows: [] as string[][] };
    for (const row of await table.locator('tbody tr.ant-table-row').all()) screen.rows.push((await row.locator('td').allInnerTexts()).map((x) => x.trim()));
    screen.head = screen.head.map((x) => x.trim());
    expect(screen.rows.length).toBeGreaterThan(1);
    expect(screen.head[0]).toBe('问题类别（大类）');
    const title = await page.locator('.ant-card-head-title', { hasText: '统计表' }).innerText();
    await screenshot(page, 'statistics/cross-tab.png');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 Excel' }).first().click()]);
    expect(download.suggestedFilename()).toMatch(/德庆县纪委监委.*\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await download.path())!);
    const sheet = workbook.worksheets[0]!;
    expect(title).toContain(String(sheet.getCell('A1').value));
    expect(String(sheet.getCell('A2').value)).toContain('统计单位：德庆县纪委监委');
    const rowText = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)));
    expect(rowText(3)).toEqual(screen.head);
    screen.rows.forEach((r, i) => expect(rowText(4 + i)).toEqual(r));
    expect(sheet.rowCount).toBeGreaterThanOrEqual(3 + screen.rows.length);

    // A figure opens the cases behind it.
    const first = table.locator('tbody tr.ant-table-row').first().locator('a').last();
    const n = Number(await first.innerText());
    await first.click();
    await expect.poll(() => page.url()).toContain('/cases?');
    await page.getByText(`共 ${n} 件`).waitFor();
  });

  it('shows the filters a figure drills through with as tags in Chinese, and drops one when its tag is closed', async () => {
    await page.goto('/cases?source=direct&unitLevel=county&unitOnly=true');
    for (const tag of ['信访来源：本机关受理', '承办层级：县级', '仅本级（不含下级单位）']) await page.getByText(tag, { exact: true }).waitFor();
    // 德庆's own two cases, not 德城街道's.
    await page.getByText('共 2 件').waitFor();
    await page.getByTestId('filter-tag-unitOnly').locator('.ant-tag-close-icon').click();
    await expect.poll(() => page.url()).not.toContain('unitOnly');
    expect(await page.getByTestId('filter-tag-source').innerText()).toContain('本机关受理');
    expect(await page.locator('body').innerText()).not.toMatch(ENGLISH);
  });

  it('lets the central administrator set whether 基本满意 counts as satisfied, with the definition shown', async () => {
    const ctx = await newContext(browser!, server!.url);
    const p = await ctx.newPage();
    await p.goto('/rules');
    await signIn(p, 'admin', DEMO_PASSWORD);
    await p.getByRole('tab', { name: '统计口径' }).click();
    const shown = p.getByTestId('statistics-settings');
    await shown.getByText('计为满意', { exact: true }).waitFor();
    expect(await shown.innerText()).toContain('满意率 = ');
    await p.getByRole('button', { name: '修改', exact: true }).click();
    const d = p.getByRole('dialog');
    await d.getByText('不计为满意', { exact: true }).click();
    await d.getByRole('button', { name: '保存', exact: true }).click();
    await d.waitFor({ state: 'hidden' });
    await shown.getByText('不计为满意', { exact: true }).waitFor();
    expect(await shown.innerText()).toContain('“基本满意”不计为满意');
    expect(await p.locator('body').innerText()).not.toMatch(ENGLISH);
    await screenshot(p, 'statistics/statistics-settings.png');
    await ctx.close();
  });
});
