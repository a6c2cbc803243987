import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_AVAILABLE } from '../support/browser.js';
import { closeE2eSession, openE2eSession, type E2eSession } from '../support/e2e-session.js';

const PASSWORD = 'demo-Passw0rd';
/** Where this file leaves its screenshots for a person to look at. */
const SHOTS = tmpdir();

describe.skipIf(!BROWSER_AVAILABLE)('electronic licenses in Chromium (demo seed)', () => {
  let session: E2eSession;
  let caseId = '';
  let number = '';
  let licenseId = '';

  async function call(method: 'GET' | 'POST', path: string, token: string, body?: object) {
    const response = await fetch(`${session.server.url}${path}`, {
      method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, ...(body && { body: JSON.stringify(body) }),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return response.json() as Promise<Record<string, unknown>>;
  }
  const login = async (username: string) => {
    const response = await fetch(`${session.server.url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: PASSWORD }) });
    return ((await response.json()) as { token: string }).token;
  };

  beforeAll(async () => {
    session = await openE2eSession({ signIn: 'zhangsan' });
    // 张三 applies for the food business license; the window accepts, the handler reviews, the approver grants.
    const applicant = await login('zhangsan');
    const created = await call('POST', '/api/v1/cases', applicant, {
      itemCode: '360100-SC-0101',
      form: { operatorName: '南昌市红谷滩区张三小吃店', creditCode: '91360100MA35F2XK16', premises: '南昌市红谷滩区丰和中大道 1234 号', category: '餐饮服务经营者', area: 86, phone: '13912345678' },
      materials: ['M01', 'M02', 'M03', 'M04'].map((code) => ({ code })),
    });
    caseId = String(created.id);
    await call('POST', `/api/v1/cases/${caseId}/accept`, await login('clerk'), {});
    for (const username of ['handler', 'approver']) {
      const token = await login(username);
      const { tasks } = await call('GET', '/api/v1/tasks?mine=true', token) as { tasks: { id: string; caseId: string }[] };
      await call('POST', `/api/v1/tasks/${tasks.find((task) => task.caseId === caseId)?.id}/complete`, token, { decision: 'approve', opinion: '同意' });
    }
    const license = await call('GET', `/api/v1/cases/${caseId}/license`, applicant);
    number = String(license.number);
    licenseId = String(license.id);
  });
  afterAll(async () => { await closeE2eSession(session); });

  it("shows the license on the applicant's case page", async () => {
    const { page } = session;
    await page.goto(`${session.server.url}/my-cases/${caseId}`);
    const panel = page.getByTestId('license-panel');
    await panel.getByTestId('license-no').filter({ hasText: number }).waitFor();
    await panel.getByTestId('license-status').filter({ hasText: '有效' }).waitFor();
    await panel.getByText('食品经营许可证').waitFor();
    await panel.screenshot({ path: join(SHOTS, 'tongban-license-panel.png') });
    await page.screenshot({ path: join(SHOTS, 'tongban-license-case.png'), fullPage: true });
  });

  it('verifies the license on the public page its QR code opens, without signing in', async () => {
    const visitor = await session.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const page = await visitor.newPage();
    await page.goto(`${session.server.url}/verify/license/${number}`);
    await page.locator('[data-testid=license-badge][data-status=valid]').waitFor();
    expect(await page.getByTestId('license-holder').textContent()).toMatch(/张\*/);
    // The business's credit code from the form is masked like the holder's ID number.
    const text = await page.getByTestId('license-verdict').textContent();
    expect(text).not.toContain('91360100MA35F2XK16');
    expect(text).not.toContain('360102199003071236');
    await page.screenshot({ path: join(SHOTS, 'tongban-license-verify-valid.png'), fullPage: true });

    await call('POST', `/api/v1/licenses/${licenseId}/revoke`, await login('approver'), { reason: '经营场所已变更，未依法办理变更手续' });
    await page.reload();
    await page.locator('[data-testid=license-badge][data-status=revoked]').waitFor();
    await page.getByText('经营场所已变更').waitFor();
    await page.screenshot({ path: join(SHOTS, 'tongban-license-verify-revoked.png'), fullPage: true });

    await page.goto(`${session.server.url}/verify/license/360100-2026-999999`);
    await page.getByTestId('license-error').waitFor();
    await visitor.close();
    expect(session.pageErrors).toEqual([]);
  });
});
