import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const root = new URL('../../../', import.meta.url).pathname;
export const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

/** The browser tests need the built web and server (npm test builds them first); say so plainly when missing. */
export function assertBuilt(): void {
  const missing = ['dist/cli/main.js', 'dist/web/index.html'].filter((f) => !existsSync(join(root, f)));
  if (missing.length)
    throw new Error(`${missing.join(' and ')} missing: run \`npm run build\` first (npm test does)`);
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} missing: apt-get install -y chromium fonts-wqy-microhei`);
}

export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({ executablePath: CHROMIUM, args: ARGS });

/**
 * A fresh browser profile (its own cookies) as a user in China would have it. It asks for reduced motion, which
 * the console honours: a click then never lands on a menu that is still sliding in on a loaded machine.
 */
export const newContext = (browser: Browser, baseURL: string): Promise<BrowserContext> =>
  browser.newContext({
    baseURL,
    reducedMotion: 'reduce',
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1400, height: 900 },
  });

export async function screenshot(page: Page, name: string): Promise<string> {
  const path = join(root, 'test-results', name);
  mkdirSync(dirname(path), { recursive: true });
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Signs in through the login form, which the page shows or is about to show (a visitor is sent there). */
export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
}
