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

/** The item whose draft shows the publish reasons and the version diff (a demo item, issue 4 §6). */
const DRAFT_ITEM = '360100-SC-0101';
const ITEM_FIELDS = ['code', 'catalogCode', 'name', 'type', 'departmentId', 'keywords', 'applicantTypes', 'conditions', 'legalBasis', 'materials', 'form', 'steps', 'fees', 'feeNote',
  'statutoryDays', 'promisedDays', 'visits', 'onlineDepth', 'commitmentAllowed', 'yellowThreshold', 'correctionDays', 'contactPhone', 'complaintPhone', 'hallAddress', 'hallHours', 'onlineUrl'];

/** Saves a draft of DRAFT_ITEM that breaks three publishing rules (the same draft on every run). */
async function makeBrokenDraft(page: Page): Promise<void> {
  const item = `${baseUrl}/api/v1/items/${DRAFT_ITEM}`;
  const published = (await (await page.request.get(`${item}/versions/1`)).json()) as Record<string, unknown> & { materials: unknown[]; steps: { workdays: number; role?: string }[] };
  const body = Object.fromEntries(ITEM_FIELDS.filter((key) => published[key] !== undefined).map((key) => [key, published[key]]));
  // Over the promise in time, and the first step given to clerks, whom its department does not have.
  const steps = published.steps.map((step, i) => (i === 0 ? { ...step, workdays: 24, role: 'clerk' } : step));
  const materials = [...published.materials, { code: 'M09', name: '食品安全自查承诺书', required: true, deferrable: true }];
  const response = await page.request.put(item, { data: { ...body, promisedDays: 25, steps, materials } });
  if (!response.ok()) throw new Error(`draft of ${DRAFT_ITEM}: ${response.status()} ${await response.text()}`);
}

/** The catalog admin, the public guides (desk and phone) and the working calendar. */
async function shootCatalogGuidesCalendar(browser: Browser, admin: Page, lang: 'zh' | 'en'): Promise<void> {
  await makeBrokenDraft(admin);
  await shoot(admin, '/admin/catalog', `catalog-list-${lang}`);
  await shoot(admin, '/admin/catalog?edit=360100-ZR-0701', `catalog-editor-${lang}`);
  await shoot(admin, '/admin/catalog?edit=360100-ZR-0701', `catalog-editor-steps-${lang}`, async (page) => {
    await page.locator('#section-steps').scrollIntoViewIfNeeded();
    await page.evaluate('window.scrollBy(0, -80)');
  });
  await shoot(admin, `/admin/catalog?edit=${DRAFT_ITEM}`, `catalog-publish-reasons-${lang}`, async (page) => {
    await page.getByTestId('publish-item').click();
    await page.getByTestId('publish-reasons').waitFor();
  });
  await shoot(admin, `/admin/catalog?edit=${DRAFT_ITEM}`, `catalog-history-${lang}`, async (page) => {
    await page.getByTestId('open-history').click();
    await page.getByTestId('diff-table').locator('tr.ant-table-row').first().waitFor();
  });
  await shoot(admin, '/admin/calendar?year=2026', `calendar-${lang}`);
  await shoot(admin, '/admin/calendar?year=2026', `calendar-mark-${lang}`, async (page) => {
    await page.locator('[data-date="2026-02-14"]').click();
    await page.locator('.ant-modal').waitFor();
  });
  await shoot(admin, '/admin/calendar?year=2026', `calendar-import-${lang}`, async (page) => {
    await page.getByTestId('import-year').click();
    await page.locator('.ant-modal').waitFor();
  });

  const visitor = await open(browser, lang);
  await shoot(visitor, '/guide', `guide-list-${lang}`);
  await shoot(visitor, '/guide/360100-ZR-0701', `guide-detail-${lang}`);
  const phoneContext = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true, locale: lang === 'zh' ? 'zh-CN' : 'en-US', timezoneId: 'Asia/Shanghai' });
  await phoneContext.addInitScript({ content: `localStorage.setItem('tongban.lang', '${lang}')` });
  const phone = await phoneContext.newPage();
  await shoot(phone, '/guide', `guide-list-phone-${lang}`);
  await shoot(phone, '/guide/360100-ZR-0701', `guide-detail-phone-${lang}`);
  await shoot(phone, '/guide/360100-ZR-0701', `guide-detail-phone-materials-${lang}`, async (page) => {
    await page.getByTestId('guide-section-materials').scrollIntoViewIfNeeded();
  });
  await phoneContext.close();
}

const browser = await launchBrowser();
try {
  for (const lang of ['zh', 'en'] as const) {
    const anonymous = await open(browser, lang);
    await shoot(anonymous, '/login', `login-${lang}`);
    await shoot(anonymous, '/register', `register-${lang}`);
    await shoot(anonymous, '/progress', `progress-lookup-${lang}`);
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
    await shootCatalogGuidesCalendar(browser, admin, lang);

    const applicant = await open(browser, lang, 'zhangsan');
    await shoot(applicant, '/', `home-applicant-${lang}`);
  }
} finally {
  await browser.close();
}
