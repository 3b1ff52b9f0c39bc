// One discipline report handled across three levels in the console, each step by its own user in their own browser
// profile: county 拟办 → 批示 → 上报; city 拟办 → 批示 → 交办 with 改派理由; town 受理 → 办理 → 办结报告 → 审核;
// city 审核 → 答复. The timeline at the end shows every step.
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRegistration } from '../support/factories.js';
import { assertBuilt, launchBrowser, newContext, screenshot, signIn } from './support/browser.js';
import { DEMO_PASSWORD, httpLogin, startServer, type RunningServer } from './support/server.js';

const ENGLISH = /\b(Loading|Submit|Cancel|Search|No data|Select|Confirm|Error|OK|undefined|null)\b/;
const TOWN = '德城街道群众工作站';

let server: RunningServer;
let browser: Browser;
const contexts = new Map<string, BrowserContext>();
const pages = new Map<string, Page>();
let countyCase = '';
let cityCase = '';
let townCase = '';
let cityCaseNo = '';

beforeAll(async () => {
  assertBuilt();
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop('SIGTERM');
});

/** The user's own browser profile, signed in once. */
async function as(username: string): Promise<Page> {
  const open = pages.get(username);
  if (open) return open;
  const ctx = await newContext(browser, server.url);
  const page = await ctx.newPage();
  await page.goto('/login');
  await signIn(page, username, DEMO_PASSWORD);
  await page.getByText('您好，').waitFor();
  contexts.set(username, ctx);
  pages.set(username, page);
  return page;
}

async function openCase(page: Page, id: string) {
  await page.goto(`/cases/${id}`);
  await page.getByTestId('case-handling').waitFor();
}

/** Clicks the action, fills its dialog, confirms with the same verb and waits for the case's new state. */
async function act(page: Page, label: string, state: string, fill?: (d: Locator) => Promise<void>) {
  await page.getByTestId('case-actions').getByRole('button', { name: label, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  if (fill) await fill(dialog);
  await dialog.getByRole('button', { name: label, exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
  await expect.poll(() => page.getByTestId('case-state').innerText()).toBe(state);
}

async function choose(page: Page, field: Locator, option: string) {
  await field.click();
  await page.locator(`.ant-select-item-option[title="${option}"]`).click();
}

const trail = async (username: string, id: string) =>
  (await (await httpLogin(server.url, username)).get(`/api/v1/cases/${id}/trail`)).json as {
    links: { kind: string; caseId: string; caseNo: string }[];
  };

describe('handling a report across three levels', () => {
  it('the county proposes, its leader instructs in a batch, and the report goes up to the city as suggested', async () => {
    const dq = await httpLogin(server.url, 'dq_registrar');
    const registered = await dq.post(
      '/api/v1/cases',
      buildRegistration({
        accused: [{ name: '周某', unit: '德庆县交通运输局', position: '局长', rank: 'division' }],
        title: '反映德庆县交通运输局局长周某收受礼金',
      }),
    );
    expect(registered.status).toBe(201);
    countyCase = (registered.json.case as { id: string }).id;
    const caseNo = (registered.json.case as { caseNo: string }).caseNo;

    const registrar = await as('dq_registrar');
    await registrar.getByTestId('work-queues').getByText('待拟办').waitFor();
    await openCase(registrar, countyCase);
    // Someone else acts while the dialog is open: the refusal says so, the page updates, the typed text stays.
    await registrar.getByTestId('case-actions').getByRole('button', { name: '拟办', exact: true }).click();
    const proposal = registrar.getByRole('dialog');
    const opinion = '被反映人为县处级干部，按干部管理权限应报市纪委监委';
    await proposal.getByLabel('拟办意见').fill(opinion);
    const supervisor = await httpLogin(server.url, 'dq_supervisor');
    const { version } = (await supervisor.get(`/api/v1/cases/${countyCase}/trail`)).json as {
      version: number;
    };
    const remind = { version, payload: { opinion: '请抓紧拟办' } };
    expect((await supervisor.post(`/api/v1/cases/${countyCase}/actions/remind`, remind)).status).toBe(200);
    await proposal.getByRole('button', { name: '拟办', exact: true }).click();
    await proposal.getByText('本件已被他人办理或修改，您的提交未保存').waitFor();
    await registrar.getByTestId('supervisions').getByText('请抓紧拟办').waitFor();
    expect(await proposal.getByLabel('拟办意见').inputValue()).toBe(opinion);
    await proposal.getByRole('button', { name: '拟办', exact: true }).click();
    await proposal.waitFor({ state: 'hidden' });
    await expect.poll(() => registrar.getByTestId('case-state').innerText()).toBe('已拟办');

    const leader = await as('dq_leader');
    const waiting = leader.getByTestId('to-instruct');
    await waiting
      .getByRole('row', { name: new RegExp(caseNo) })
      .getByRole('checkbox')
      .check();
    await waiting.getByRole('button', { name: /批量批示/ }).click();
    const dialog = leader.getByRole('dialog');
    await dialog.getByLabel('批示内容').fill('同意报送市纪委监委');
    await dialog.getByLabel('文号').fill('德纪批〔2026〕12号');
    await dialog.getByRole('button', { name: '批示', exact: true }).click();
    await leader.getByText('已批示 1 件').waitFor();
    await expect.poll(() => waiting.getByRole('row', { name: new RegExp(caseNo) }).count()).toBe(0);

    await openCase(registrar, countyCase);
    await registrar.getByTestId('instructions').getByText('同意报送市纪委监委').waitFor();
    await act(registrar, '上报', '已上报', async (d) => {
      await d.getByText('系统建议承办单位：肇庆市纪委监委').waitFor();
      expect(await d.innerText()).toContain('县处级');
      await d.getByText('肇庆市纪委监委（系统建议）').waitFor(); // preselected
      expect(await d.getByLabel('改派理由').count()).toBe(0); // as suggested: no reason asked
    });
    await registrar.getByTestId('linked-cases').getByText('肇庆市纪委监委').waitFor();
    const up = (await trail('dq_registrar', countyCase)).links.find((l) => l.kind === 'escalatedTo')!;
    cityCase = up.caseId;
    cityCaseNo = up.caseNo;
  });

  it('the city finds it in 待拟办, proposes, its leader instructs, and it is assigned to a town with a reason', async () => {
    const registrar = await as('zq_registrar');
    await registrar.reload();
    const queue = registrar.getByTestId('work-queues').getByRole('link', { name: /待拟办 [1-9]/ });
    await queue.waitFor();
    expect(await queue.getAttribute('href')).toBe('/cases?queue=toPropose');
    await openCase(registrar, cityCase);
    await act(registrar, '拟办', '已拟办', (d) =>
      d.getByLabel('拟办意见').fill('建议交德城街道群众工作站核查'),
    );

    const leader = await as('zq_leader');
    await openCase(leader, cityCase);
    await act(leader, '批示', '已批示', (d) =>
      d.getByLabel('批示内容').fill('请德城街道群众工作站核实，限期报结果'),
    );

    await openCase(registrar, cityCase);
    await registrar.getByTestId('instructions').getByText('请德城街道群众工作站核实').waitFor();
    await act(registrar, '交办', '已交办', async (d) => {
      await d.getByText('系统建议承办单位：肇庆市纪委监委').waitFor(); // 县处级: the city itself
      await d.getByLabel('接收单位').fill('德城');
      await registrar.locator('.ant-select-tree').getByText(TOWN, { exact: true }).click();
      await d.getByLabel('改派理由').fill('问题发生在德城街道，交其先行核实');
      await d.getByLabel('结果报送期限').fill('2027-01-15');
      await d.getByLabel('结果报送期限').press('Enter');
      await d.getByLabel('办理要求').fill('请查明事实，依规处理');
    });
    const handling = registrar.getByTestId('case-handling');
    await handling.getByText('交办函').waitFor();
    expect(await handling.innerText()).toContain('2027-01-15');
    const down = (await trail('zq_registrar', cityCase)).links.find((l) => l.kind === 'assignedTo')!;
    townCase = down.caseId;
  });

  it('the town accepts, handles and concludes; its head approves and the result goes back up', async () => {
    const handler = await as('dc_handler');
    await openCase(handler, townCase);
    await act(handler, '受理', '已受理');
    await act(handler, '开始办理', '办理中');
    await act(handler, '提交办结报告', '办结报告待审核', async (d) => {
      await d.getByLabel('办结报告').fill('经核实，周某收受礼金 2 万元属实，已责令退还并给予党内警告处分。');
      await choose(handler, d.getByLabel('属实程度'), '属实');
    });
    const head = await as('dc_unithead');
    await openCase(head, townCase);
    await act(head, '审核办结报告', '已办结', (d) => d.getByLabel('审核意见').fill('同意'));
  });

  it('the city approves the reported result and replies; the timeline shows every step', async () => {
    const unitHead = await as('zq_unithead');
    await openCase(unitHead, cityCase);
    expect(await unitHead.getByTestId('case-state').innerText()).toBe('办结报告待审核');
    await act(unitHead, '审核办结报告', '已办结');

    const registrar = await as('zq_registrar');
    await openCase(registrar, cityCase);
    await act(registrar, '答复', '已答复', (d) =>
      d.getByLabel('答复意见').fill('您反映的问题经核实属实，已作处理。'),
    );

    const timeline = registrar.getByTestId('trail-timeline');
    await timeline.getByText('您反映的问题经核实属实').waitFor();
    const text = await timeline.innerText();
    const steps = [
      '收到（上级交办/转办/下级上报）',
      '拟办',
      '批示',
      '交办',
      '收到办理结果',
      '审核办结报告',
      '答复',
    ];
    let at = -1;
    for (const step of steps) {
      const next = text.indexOf(step, at + 1);
      expect(next, `${step} after position ${at}`).toBeGreaterThan(at);
      at = next;
    }
    for (const who of ['黄登记', '何书记', '梁主任']) expect(text).toContain(who);
    expect(text).toContain('改派理由：问题发生在德城街道');
    expect(text).toMatch(/2026-\d\d-\d\d \d\d:\d\d:\d\d/); // China time
    const page = await registrar.locator('body').innerText();
    expect(page).toContain(cityCaseNo);
    expect(page).not.toMatch(ENGLISH);
    await screenshot(registrar, 'handling.png');
  });
});
