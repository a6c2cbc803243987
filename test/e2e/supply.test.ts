import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_AVAILABLE } from '../support/browser.js';
import { e2eApi, scanPng } from '../support/e2e-api.js';
import { closeE2eSession, openE2eSession, screenshotOnFailure, type E2eSession } from '../support/e2e-session.js';

/**
 * 容缺受理 as the applicant meets it in Chromium: the window accepted with two materials deferred; the case page
 * shows what is owed and by when, the applicant hands one in, and the other stays owed until it is handed in too.
 */
describe.skipIf(!BROWSER_AVAILABLE)('handing in deferred materials in Chromium (demo seed)', () => {
  let session: E2eSession | undefined;
  const api = e2eApi(() => session!.server.url);
  let caseId = '';

  beforeAll(async () => {
    session = await openE2eSession({ signIn: 'zhangsan' });
    ({ id: caseId } = await api.foodApplication());
    await api.call('POST', `/api/v1/cases/${caseId}/accept`, 'clerk', { deferredMaterials: ['M03', 'M04'], supplyDays: 3 });
  }, 60_000);
  afterEach(screenshotOnFailure(() => session));
  afterAll(() => closeE2eSession(session));

  const owed = async () => (await api.call<{ deferredMaterials: string[] }>('GET', `/api/v1/cases/${caseId}`, 'zhangsan')).deferredMaterials;
  const upload = (code: string) => session!.page.getByTestId('supply-panel').locator(`[data-testid=material-row][data-code=${code}] input[type=file]`)
    .setInputFiles({ name: `${code}.png`, mimeType: 'image/png', buffer: scanPng() });

  it('shows the owed materials with the date, sends only once something is uploaded, and keeps the rest owed', async () => {
    const { page, server } = session!;
    await page.goto(`${server.url}/my-cases/${caseId}`);
    const panel = page.getByTestId('supply-panel');
    await panel.waitFor();
    const { supplyDueAt } = await api.call<{ supplyDueAt: string }>('GET', `/api/v1/cases/${caseId}`, 'zhangsan');
    const dueInShanghai = new Date(Date.parse(supplyDueAt) + 8 * 3600_000).toISOString().slice(0, 10);
    await panel.getByTestId('supply-due').filter({ hasText: dueInShanghai }).waitFor();
    expect(await panel.getByTestId('material-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-code')))).toEqual(['M03', 'M04']);
    expect(await panel.getByTestId('supply-submit').isDisabled()).toBe(true);
    await panel.screenshot({ path: fileURLToPath(new URL('../../docs/screenshots/apply-supply-zh.png', import.meta.url)) });

    await upload('M03');
    await expect.poll(() => panel.getByTestId('supply-submit').isEnabled()).toBe(true);
    await panel.getByTestId('supply-submit').click();
    await page.locator('.ant-message-notice', { hasText: '容缺材料已补交' }).waitFor();
    await panel.locator('[data-testid=material-row][data-code=M03]').waitFor({ state: 'detached' });
    expect(await owed()).toEqual(['M04']);
    expect(await panel.getByTestId('supply-submit').isDisabled()).toBe(true);
  });

  it('takes the last one, after which the panel is gone', async () => {
    const { page } = session!;
    await upload('M04');
    await expect.poll(() => page.getByTestId('supply-submit').isEnabled()).toBe(true);
    await page.getByTestId('supply-submit').click();
    await page.getByTestId('supply-panel').waitFor({ state: 'detached' });
    expect(await owed()).toEqual([]);
    expect(session!.pageErrors).toEqual([]);
  });
});
