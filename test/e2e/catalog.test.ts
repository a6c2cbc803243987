import jsQRModule from 'jsqr';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_AVAILABLE } from '../support/browser.js';
import { closeE2eSession, openE2eSession, screenshotOnFailure, type E2eSession } from '../support/e2e-session.js';

// jsqr is CommonJS with an ES-style `default` in its types; under NodeNext the function is at `.default`.
const jsQR = jsQRModule.default;
const ITEM = { code: 'E2E-CAT-0101', name: '户外广告设施设置许可（测试）', keyword: '户外广告设施' };
// The demo city's market bureau: its approver sits in the bureau, its handlers in 登记注册处 (demo-data.ts).
const BUREAU = '南昌市市场监督管理局';
const DIVISION = '登记注册处';

/** Picks a department in a tree-select by typing part of its name. */
async function chooseDepartment(page: Page, field: string, name: string): Promise<void> {
  await page.locator(field).fill(name);
  await page.locator('.ant-select-dropdown:visible .ant-select-tree-node-content-wrapper', { hasText: name }).first().click();
}

/** Picks an option of a plain select by its label. */
async function chooseOption(page: Page, field: string, label: string): Promise<void> {
  await page.locator(field).locator('xpath=ancestor::div[contains(@class,"ant-select")][1]').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: label }).first().click();
}

const toast = (page: Page, text: string) => page.locator('.ant-message-notice', { hasText: text });

describe.skipIf(!BROWSER_AVAILABLE)('catalog admin and public guide in Chromium (demo seed)', () => {
  let session: E2eSession | undefined;
  let server: E2eSession['server'];
  let browser: Browser;
  let page: Page;
  let pageErrors: string[];

  beforeAll(async () => {
    session = await openE2eSession({ signIn: 'admin' });
    ({ server, browser, page, pageErrors } = session);
  });
  afterEach(screenshotOnFailure(() => session));
  afterAll(() => closeE2eSession(session));

  it('creates an item as a draft from the editor', async () => {
    await page.goto(`${server.url}/admin/catalog`);
    await page.getByTestId('side-menu').getByText('政务服务事项', { exact: true }).waitFor();
    await page.getByTestId('create-item').click();
    await page.getByTestId('item-editor').waitFor();

    await page.locator('#item-editor_name').fill(ITEM.name);
    await chooseOption(page, '#item-editor_type', '01 行政许可');
    await page.locator('#item-editor_code').fill(ITEM.code);
    await chooseDepartment(page, '#item-editor_departmentId', BUREAU);
    await page.locator('#item-editor_keywords').fill(ITEM.keyword);
    await page.locator('#item-editor_keywords').press('Enter');

    await page.getByTestId('add-material').click();
    await page.locator('#item-editor_materials_0_name').fill('户外广告设施设置申请表');
    await page.getByTestId('add-material').click();
    await page.locator('#item-editor_materials_1_name').fill('设计效果图');
    await page.locator('#item-editor_materials_1_deferrable').check();

    // Deliberately wrong: the bureau has no handler of its own, the step takes 12 days, and 10 promised exceed 5 statutory.
    await page.getByTestId('add-step').click();
    await page.locator('#item-editor_steps_0_name').fill('审查决定');
    await chooseDepartment(page, '#item-editor_steps_0_departmentId', BUREAU);
    await page.locator('#item-editor_steps_0_workdays').fill('12');
    await page.locator('#item-editor_statutoryDays').fill('5');
    await page.locator('#item-editor_promisedDays').fill('10');

    await page.getByTestId('save-item').click();
    await toast(page, '已创建草稿 v1').waitFor();
    await page.waitForURL(`**/admin/catalog?edit=${ITEM.code}`);
    await page.locator('[data-testid=item-editor] [data-status=draft]', { hasText: '草稿 v1' }).waitFor();
  });

  it('refuses to publish and lists every reason, each linked to its section', async () => {
    await page.getByTestId('publish-item').click();
    const reasons = page.getByTestId('publish-reasons');
    await reasons.waitFor();
    await expect.poll(() => reasons.locator('li').count()).toBe(3);
    const text = await reasons.textContent();
    expect(text).toContain('未能发布');
    expect(text).toContain('承诺时限（10 个工作日）不能超过法定时限（5 个工作日）');
    expect(text).toContain('各环节时限合计 12 个工作日，超过承诺时限 10 个工作日');
    expect(text).toContain('该环节无人可办');
    await reasons.locator('li[data-field="steps[0]"]').getByText('办理流程').waitFor();
    // The unstaffed step is marked in place, and the live total already says the steps run over.
    await page.getByTestId('step-0').getByText('该环节无人可办').waitFor();
    await page.getByTestId('steps-total').getByText('超过承诺时限').waitFor();
    await page.locator('[data-testid=item-editor] [data-status=draft]').waitFor();
  });

  it('publishes once the reasons are fixed, and the speed-up rate follows the days as they are typed', async () => {
    await chooseDepartment(page, '#item-editor_steps_0_departmentId', DIVISION);
    await page.locator('#item-editor_steps_0_workdays').fill('3');
    await page.locator('#item-editor_statutoryDays').fill('20');
    await page.locator('#item-editor_promisedDays').fill('5');
    await page.getByTestId('speed-up').getByText('75%').waitFor();
    await page.getByTestId('steps-total').getByText('各环节合计 3 个工作日 / 承诺时限 5 个工作日').waitFor();

    await page.getByTestId('publish-item').click();
    await toast(page, '已发布 v1').waitFor();
    await page.locator('[data-testid=item-editor] [data-status=published]', { hasText: '已发布 v1' }).waitFor();
    expect(await page.getByTestId('publish-reasons').count()).toBe(0);
  });

  it('lists the item as published in the admin list', async () => {
    await page.goto(`${server.url}/admin/catalog?status=published`);
    await page.getByTestId('catalog-search').locator('input').fill(ITEM.code);
    await page.getByTestId('catalog-search').locator('input').press('Enter');
    const row = page.getByTestId('catalog-table').locator('tr.ant-table-row', { hasText: ITEM.name });
    await row.waitFor();
    expect(await row.textContent()).toContain('已发布 v1');
  });

  it('shows the published item in the public guide, found by a Chinese keyword, without signing in', async () => {
    const visitor = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    try {
      const phone = await visitor.newPage();
      phone.setDefaultTimeout(15_000);
      phone.on('pageerror', (error) => pageErrors.push(error.message));
      await phone.goto(`${server.url}/login`);
      await phone.getByTestId('guide-link').click();
      await phone.waitForURL('**/guide');
      await phone.getByTestId('guide-search').locator('input').fill(ITEM.keyword);
      await phone.getByTestId('guide-search').locator('input').press('Enter');
      await phone.waitForURL(/q=/);
      await expect.poll(() => phone.getByTestId('guide-card').count()).toBe(1);
      await phone.getByTestId('guide-card').click();
      await phone.waitForURL(`**/guide/${ITEM.code}`);

      await phone.getByTestId('guide-name').filter({ hasText: ITEM.name }).waitFor();
      const figures = await phone.getByTestId('guide-figures').textContent();
      expect(figures).toContain('5 个工作日');
      expect(figures).toContain('20 个工作日');
      expect(figures).toContain('75%');
      const materials = phone.getByTestId('guide-materials');
      await materials.getByText('户外广告设施设置申请表').waitFor();
      await materials.getByText('可容缺').waitFor();
      await phone.getByTestId('guide-process').getByText('审查决定').waitFor();
      await phone.getByTestId('guide-free').waitFor();
      expect(await phone.getByTestId('apply-online').count()).toBe(0);
    } finally {
      await visitor.close();
    }
  });

  it("lets a visitor download a material's sample (填写示例) from a demo guide", async () => {
    const visitor = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    try {
      const guest = await visitor.newPage();
      await guest.goto(`${server.url}/guide/360100-SC-0101`);
      const link = guest.getByTestId('guide-materials').getByTestId('material-sample').first();
      await link.waitFor();
      const href = await link.getAttribute('href');
      const sample = await guest.request.get(new URL(String(href), server.url).toString());
      expect(sample.status()).toBe(200);
      expect(sample.headers()['content-type']).toBe('application/pdf');
      expect((await sample.body()).subarray(0, 5).toString()).toBe('%PDF-');
    } finally {
      await visitor.close();
    }
  });

  it("shows a QR code on the guide that decodes to the guide's own URL", async () => {
    await page.goto(`${server.url}/guide/${ITEM.code}`);
    const src = await page.getByTestId('guide-qr').getAttribute('src');
    expect(src).toBeTruthy();
    const png = await page.request.get(new URL(String(src).replace(/\.svg$/, '.png'), server.url).toString());
    const image = PNG.sync.read(Buffer.from(await png.body()));
    const decoded = jsQR(new Uint8ClampedArray(image.data), image.width, image.height);
    expect(decoded?.data).toBe(`${server.url}/guide/${ITEM.code}`);
  });

  it('edits the published item into a new draft version and shows the field-level diff of the two versions', async () => {
    await page.goto(`${server.url}/admin/catalog?edit=${ITEM.code}`);
    await page.locator('[data-testid=item-editor] [data-status=published]').waitFor();
    await page.locator('#item-editor_promisedDays').fill('4');
    await page.getByTestId('save-item').click();
    await toast(page, '已生成新版本 v2（草稿）').waitFor();
    await page.locator('[data-testid=item-editor] [data-status=draft]', { hasText: '草稿 v2' }).waitFor();

    await page.getByTestId('open-history').click();
    const row = page.getByTestId('diff-table').locator('tr.ant-table-row', { hasText: '承诺时限' });
    await row.waitFor();
    expect((await row.textContent())?.replace(/\s+/g, '')).toBe('承诺时限修改54');
    await expect.poll(() => page.getByTestId('diff-table').locator('tr.ant-table-row').count()).toBe(1);
    await page.locator('.ant-drawer-close').click();

    await page.getByTestId('publish-item').click();
    await toast(page, '已发布 v2').waitFor();
  });

  it('retires the item: the public guide then says it is no longer offered', async () => {
    await page.getByTestId('retire-item').click();
    await page.locator('.ant-popconfirm .ant-btn-primary').click();
    await toast(page, '已废止').waitFor();
    await page.locator('[data-testid=item-editor] [data-status=retired]').waitFor();

    await page.goto(`${server.url}/guide/${ITEM.code}`);
    await page.getByText('该事项不存在或已停止办理').waitFor();
  });

  it('raised no uncaught error in the pages', () => {
    expect(pageErrors).toEqual([]);
  });
});
