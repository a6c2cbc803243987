import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { idNumberCheckChar } from '../../src/core/identity/index.js';
import { BROWSER_AVAILABLE, launchBrowser } from '../support/browser.js';
import { startTestServer } from '../support/server.js';

const FIRST17 = '36010219850312002';
const APPLICANT = { name: '刘申请', idNumber: FIRST17 + idNumberCheckChar(FIRST17), phone: '13800138000', username: 'e2e-liu', password: 'Apply2026ok' };
/** The same number with a wrong check character. */
const BAD_ID = FIRST17 + (APPLICANT.idNumber.endsWith('1') ? '2' : '1');

describe.skipIf(!BROWSER_AVAILABLE)('applicant registration in Chromium (demo seed)', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startTestServer({ seed: 'demo' });
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('checks the ID number in the page with the shared core (GB 11643) before sending', async () => {
    await page.goto(`${server.url}/login`);
    await page.getByRole('link', { name: '申请人注册' }).click();
    await page.waitForURL('**/register');
    await page.locator('#register_idNumber').fill(BAD_ID);
    await page.locator('#register_idNumber').blur();
    await page.locator('#register_idNumber_help', { hasText: 'GB 11643' }).waitFor();
  });

  it('registers a person, then signs in on the applicant tab and sees the welcome', async () => {
    await page.locator('#register_name').fill(APPLICANT.name);
    await page.locator('#register_idNumber').fill(APPLICANT.idNumber);
    await page.locator('#register_phone').fill(APPLICANT.phone);
    await page.locator('#register_username').fill(APPLICANT.username);
    await page.locator('#register_password').fill(APPLICANT.password);
    await page.locator('#register_confirmPassword').fill(APPLICANT.password);
    await page.locator('form#register button[type=submit]').click();
    await page.locator('.ant-message-notice', { hasText: '注册成功' }).waitFor();
    await page.waitForURL('**/login');

    await page.locator('.ant-tabs-tab', { hasText: '申请人登录' }).click();
    await page.locator('#applicant-login_username').fill(APPLICANT.username);
    await page.locator('#applicant-login_password').fill(APPLICANT.password);
    await page.locator('form#applicant-login button[type=submit]').click();
    await page.waitForURL(`${server.url}/`);
    await page.getByTestId('welcome-card').filter({ hasText: `您好，${APPLICANT.name}` }).waitFor();
    await page.getByTestId('current-user').filter({ hasText: '申请人' }).waitFor();
  });

  it('keeps the admin pages closed to an applicant', async () => {
    await page.goto(`${server.url}/admin/users`);
    await page.locator('.ant-result-403').waitFor();
    const menu = await page.getByTestId('side-menu').textContent();
    if (menu?.includes('组织机构')) throw new Error(`an applicant's menu lists the organization pages: ${menu}`);
  });
});
