/**
 * Takes the screenshots in docs/screenshots (1280×800, Chinese and English) from a running server:
 *   npx tsx test/e2e/capture-screenshots.ts http://localhost:3100
 * Run it against a fresh demo database (`tongban serve --seed demo`). Not a test: it only draws pages.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.js';

const baseUrl = process.argv[2] ?? 'http://localhost:3100';
const outDir = new URL('../../docs/screenshots/', import.meta.url);
mkdirSync(outDir, { recursive: true });

async function open(browser: Browser, lang: 'zh' | 'en', username?: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: lang === 'zh' ? 'zh-CN' : 'en-US', timezoneId: 'Asia/Shanghai' });
  await context.addInitScript({ content: `localStorage.setItem('tongban.lang', '${lang}')` });
  if (username) {
    const response = await context.request.post(`${baseUrl}/api/v1/auth/login`, { data: { username, password: 'demo-Passw0rd' } });
    if (!response.ok()) throw new Error(`login ${username}: ${response.status()}`);
  }
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') console.log(`[${lang}] console.${message.type()}: ${message.text()}`);
  });
  return page;
}

async function shoot(page: Page, path: string, name: string, ready?: (page: Page) => Promise<void>): Promise<void> {
  await page.goto(baseUrl + path);
  await page.waitForLoadState('networkidle');
  if (ready) await ready(page);
  await page.waitForTimeout(400);
  await page.screenshot({ path: new URL(`${name}.png`, outDir).pathname });
  console.log(`docs/screenshots/${name}.png`);
}

const browser = await launchBrowser();
try {
  for (const lang of ['zh', 'en'] as const) {
    const anonymous = await open(browser, lang);
    await shoot(anonymous, '/login', `login-${lang}`);
    await shoot(anonymous, '/register', `register-${lang}`);
    await shoot(anonymous, '/register', `register-errors-${lang}`, async (page) => {
      await page.locator('#register_idNumber').fill('110101199003071234');
      await page.locator('#register_phone').fill('1234');
      await page.locator('#register_password').fill('short');
      await page.locator('form#register button[type=submit]').click();
    });

    const admin = await open(browser, lang, 'admin');
    await shoot(admin, '/', `home-admin-${lang}`);
    await shoot(admin, '/admin/regions', `regions-${lang}`);
    await shoot(admin, '/admin/departments', `departments-${lang}`);
    await shoot(admin, '/admin/users', `users-${lang}`);
    await shoot(admin, '/admin/users', `user-edit-${lang}`, async (page) => {
      await page.locator('[data-testid=users-table] tr.ant-table-row').nth(3).getByRole('button').first().click();
      await page.locator('.ant-modal').waitFor();
    });

    const applicant = await open(browser, lang, 'zhangsan');
    await shoot(applicant, '/', `home-applicant-${lang}`);
  }
} finally {
  await browser.close();
}
