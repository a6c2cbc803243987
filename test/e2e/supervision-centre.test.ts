import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_AVAILABLE } from '../support/browser.js';
import { closeE2eSession, openE2eSession, screenshotOnFailure, type E2eSession } from '../support/e2e-session.js';

const PASSWORD = 'demo-Passw0rd';
/** The pictures docs/supervision.md and docs/statistics.md show. */
const SHOTS = join(process.cwd(), 'docs/screenshots');
const DAY_MS = 86_400_000;
const shanghaiDate = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);

/** A picture for the docs: from the top of the page (the header is sticky), once the charts have finished animating. */
async function shoot(page: Page, name: string, fullPage = true): Promise<void> {
  await page.evaluate('window.scrollTo(0, 0)');
  await page.waitForTimeout(1200);
  await page.screenshot({ path: join(SHOTS, name), fullPage });
}

describe.skipIf(!BROWSER_AVAILABLE)('supervision centre and dashboard in Chromium (demo seed, simulated clock)', () => {
  let session: E2eSession;
  let overdueCaseId = '';
  let overdueCaseNo = '';
  let from = '';
  let to = '';

  async function call(method: 'GET' | 'POST' | 'PUT', path: string, token: string, body?: object) {
    const response = await fetch(`${session.server.url}${path}`, {
      method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, ...(body && { body: JSON.stringify(body) }),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return response.json() as Promise<Record<string, unknown>>;
  }
  const login = async (username: string) => ((await (await fetch(`${session.server.url}/api/v1/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: PASSWORD }),
  })).json()) as { token: string }).token;
  /** The session's page signed in as a demo user (after the clock moved, so the session is fresh). */
  async function pageAs(username: string): Promise<Page> {
    await session.context.clearCookies();
    const signedIn = await session.context.request.post(`${session.server.url}/api/v1/auth/login`, { data: { username, password: PASSWORD } });
    expect(signedIn.ok()).toBe(true);
    return session.page;
  }
  const apply = (token: string) => call('POST', '/api/v1/cases', token, {
    itemCode: '360100-SC-0101',
    form: { operatorName: '南昌市红谷滩区张三小吃店', creditCode: '91360100MA35F2XK16', premises: '南昌市红谷滩区丰和中大道 1234 号', category: '餐饮服务经营者', area: 86, phone: '13912345678' },
    materials: ['M01', 'M02', 'M03', 'M04'].map((code) => ({ code })),
  });

  beforeAll(async () => {
    session = await openE2eSession({ simulatedClock: true });
    const start = Date.parse(((await (await fetch(`${session.server.url}/api/v1/system/clock`)).json()) as { now: string }).now);
    from = shanghaiDate(start);
    to = shanghaiDate(start + 30 * DAY_MS);
    // Today: three food-business applications accepted; one is reviewed and granted at once and rated 5.
    const applicant = await login('zhangsan');
    const clerk = await login('clerk');
    const ids: string[] = [];
    for (let n = 0; n < 3; n++) {
      const created = await apply(applicant);
      ids.push(String(created.id));
      await call('POST', `/api/v1/cases/${String(created.id)}/accept`, clerk, {});
      if (n === 0) { overdueCaseId = String(created.id); overdueCaseNo = String(created.caseNo); }
    }
    for (const username of ['handler', 'approver']) {
      const token = await login(username);
      const { tasks } = await call('GET', '/api/v1/tasks?mine=true', token) as { tasks: { id: string; caseId: string }[] };
      await call('POST', `/api/v1/tasks/${tasks.find((task) => task.caseId === ids[2])?.id}/complete`, token, { decision: 'approve', opinion: '同意' });
    }
    await call('POST', `/api/v1/cases/${ids[2]}/ratings`, applicant, { level: 5 });
    // Thirty days on: the other two are past their 10 promised workdays; the checks turn them red and open overdue records.
    await call('PUT', '/api/v1/system/clock', await login('admin'), { now: new Date(start + 30 * DAY_MS).toISOString() });
  });
  afterAll(async () => { await closeE2eSession(session); });
  afterEach(screenshotOnFailure(() => session));

  it('the supervisor sees the red case on the live board, drills down and urges it', async () => {
    const page = await pageAs('supervisor');
    await page.goto(`${session.server.url}/supervision?month=${to.slice(0, 7)}`);
    const departments = page.getByTestId('board-departments');
    const redCount = departments.getByTestId('board-departments-case-red').first();
    await redCount.waitFor();
    expect(Number(await page.getByTestId('total-caseRed').locator('.ant-statistic-content-value').textContent())).toBeGreaterThanOrEqual(2);
    await shoot(page, 'supervision-board.png');

    await redCount.click();
    await page.getByTestId('drill-filter').waitFor();
    const row = page.getByTestId('warning-cases').locator(`tr[data-case-no="${overdueCaseNo}"]`);
    await row.waitFor();
    expect(await row.getAttribute('data-warning')).toBe('red');
    await row.getByTestId('urge-case').click();
    const modal = page.getByTestId('urge-modal');
    await modal.getByTestId('urge-message').fill('该件已超承诺时限，请于 3 个工作日内办结并书面说明原因');
    await page.screenshot({ path: join(SHOTS, 'supervision-urge.png') });
    await page.getByRole('button', { name: '催 办' }).or(page.getByRole('button', { name: '催办' })).last().click();
    await page.getByText('已催办，承办人将收到通知').waitFor();
    const { urges } = await call('GET', `/api/v1/urges?caseId=${overdueCaseId}`, await login('supervisor')) as { urges: { message: string; status: string }[] };
    expect(urges).toEqual([expect.objectContaining({ message: '该件已超承诺时限，请于 3 个工作日内办结并书面说明原因', status: 'open' })]);

    await page.getByRole('tab', { name: '超时记录' }).click();
    await page.getByTestId('overdue-records').locator('tr', { hasText: overdueCaseNo }).first().waitFor();
    await shoot(page, 'supervision-overdue.png');
    const notice = await session.context.request.get(`${session.server.url}/api/v1/supervision/monthly-notice.pdf?month=${to.slice(0, 7)}`);
    expect(notice.headers()['content-type']).toBe('application/pdf');
    expect((await notice.body()).subarray(0, 5).toString()).toBe('%PDF-');
  }, 60_000);

  it('the handler answers the urge and explains the overdue record on 督办与说明', async () => {
    const page = await pageAs('handler');
    await page.goto(`${session.server.url}/supervision/mine`);
    const urgeRow = page.getByTestId('my-urges').locator('tr', { hasText: overdueCaseNo });
    await urgeRow.getByTestId('urge-reply').click();
    await page.getByRole('dialog').locator('textarea').fill('已完成审查，今日提交审批，预计明日办结');
    await page.getByRole('dialog').getByRole('button', { name: /保\s?存/ }).click();
    await urgeRow.locator('[data-status=replied]').waitFor();
    const recordRow = page.getByTestId('my-overdue').locator('tr', { hasText: overdueCaseNo }).first();
    await recordRow.getByTestId('overdue-explain').click();
    await page.getByRole('dialog').locator('textarea').fill('现场核查因申请人原因推迟，审查用时超出承诺时限');
    await page.getByRole('dialog').getByRole('button', { name: /保\s?存/ }).click();
    await recordRow.locator('[data-status=explained]').waitFor();
    await shoot(page, 'supervision-mine.png');
  }, 60_000);

  it('the analyst opens the dashboard: the charts render and the figures equal the API', async () => {
    const page = await pageAs('analyst');
    await page.goto(`${session.server.url}/dashboard?period=custom&from=${from}&to=${to}`);
    for (const chart of ['chart-trend', 'chart-warnings', 'chart-on-time', 'chart-satisfaction']) {
      await page.getByTestId(chart).locator('canvas').first().waitFor();
    }
    const api = await session.context.request.get(`${session.server.url}/api/v1/statistics/figures?from=${from}&to=${to}`);
    const { total } = await api.json() as { total: Record<string, number | null> };
    // Three received and accepted, one concluded on time (100 %), rated 5.
    expect(total).toMatchObject({ received: 3, accepted: 3, concluded: 1, onTimeRate: 1, satisfaction: 1 });
    const kpi = async (key: string) => page.getByTestId(`kpi-${key}`).locator('.ant-statistic-content-value').textContent();
    expect(await kpi('received')).toBe(String(total.received));
    expect(await kpi('concluded')).toBe(String(total.concluded));
    expect(await kpi('onTimeRate')).toBe('100.0%');
    expect(await kpi('satisfaction')).toBe('100.0%');
    const totalRow = page.getByTestId('table-figures').locator('tr', { hasText: '合计' });
    expect(await totalRow.locator('td').nth(1).textContent()).toBe('3');
    await shoot(page, 'dashboard-overview.png', false);
    await shoot(page, 'dashboard-full.png');
    const download = await session.context.request.get(`${session.server.url}${await page.getByTestId('download-figures').getAttribute('href')}`);
    expect(download.headers()['content-type']).toContain('spreadsheetml');
    expect(session.pageErrors).toEqual([]);
  }, 60_000);
});
