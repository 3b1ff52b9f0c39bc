// 隐患排查 in a real browser: a village liaison files this week's form on a phone, the street office's grid shows it.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, launchBrowser, newContext, screenshot, signIn } from './support/browser.js';
import { buildRegistration } from '../support/factories.js';
import { DEMO_PASSWORD, httpLogin, startServer, type RunningServer } from './support/server.js';

const PHONE = { width: 360, height: 740 };
/** Words an untranslated screen would show. Every word the user sees is Chinese. */
const ENGLISH = /\b(Loading|Submit|Cancel|Search|No data|Select|Confirm|Error|Today|items\/page)\b/;

let server: RunningServer | undefined;
let browser: Browser | undefined;
let phone: BrowserContext;
let desk: BrowserContext;
let week = '';

beforeAll(async () => {
  assertBuilt();
  server = await startServer();
  browser = await launchBrowser();
  phone = await browser.newContext({ baseURL: server.url, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: PHONE, deviceScaleFactor: 2, isMobile: true, hasTouch: true, reducedMotion: 'reduce' });
  desk = await newContext(browser, server.url);
  const liaison = await httpLogin(server.url, 'xs_liaison');
  week = ((await liaison.get('/api/v1/risk-reports/current')).json as { period: { start: string } }).period.start;
});

afterAll(async () => {
  await browser?.close();
  await server?.stop('SIGTERM');
});

/** The Select dropdown now open (closed ones may linger hidden in the page). */
const openDropdown = (page: Page) => page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');

async function step<T>(page: Page, name: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    await screenshot(page, `risks-${name}-failed.png`).catch(() => undefined);
    throw e;
  }
}

describe('隐患排查', () => {
  it('a liaison files the weekly form on a phone, and the street office grid shows it', async () => {
    const page = await phone.newPage();
    await step(page, 'file', async () => {
      await page.goto('/risks/report');
      await signIn(page, 'xs_liaison', DEMO_PASSWORD);
      const status = page.getByTestId('report-status');
      await status.getByText('本期未上报').waitFor();
      expect(await page.locator('body').innerText()).toContain('西宋村');
      // The header keeps the liaison's name whole at 360 px.
      const name = page.getByTestId('current-user').getByText('袁联络', { exact: true });
      expect(await name.evaluate((el) => el.scrollWidth <= el.clientWidth && el.getBoundingClientRect().width > 0)).toBe(true);
      // The demo's key risk of the village waits for its daily progress.
      await page.getByText('西宋村 8 户村民对村集体土地流转收益分配方案有异议，扬言集体到市里上访').waitFor();

      await page.getByRole('button', { name: '添加一条隐患' }).click();
      await page.getByLabel('隐患情况').fill('西宋村十余户村民对征地补偿分配有意见，酝酿集体上访');
      await page.getByLabel('涉及人数').fill('12');
      await page.getByLabel('重点人员').fill('王某某、李某某');
      await page.getByLabel('隐患类别').click();
      await page.getByTitle('土地征收与宅基地').click();
      await page.locator('#risks_0_level').getByText('重大', { exact: true }).click();
      await page.getByLabel('调处措施').fill('村两委逐户走访，公开补偿明细');
      await page.getByLabel('责任人').fill('袁联络');
      await page.getByLabel('化解时限').click();
      await page.getByText('今天', { exact: true }).click();
      await page.locator('#risks_0_status').getByText('调处中', { exact: true }).click();
      const body = await page.locator('body').innerText();
      expect(body).not.toMatch(ENGLISH);

      await page.getByRole('button', { name: '上报排查表' }).click();
      await page.getByText(/排查表已上报/).first().waitFor();
      await status.getByText(/本期已上报/).waitFor();
      // The risk now waits below for its follow-up.
      await page.getByText('西宋村十余户村民对征地补偿分配有意见，酝酿集体上访').waitFor();
      const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
      expect(overflow, 'no sideways scrolling at 360 px').toBeLessThanOrEqual(0);
      await screenshot(page, 'risks-liaison-phone.png');
    });

    const town = await desk.newPage();
    await step(town, 'grid', async () => {
      await town.goto('/risks');
      await signIn(town, 'zy_leader', DEMO_PASSWORD);
      await town.getByRole('tab', { name: '上报情况' }).waitFor();
      const cell = town.getByTestId(`cell-西宋村-${week}`);
      await cell.waitFor();
      expect(await cell.innerText()).toMatch(/^(逾期·)?1 条$/);
      // Other villages have not filed this week.
      // (— when the demo villages joined after this week's due date.)
      expect(await town.getByTestId(`cell-郭家庄村-${week}`).innerText()).toMatch(/^(待上报|未上报|—)$/);
      await cell.click();
      const drawer = town.getByRole('dialog');
      await drawer.getByText('西宋村十余户村民对征地补偿分配有意见，酝酿集体上访').waitFor();
      expect(await drawer.innerText()).toContain('袁联络');
      await drawer.getByText('西宋村十余户村民对征地补偿分配有意见，酝酿集体上访').click();
      await town.getByText('重大隐患须每天报告进展').waitFor();
      expect(await town.locator('body').innerText()).not.toMatch(ENGLISH);
      await screenshot(town, 'risks-town-grid.png');
    });
  });

  it('the unit head puts the key risk in a leader\'s charge (包案), and the leader\'s page shows it with its light', async () => {
    const page = await (await newContext(browser!, server!.url)).newPage();
    await step(page, 'ownership', async () => {
      await page.goto('/ownerships');
      await signIn(page, 'zy_unithead', DEMO_PASSWORD);
      await page.getByRole('button', { name: '安排包案' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('信访隐患').click();
      await page.getByTitle(/西宋村：西宋村十余户村民/).click();
      await dialog.getByLabel('包案领导').click();
      await page.getByTitle(/唐书记/).click();
      await dialog.getByLabel('定专人').fill('袁联络');
      await dialog.getByLabel('定责任').fill('街道党工委书记负总责，村支书具体落实');
      await dialog.getByLabel('定措施').fill('每周入户一次，公开补偿明细');
      await dialog.getByLabel('定目标').fill('息诉罢访，不发生越级访');
      await dialog.getByLabel('目标日期').click();
      await page.getByText('今天', { exact: true }).click();
      await dialog.getByRole('button', { name: '安排包案' }).click();
      await page.getByText('已安排包案').first().waitFor();
      expect(await page.locator('body').innerText()).not.toMatch(ENGLISH);

    });
    const leader = await (await newContext(browser!, server!.url)).newPage();
    await step(leader, 'leader-page', async () => {
      const page = leader;
      await page.goto('/ownerships');
      await signIn(page, 'zy_leader', DEMO_PASSWORD);
      const mine = page.getByRole('tabpanel');
      await mine.getByText('西宋村十余户村民对征地补偿分配有意见，酝酿集体上访').waitFor();
      // Due today: yellow.
      expect(await mine.innerText()).toContain('黄灯');
      await page.getByRole('tab', { name: '化解率' }).click();
      await page.getByRole('tabpanel').getByText('唐书记').waitFor();
      await screenshot(page, 'ownership-leader.png');
    });
  });

  it('a leader puts a reception day on the rota and hands it over (换班), which the portal publishes', async () => {
    const page = await (await newContext(browser!, server!.url)).newPage();
    await step(page, 'rota', async () => {
      await page.goto('/rota');
      await signIn(page, 'zy_leader', DEMO_PASSWORD);
      // The demo rota has the working-day mornings; the afternoon is free.
      await page.getByRole('button', { name: '新增接访安排' }).click();
      const add = page.getByRole('dialog');
      await add.getByLabel('日期').click();
      await page.getByText('今天', { exact: true }).click();
      await add.getByLabel('时间').fill('14:30-17:30');
      await add.getByLabel('接访领导').click();
      await openDropdown(page).getByTitle(/唐书记/).click();
      await add.getByRole('button', { name: '保存' }).click();
      await page.getByText('已新增接访安排').first().waitFor();
      // The same leader at the same hours again is refused, in Chinese.
      await page.getByRole('button', { name: '新增接访安排' }).click();
      const again = page.getByRole('dialog');
      await again.getByLabel('日期').click();
      await page.getByText('今天', { exact: true }).click();
      await again.getByLabel('时间').fill('15:00-16:00');
      await again.getByLabel('接访领导').click();
      await openDropdown(page).getByTitle(/唐书记/).click();
      await again.getByLabel('地点').fill('西宋村村委会');
      await again.getByRole('button', { name: '保存' }).click();
      await again.getByText(/同一领导同一时段不能重复安排/).first().waitFor();
      await again.getByRole('button', { name: /取\s*消/ }).click();
      const row = page.getByRole('row').filter({ hasText: '14:30-17:30' });
      await row.getByRole('button', { name: '换班' }).click();
      const swap = page.getByRole('dialog');
      await swap.getByLabel('接替接访的领导').click();
      await openDropdown(page).getByTitle(/宋副主任/).click();
      await swap.getByLabel('换班原因').fill('到市里参加信访工作会议');
      await swap.getByRole('button', { name: '确认换班' }).click();
      await page.getByText('唐书记 → 宋副主任（到市里参加信访工作会议；唐书记）').waitFor();
      expect(await page.locator('body').innerText()).not.toMatch(ENGLISH);
      const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
      const portal = (await (await fetch(`${server!.url}/api/v1/portal/info`)).json()) as { reception: { leaderName: string; unitName: string; day: string; timeRange: string }[] };
      expect(portal.reception.filter((r) => r.unitName === '中云街道办事处' && r.day === today && r.timeRange === '14:30-17:30').map((r) => r.leaderName)).toEqual(['宋副主任']);
      // The demo's coming weeks are published too.
      expect(portal.reception.filter((r) => r.unitName === '中云街道办事处').length).toBeGreaterThan(8);
      // A visit registered today records the leader on duty, and its case page shows them.
      const registrar = await httpLogin(server!.url, 'zy_registrar');
      const title = '村民反映宅基地审批迟迟不办';
      const reg = await registrar.post('/api/v1/cases', buildRegistration({ receivedOn: today, pipeline: 'government', nature: 'claim', categoryCode: '0201', matterRegionCode: '370281002', channel: 'visit', accused: [], title, summary: `${title}。`, content: `${title}，请求街道协调解决。` }));
      expect(reg.status).toBe(201);
      const caseId = (reg.json.case as { id: string }).id;
      const { reception } = (await registrar.get(`/api/v1/cases/${caseId}/reception`)).json as { reception: { leaderName: string } };
      expect(['唐书记', '宋副主任']).toContain(reception.leaderName);
      await page.goto(`/cases/${caseId}`);
      expect(await page.getByTestId('reception-leader').innerText()).toContain(`接访领导：${reception.leaderName}`);
      await screenshot(page, 'rota.png');
    });
  });

  it('a leader writes a 民情日记 after visiting a village and turns the problem found into a risk', async () => {
    const page = await (await newContext(browser!, server!.url)).newPage();
    await step(page, 'diary', async () => {
      await page.goto('/outreach');
      await signIn(page, 'zy_leader', DEMO_PASSWORD);
      await page.getByRole('button', { name: '写民情日记' }).click();
      const write = page.getByRole('dialog');
      await write.getByLabel('下访的村居或企业').click();
      await page.getByTitle('响堂村').click();
      await write.getByLabel('地点').fill('响堂村村委会');
      await write.getByLabel(/接触对象/).fill('村两委成员、老党员 5 人');
      await write.getByLabel(/发现的问题/).fill('村民反映灌溉水渠年久失修，夏季用水纠纷多');
      await write.getByLabel('后续跟进').fill('请水利站两周内勘查');
      await write.getByRole('button', { name: '保存' }).click();
      await page.getByText('民情日记已保存').first().waitFor();
      // The demo's own diaries are listed too: act on the new one.
      await page.getByRole('row').filter({ hasText: '灌溉水渠年久失修' }).getByRole('button', { name: '转为隐患' }).click();
      const risk = page.getByRole('dialog');
      await risk.getByLabel('隐患类别').click();
      await page.getByTitle('邻里与家庭纠纷').click();
      await risk.getByLabel('责任人').fill('响堂村支书');
      await risk.getByLabel('化解时限').click();
      await page.getByText('今天', { exact: true }).click();
      await risk.getByRole('button', { name: '转为隐患' }).click();
      await page.getByText('已转为信访隐患，列入该村居的隐患台账').first().waitFor();
      await page.getByText('已转为隐患', { exact: true }).waitFor();
      expect(await page.locator('body').innerText()).not.toMatch(ENGLISH);
      await screenshot(page, 'diary.png');
    });
  });

  it('the county bureau reads the street office\'s scorecard and downloads it as Excel', async () => {
    const page = await (await newContext(browser!, server!.url)).newPage();
    await step(page, 'assessment', async () => {
      await page.goto('/assessment');
      await signIn(page, 'jz_unithead', DEMO_PASSWORD);
      await page.getByRole('cell', { name: '中云街道办事处' }).click();
      const drawer = page.getByRole('dialog');
      await drawer.getByText('隐患排查按时上报率').waitFor();
      expect(await drawer.innerText()).toContain('连续零越级');
      const [download] = await Promise.all([page.waitForEvent('download'), drawer.getByRole('link', { name: '导出 Excel' }).click()]);
      expect(download.suggestedFilename()).toMatch(/^中云街道办事处\d{4}年度信访工作考核计分表\.xlsx$/);
      expect(await page.locator('body').innerText()).not.toMatch(ENGLISH);
      await screenshot(page, 'assessment.png');
    });
  });
});
