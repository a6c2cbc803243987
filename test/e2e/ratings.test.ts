import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_AVAILABLE } from '../support/browser.js';
import { closeE2eSession, openE2eSession, screenshotOnFailure, type E2eSession } from '../support/e2e-session.js';

// An instant demo item (即办件) of the human-resources bureau: accepting it at the window concludes it.
const ITEM = '360100-RS-2002';
const SHOTS = process.env.TONGBAN_RATING_SHOTS;

describe.skipIf(!BROWSER_AVAILABLE)('ratings in Chromium (demo seed)', () => {
  let session: E2eSession | undefined;
  const s = () => session as E2eSession;
  beforeAll(async () => { session = await openE2eSession({ signIn: 'zhangsan' }); });
  afterAll(async () => { await closeE2eSession(session); });
  afterEach(screenshotOnFailure(() => session));

  async function call(token: string, method: string, path: string, body?: object) {
    const response = await fetch(`${s().server.url}${path}`, {
      method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, ...(body && { body: JSON.stringify(body) }),
    });
    return { status: response.status, json: await response.json() as Record<string, string> };
  }
  async function tokenOf(username: string) {
    const response = await fetch(`${s().server.url}/api/v1/auth/login`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: 'demo-Passw0rd' }),
    });
    return (await response.json() as { token: string }).token;
  }
  /** A case of zhangsan's, concluded at the window. */
  async function concludedCase() {
    const applicant = await tokenOf('zhangsan');
    const submitted = await call(applicant, 'POST', '/api/v1/cases', { itemCode: ITEM, form: { idNumber: '360102199003071236' }, materials: [{ code: 'M01' }] });
    expect(submitted.status).toBe(201);
    expect((await call(await tokenOf('clerk'), 'POST', `/api/v1/cases/${submitted.json.id}/accept`, {})).json.status).toBe('concluded');
    return submitted.json as { id: string; caseNo: string; queryCode: string };
  }
  const shoot = async (name: string) => { if (SHOTS) await s().page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true }); };

  it('lets the applicant rate a concluded case on its page; a bad rating shows its rectification', async () => {
    const c = await concludedCase();
    const { page } = s();
    await page.goto(`${s().server.url}/my-cases/${c.id}`);
    const card = page.getByTestId('rating-card');
    await card.getByTestId('rating-stars').locator('li').nth(1).click();
    await expect(card.getByTestId('rating-level-name').textContent()).resolves.toBe('不满意');
    await card.getByTestId('rating-tag-long_wait').click();
    await card.getByTestId('rating-comment').fill('取号后等了一个多小时');
    await shoot('rating-applicant-form');
    await card.getByTestId('rating-submit').click();
    await card.getByTestId('rating-rectification').filter({ hasText: '正在回访核实和整改' }).waitFor();
    await card.getByTestId('rating-summary').filter({ hasText: '排队等候时间长' }).waitFor();
    await shoot('rating-applicant-done');
    expect(s().pageErrors).toEqual([]);
  });

  it('rates from the QR link without signing in, then shows the public statistics with the chart', async () => {
    const c = await concludedCase();
    const context = await s().browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const phone = await context.newPage();
    await phone.goto(`${s().server.url}/rate?caseNo=${c.caseNo}&queryCode=${c.queryCode}`);
    await phone.getByTestId('rating-stars').locator('li').nth(4).click();
    await phone.getByTestId('rating-tag-efficient').click();
    if (SHOTS) await phone.screenshot({ path: `${SHOTS}/rating-public-phone.png`, fullPage: true });
    await phone.getByTestId('rating-submit').click();
    await phone.getByTestId('rate-done').filter({ hasText: '感谢您的评价' }).waitFor();
    await phone.goto(`${s().server.url}/rate?caseNo=${c.caseNo}&queryCode=000000`);
    await phone.getByTestId('rate-not-found').waitFor();
    await context.close();

    const { page } = s();
    await page.goto(`${s().server.url}/rating-stats`);
    await page.getByTestId('stats-table').filter({ hasText: '人力资源和社会保障局' }).waitFor();
    await page.getByTestId('rating-chart').locator('canvas').waitFor();
    await page.waitForTimeout(1200);
    await shoot('rating-stats');
    await page.getByTestId('lang-switch').getByText('English').click();
    await page.getByRole('heading', { name: 'Service ratings' }).waitFor();
    await page.getByTestId('stats-table').filter({ hasText: 'Rectification rate' }).waitFor();
    await shoot('rating-stats-en');
    await page.getByTestId('lang-switch').getByText('中文').click();
  });

  it('runs the window device for a clerk and the rectification list for the supervisor', async () => {
    const c = await concludedCase();
    const clerk = await s().browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    await clerk.request.post(`${s().server.url}/api/v1/auth/login`, { data: { username: 'clerk', password: 'demo-Passw0rd' } });
    const counter = await clerk.newPage();
    await counter.goto(`${s().server.url}/window-rating`);
    await counter.getByTestId('window-case-no').fill(c.caseNo);
    await counter.getByTestId('window-open').click();
    const device = counter.getByTestId('window-device');
    await device.getByTestId('rating-stars').locator('li').nth(0).click();
    await device.getByTestId('rating-tag-rude').click();
    if (SHOTS) await counter.screenshot({ path: `${SHOTS}/rating-window-device.png`, fullPage: true });
    await device.getByTestId('rating-submit').click();
    await counter.getByTestId('window-done').waitFor();
    await clerk.close();

    const supervisor = await s().browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    await supervisor.request.post(`${s().server.url}/api/v1/auth/login`, { data: { username: 'supervisor', password: 'demo-Passw0rd' } });
    const desk = await supervisor.newPage();
    await desk.goto(`${s().server.url}/rectifications`);
    const row = desk.getByTestId('rectifications').locator('tr', { hasText: c.caseNo });
    await row.waitFor();
    if (SHOTS) await desk.screenshot({ path: `${SHOTS}/rating-rectifications-open.png`, fullPage: true });
    await row.getByTestId('action-callback').click();
    await desk.locator('.ant-modal').getByText('情况属实').click();
    await desk.locator('.ant-modal textarea').fill('电话回访，申请人反映窗口人员态度生硬，属实');
    await desk.locator('.ant-modal .ant-btn-primary').click();
    await row.getByTestId('action-complete').click();
    const modal = desk.locator('.ant-modal', { hasText: '整改结果' });
    await modal.locator('textarea').nth(0).fill('对窗口人员批评教育，开展文明服务培训');
    await modal.locator('textarea').nth(1).fill('已向申请人致歉，申请人表示认可');
    await modal.locator('.ant-btn-primary').click();
    await desk.getByTestId('rect-status').getByText('已整改').click();
    await desk.getByTestId('rectifications').locator('tr', { hasText: c.caseNo }).filter({ hasText: '文明服务培训' }).waitFor();
    if (SHOTS) await desk.screenshot({ path: `${SHOTS}/rating-rectifications.png`, fullPage: true });
    await supervisor.close();
    expect(s().pageErrors).toEqual([]);
  });
});
