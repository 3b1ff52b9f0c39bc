// The staff console in a real browser against the real, built server (node dist/cli/main.js start).
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, launchBrowser, newContext, screenshot, signIn } from './support/browser.js';
import { DEMO_PASSWORD, httpLogin, startServer, type RunningServer } from './support/server.js';

const UNIT = { name: '新圩镇群众工作站二站', code: 'DQTEST1', regionCode: '441226101' };
const USER = { username: 'dq_test_registrar', displayName: '测试登记员' };
/** Words an untranslated screen would show. Every word the user sees is Chinese. */
const ENGLISH = /\b(Loading|Submit|Cancel|Search|No data|Select|Confirm|Error|items\/page)\b/;

let server: RunningServer | undefined;
let browser: Browser | undefined;
let admin: BrowserContext;
let page: Page;
let fengkaiId: string;
let temporaryPassword = '';

beforeAll(async () => {
  assertBuilt();
  server = await startServer();
  // The neighbouring county, as the central administrator sees it: dq_admin must not.
  const central = await httpLogin(server.url, 'admin');
  const all = (await central.get('/api/v1/units')).json.items as { id: string; name: string }[];
  fengkaiId = all.find((u) => u.name === '封开县纪委监委')!.id;
  browser = await launchBrowser();
  admin = await newContext(browser, server.url);
  page = await admin.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop('SIGTERM');
});

const dialog = () => page.getByRole('dialog');
const bodyText = (p: Page) => p.locator('body').innerText();

describe('staff console', () => {
  it('sends a visitor to the login page, refuses a wrong password in Chinese, then shows who signed in', async () => {
    await page.goto('/units');
    await expect.poll(() => page.url()).toContain('/login?next=%2Funits');
    await page.getByRole('heading', { name: '信访举报信息管理系统' }).waitFor();
    // autoInsertSpace is off: the button reads 登录, not 登 录.
    expect(await page.getByRole('button', { name: '登录', exact: true }).count()).toBe(1);

    await signIn(page, 'dq_admin', 'Wrong#Pass2026');
    await page.getByText('用户名或密码错误').waitFor();

    await signIn(page, 'dq_admin', DEMO_PASSWORD);
    await expect.poll(() => page.url()).toMatch(/\/units$/); // back where the visitor wanted to go
    const who = page.getByTestId('current-user');
    await who.getByText('德庆县纪委监委').waitFor();
    expect(await who.innerText()).toContain('系统管理员');

    // The menu follows the permissions: an administrator never reads the audit trail (三员分立).
    const menu = page.getByRole('menu');
    for (const entry of ['首页', '单位管理', '用户管理', '接口令牌', '修改密码', '退出'])
      expect(await menu.getByRole('menuitem', { name: entry }).count()).toBe(1);
    expect(await menu.getByRole('menuitem', { name: '审计日志' }).count()).toBe(0);
    await page.goto('/audit');
    await page.getByText('无权访问').waitFor();
  });

  it('creates a town unit under 德庆县纪委监委 and edits it after a reload', async () => {
    await page.getByRole('menuitem', { name: '单位管理' }).click();
    const tree = page.getByRole('tree');
    await tree.getByText('德庆县纪委监委', { exact: true }).click();
    await page.getByRole('button', { name: '新建下级单位' }).click();
    await dialog().getByLabel('名称').fill(UNIT.name);
    await dialog().getByLabel('单位代码').fill(UNIT.code);
    await dialog().getByLabel('单位类别').click();
    await page.locator('.ant-select-item-option[title="乡镇街道"]').click();
    await dialog().getByLabel('行政区划代码').fill(UNIT.regionCode);
    await dialog().getByText('广东省肇庆市德庆县新圩镇').waitFor(); // the code's name, from the region dictionary
    await dialog().getByRole('button', { name: '保存' }).click();

    await page.getByText(`已新建单位「${UNIT.name}」`).waitFor();
    await tree.getByText(UNIT.name, { exact: true }).waitFor();
    const detail = page.locator('.ant-descriptions');
    await detail.getByText(UNIT.code).waitFor();
    expect(await detail.innerText()).toMatch(/乡镇\/街道[\s\S]*乡镇街道/);
    expect(await bodyText(page)).not.toMatch(ENGLISH);
    const shot = await screenshot(page, 'console.png');
    expect(shot).toMatch(/console\.png$/);

    // After a reload the session and its CSRF token come back from /auth/me: a write still goes through.
    await page.reload();
    await page.getByRole('button', { name: '编辑' }).click();
    await dialog().getByLabel('电话').fill('0758-7771234');
    await dialog().getByRole('button', { name: '保存' }).click();
    await page.getByText('已保存').waitFor();
    await page.locator('.ant-descriptions').getByText('0758-7771234').waitFor();

    // Someone else saves first: the form says so in the server's words and keeps the user's input unsaved.
    const unitId = page.url().split('/units/')[1]!;
    await page.getByRole('button', { name: '编辑' }).click();
    await dialog().getByLabel('地址').fill('德庆县新圩镇');
    const other = await httpLogin(server!.url, 'dq_admin');
    const current = (await other.get(`/api/v1/units/${unitId}`)).json as Record<string, unknown>;
    const { id: _i, parentId: _p, regionName: _r, depth: _d, active: _a, updatedAt: _u, ...fields } = current;
    expect((await other.put(`/api/v1/units/${unitId}`, { ...fields, shortName: '二站' })).status).toBe(200);
    await dialog().getByRole('button', { name: '保存' }).click();
    await dialog().getByText('该记录已被他人修改').waitFor();
    await dialog().getByRole('button', { name: '取消' }).click();
    await page.locator('.ant-descriptions').getByText('二站', { exact: true }).waitFor(); // re-read after closing
  });

  it('creates a user in the new unit and shows the temporary password once', async () => {
    await page.getByRole('menuitem', { name: '用户管理' }).click();
    await page.getByRole('button', { name: '新建用户' }).click();
    await dialog().getByLabel('用户名').fill(USER.username);
    await dialog().getByLabel('姓名').fill(USER.displayName);
    await dialog().getByLabel('所属单位').fill('二站');
    await page.locator('.ant-select-tree').getByText(UNIT.name, { exact: true }).click();
    await dialog().getByLabel('登记员').check();
    await dialog().getByRole('button', { name: '保存' }).click();

    const secret = page.getByTestId('one-time-secret');
    await secret.waitFor();
    temporaryPassword = (await secret.innerText()).trim();
    expect(temporaryPassword.length).toBeGreaterThanOrEqual(10);
    await page.getByText('临时密码只显示这一次').waitFor();
    await page.getByRole('button', { name: '我已妥善记录' }).click();

    const row = page.getByRole('row', { name: new RegExp(USER.username) });
    await row.waitFor();
    expect(await row.innerText()).toMatch(new RegExp(`${UNIT.name}[\\s\\S]*登记员[\\s\\S]*待改密码`));
  });

  it('makes the new user change the temporary password before anything else', async () => {
    const ctx = await newContext(browser!, server!.url);
    const p = await ctx.newPage();
    await p.goto('/login');
    await signIn(p, USER.username, temporaryPassword);
    await p.getByText('请先修改密码').waitFor();
    expect(await p.getByRole('menu').count()).toBe(0); // nothing else is offered
    await p.getByLabel('当前密码').fill(temporaryPassword);
    await p.getByLabel('新密码', { exact: true }).fill('Xinfang#2026');
    await p.getByLabel('确认新密码').fill('Xinfang#2026');
    await p.getByRole('button', { name: '修改密码' }).click();
    await p.getByText(`您好，${USER.displayName}`).waitFor();
    expect(await p.getByTestId('current-user').innerText()).toContain(UNIT.name);
    await ctx.close();
  });

  it('does not show or open units outside the administrator’s subtree', async () => {
    await page.getByRole('menuitem', { name: '单位管理' }).click();
    await page.getByRole('tree').getByText('德庆县纪委监委', { exact: true }).waitFor();
    expect(await page.getByRole('tree').getByText('封开县纪委监委').count()).toBe(0);

    await page.goto(`/units/${fengkaiId}`);
    await page.getByText('单位不存在或不在您的管辖范围内').waitFor();

    const answer = await page.evaluate(async (id) => {
      const res = await fetch(`/api/v1/units/${id}`);
      return { status: res.status, body: (await res.json()) as { error: { message: string } } };
    }, fengkaiId);
    expect(answer.status).toBe(404);
    expect(answer.body.error.message).toBe('单位不存在或不在您的管辖范围内');
  });

  it('lets the auditor read the trail of these changes in Chinese', async () => {
    const ctx = await newContext(browser!, server!.url);
    const p = await ctx.newPage();
    await p.goto('/audit');
    await signIn(p, 'dq_auditor', DEMO_PASSWORD);
    await expect.poll(() => p.url()).toMatch(/\/audit$/);
    const table = p.locator('.ant-table');
    await table.getByText('新建单位').first().waitFor();
    const text = await table.innerText();
    for (const label of ['新建用户', '修改单位', '修改密码', '登录失败']) expect(text).toContain(label);
    expect(text).not.toMatch(/unit\.create|user\.create/);
    expect(await p.getByRole('menuitem', { name: '单位管理' }).count()).toBe(0);
    await ctx.close();
  });

  it('lets the central administrator set the overdue grades on the rules page, refusing them out of order', async () => {
    const ctx = await newContext(browser!, server!.url);
    const p = await ctx.newPage();
    await p.goto('/rules');
    await signIn(p, 'admin', DEMO_PASSWORD);
    await p.getByRole('tab', { name: '超期设置' }).click();
    const shown = p.getByTestId('deadline-settings');
    await shown.getByText('超期满 3 个工作日，提醒上一级单位督办人员').waitFor();
    await p.getByRole('button', { name: '修改', exact: true }).click();
    const d = p.getByRole('dialog');
    await d.getByLabel('严重超时起算').fill('5');
    await d.getByRole('button', { name: '保存', exact: true }).click();
    await d.getByText('严重超时起算天数应大于中度超时起算天数').waitFor();
    await d.getByLabel('严重超时起算').fill('20');
    await d.getByLabel('超期多少个工作日后报上一级督办').fill('2');
    await d.getByRole('button', { name: '保存', exact: true }).click();
    await d.waitFor({ state: 'hidden' });
    await shown.getByText('超期 20 个工作日及以上').waitFor();
    expect(await shown.innerText()).toContain('超期满 2 个工作日');
    expect(await p.locator('body').innerText()).not.toMatch(ENGLISH);
    await ctx.close();
  });
});
