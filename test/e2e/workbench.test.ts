import type { BrowserContext, Locator, Page } from 'playwright-core';
import jsQRModule from 'jsqr';
import { PNG } from 'pngjs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_AVAILABLE } from '../support/browser.js';
import { e2eApi } from '../support/e2e-api.js';
import { closeE2eSession, openE2eSession, screenshotOnFailure, type E2eSession } from '../support/e2e-session.js';
import { pageImage } from '../documents/poppler.js';

// jsqr is CommonJS with an ES-style `default` in its types; under NodeNext the function is at `.default`.
const jsQR = jsQRModule.default;

/**
 * The staff workbench in Chromium against the real server (issue 6, point 3): a handler claims the review
 * task from "my tasks" and approves it on the case page; the department's case list shows the case with its
 * warning; the approver finds the decide task and grants. A stale page that acts on a task someone else
 * already closed gets the 409 explained and refreshed.
 */

const PASSWORD = 'demo-Passw0rd';
interface TaskJson { id: string; caseId: string; stepKey: string; warning: string }

const toast = (page: Page, text: string) => page.locator('.ant-message-notice', { hasText: text });
const taskRow = (page: Page, caseId: string) => page.locator(`[data-testid=task-row][data-case-id="${caseId}"]`);

describe.skipIf(!BROWSER_AVAILABLE)('the staff workbench in Chromium (demo seed)', () => {
  let session: E2eSession | undefined;
  let approver: BrowserContext;
  let caseId = '';
  let caseNo = '';
  const { call, token, foodApplication } = e2eApi(() => session!.server.url);
  /** 张三 applies online and the window accepts: the review task waits in the pool. */
  async function acceptedCase(): Promise<{ id: string; caseNo: string }> {
    const created = await foodApplication();
    await call('POST', `/api/v1/cases/${created.id}/accept`, 'clerk', {});
    return created;
  }
  const apiTask = async (username: string, id: string) => (await call<{ tasks: TaskJson[] }>('GET', '/api/v1/tasks?mine=true', username)).tasks.find((task) => task.caseId === id);

  beforeAll(async () => {
    session = await openE2eSession({ signIn: 'handler' });
    ({ id: caseId, caseNo } = await acceptedCase());
    approver = await session.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const login = await approver.request.post(`${session.server.url}/api/v1/auth/login`, { data: { username: 'approver', password: PASSWORD } });
    expect(login.ok()).toBe(true);
  }, 60_000);
  /** The page a failure's screenshot shows: the approver's while that test runs, else the handler's. */
  let current: Page | undefined;
  afterEach(screenshotOnFailure(() => session && { ...session, page: current ?? session.page }));
  afterAll(async () => {
    await approver?.close();
    await closeE2eSession(session);
  });

  it('a handler claims the review task from my tasks, with its warning colour, and approves it on the case page', async () => {
    const { page, server } = session!;
    await page.goto(`${server.url}/work/tasks`);
    const row = taskRow(page, caseId);
    await row.waitFor();
    const before = await apiTask('handler', caseId);
    expect(await row.getByTestId('task-clock').getAttribute('data-warning')).toBe(before?.warning);
    await row.getByText('待签收').waitFor();

    await row.getByTestId('claim-task').click();
    await toast(page, '已签收').waitFor();
    await row.getByText('已签收').waitFor();
    await row.getByTestId('task-case-link').click();

    const work = page.getByTestId('case-work');
    await work.getByTestId('work-case-no').filter({ hasText: caseNo }).waitFor();
    await work.locator('[data-testid=timeline-step][data-action="task.claim"]').filter({ hasText: '赵承办' }).waitFor();
    // The material's preview opens in place.
    await work.getByTestId('preview-file').click();
    await page.getByTestId('preview-image').waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('preview-image').waitFor({ state: 'hidden' });

    const actions = work.locator('[data-testid=actionable-task][data-step=review]');
    // The first step may be handed on but not returned or denied.
    await actions.getByTestId('action-transfer').waitFor();
    expect(await actions.getByTestId('action-return').count()).toBe(0);
    expect(await actions.getByTestId('action-deny').count()).toBe(0);
    await actions.getByTestId('action-approve').click();
    await page.getByTestId('decision-opinion').fill('材料齐全，经营场所现场核查符合要求，同意。');
    await page.getByTestId('decision-submit').click();
    await toast(page, '意见已提交').waitFor();
    await work.locator('[data-testid=opinion][data-decision=approve]').filter({ hasText: '现场核查符合要求' }).waitFor();
    // While the decide task is untouched, the reviewer may take the approval back.
    await work.locator('[data-testid=actionable-task][data-step=review]').getByTestId('action-withdraw').waitFor();
    await work.locator('[data-testid=workflow-step][data-step=decide]').getByTestId('step-holder').filter({ hasText: '待签收' }).waitFor();
  });

  it("lists the case among the department's cases with its warning tag, and filters by case number", async () => {
    const { page, server } = session!;
    const detail = await call<{ warning: string }>('GET', `/api/v1/cases/${caseId}`, 'handler');
    await page.goto(`${server.url}/work/cases`);
    const link = page.getByTestId('dept-case-link').filter({ hasText: caseNo });
    await link.waitFor();
    const row = page.locator('tr', { has: link });
    expect(await row.getByTestId('case-clock').getAttribute('data-warning')).toBe(detail.warning);
    await row.locator(`[data-warning=${detail.warning}]`).first().waitFor();

    await page.getByTestId('case-no-filter').fill(caseNo.slice(-14));
    await page.getByTestId('case-no-filter').press('Enter');
    await page.waitForURL(/q=/);
    await expect.poll(() => page.getByTestId('dept-case-link').count()).toBe(1);
    await link.waitFor();
  });

  it('the approver finds the decide task and grants; the case concludes with the opinions and the timeline', async () => {
    const page = await approver.newPage();
    current = page;
    page.setDefaultTimeout(15_000);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${session!.server.url}/work/tasks`);
    const row = taskRow(page, caseId);
    await row.getByText('审批决定').waitFor();
    await row.getByTestId('open-task').click();

    const work = page.getByTestId('case-work');
    const decide = work.locator('[data-testid=actionable-task][data-step=decide]');
    await decide.getByTestId('action-deny').waitFor();
    await decide.getByTestId('action-approve').filter({ hasText: '准予许可' }).click();
    await page.getByTestId('decision-opinion').fill('准予许可。');
    await page.getByTestId('decision-submit').click();
    await toast(page, '办件已办结：准予许可').waitFor();

    await work.locator('[data-status=concluded]').filter({ hasText: '准予' }).first().waitFor();
    await work.locator('[data-testid=timeline-step][data-action=conclude]').waitFor();
    await work.locator('[data-testid=timeline-step][data-action="task.approve"]').filter({ hasText: '审批决定' }).waitFor();
    expect(await work.locator('[data-testid=opinion][data-decision=approve]').count()).toBe(2);
    await work.getByText('办件已办结，流程不再变更').waitFor();
    await work.getByTestId('license-panel').waitFor();
    expect(errors).toEqual([]);
    await page.close();
    current = undefined;
  });

  it('a visitor scans the QR code of the license the approver issued and the public page, without signing in, says valid', async () => {
    const response = await fetch(`${session!.server.url}/api/v1/cases/${caseId}/license.pdf`, { headers: { authorization: `Bearer ${await token('approver')}` } });
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const png = PNG.sync.read(pageImage(Buffer.from(await response.arrayBuffer()), 150));
    const url = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? '';
    expect(url).toMatch(/\/verify\/license\/360100-\d{4}-\d{6}$/);
    const visitor = await session!.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    try {
      const page = await visitor.newPage();
      current = page;
      await page.goto(url.replace(/^https?:\/\/[^/]+/, session!.server.url));
      await page.locator('[data-testid=license-badge][data-status=valid]').waitFor();
      expect(await page.getByTestId('license-holder').textContent()).toMatch(/\*/);
    } finally {
      current = undefined;
      await visitor.close();
    }
  });

  it('a stale page that approves a task someone else already closed is told so and refreshed (409)', async () => {
    const { page, server } = session!;
    const second = await acceptedCase();
    await page.goto(`${server.url}/work/cases/${second.id}`);
    const actions: Locator = page.locator('[data-testid=actionable-task][data-step=review]');
    await actions.getByTestId('action-approve').waitFor();

    const task = await apiTask('handler2', second.id);
    await call('POST', `/api/v1/tasks/${task!.id}/complete`, 'handler2', { decision: 'approve', opinion: '同意' });

    await actions.getByTestId('action-approve').click();
    await page.getByTestId('decision-submit').click();
    await toast(page, '页面已刷新').waitFor();
    await page.locator('[data-testid=opinion][data-decision=approve]').filter({ hasText: '钱承办' }).waitFor();
    await actions.getByTestId('action-approve').waitFor({ state: 'detached' });
    expect(session!.pageErrors).toEqual([]);
  });
});
