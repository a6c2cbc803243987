import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_AVAILABLE } from '../support/browser.js';
import { closeE2eSession, openE2eSession, screenshotOnFailure, type E2eSession } from '../support/e2e-session.js';

const PASSWORD = 'demo-Passw0rd';
const DEPARTMENT = '东湖区行政审批局综合受理科';
const USER = { username: 'e2e-clerk', name: '测试受理员', password: 'Intake2026ok' };

/** The primary button of the open modal ("保 存": antd spaces two-character Chinese labels). */
const saveModal = (page: Page) => page.locator('.ant-modal-footer .ant-btn-primary').click();
/** Picks a role in the roles select by typing its label. */
async function chooseRole(page: Page, label: string): Promise<void> {
  await page.locator('#user-form_roles').fill(label);
  await page.locator('.ant-select-item-option-active', { hasText: label }).waitFor();
  await page.locator('#user-form_roles').press('Enter');
  await page.locator('.ant-modal .ant-select .ant-tag', { hasText: label }).waitFor();
  // Close the options by clicking the title: Escape would close the modal when they are already closed.
  await page.locator('.ant-modal-title').click();
  await expect.poll(() => page.locator('.ant-select-dropdown:visible').count()).toBe(0);
}

/** Picks a department in a department tree-select by typing its name. */
async function chooseDepartment(page: Page, field: string, name: string): Promise<void> {
  await page.locator(field).fill(name);
  await page.locator('.ant-select-tree-node-content-wrapper', { hasText: name }).click();
}

/** The toast antd shows after a save. */
const toast = (page: Page, text: string) => page.locator('.ant-message-notice', { hasText: text });

describe.skipIf(!BROWSER_AVAILABLE)('admin in Chromium (demo seed)', () => {
  let session: E2eSession | undefined;
  let server: E2eSession['server'];
  let page: Page;
  let pageErrors: string[];

  beforeAll(async () => {
    session = await openE2eSession();
    ({ server, page, pageErrors } = session);
  });
  afterEach(screenshotOnFailure(() => session));
  afterAll(() => closeE2eSession(session));

  it('sends an anonymous visitor to the login, then back to the page asked for after signing in', async () => {
    await page.goto(`${server.url}/admin/users`);
    await page.waitForURL('**/login');
    await page.locator('.ant-tabs-tab', { hasText: '工作人员登录' }).waitFor();
    await page.getByRole('link', { name: '申请人注册' }).waitFor();

    await page.locator('#staff-login_username').fill('admin');
    await page.locator('#staff-login_password').fill('wrong-password1');
    await page.locator('form#staff-login button[type=submit]').click();
    await page.getByTestId('login-error').filter({ hasText: '用户名或密码错误' }).waitFor();

    await page.locator('#staff-login_password').fill(PASSWORD);
    await page.locator('form#staff-login button[type=submit]').click();
    await page.waitForURL('**/admin/users');
    await page.getByTestId('current-user').filter({ hasText: '系统管理员' }).waitFor();
    const menu = page.getByTestId('side-menu');
    for (const label of ['首页', '组织机构', '行政区划', '部门', '用户']) {
      await menu.getByText(label, { exact: true }).waitFor();
    }
  });

  it('creates a department under a region and sees it in the tree', async () => {
    await page.goto(`${server.url}/admin/departments?region=360102`);
    await page.getByTestId('departments-table').locator('tr.ant-table-row').first().waitFor();
    await page.getByTestId('create-department').click();
    await page.locator('#department-form_name').fill(DEPARTMENT);
    await saveModal(page);
    await toast(page, '已创建').waitFor();
    const row = page.getByTestId('departments-table').locator('tr.ant-table-row', { hasText: DEPARTMENT });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('委办局');
  });

  it('creates a user in that department and finds it with the search box', async () => {
    await page.goto(`${server.url}/admin/users`);
    await page.getByTestId('create-user').click();
    await page.locator('#user-form_username').fill(USER.username);
    await page.locator('#user-form_password').fill(USER.password);
    await page.locator('#user-form_name').fill(USER.name);
    await chooseDepartment(page, '#user-form_departmentId', DEPARTMENT);
    await chooseRole(page, '窗口受理');
    await saveModal(page);
    await toast(page, '已创建').waitFor();

    await page.getByTestId('user-search').locator('input').fill(USER.name);
    await page.getByTestId('user-search').locator('input').press('Enter');
    await page.waitForURL(/q=/);
    const rows = page.getByTestId('users-table').locator('tr.ant-table-row');
    await expect.poll(() => rows.count()).toBe(1);
    const text = await rows.first().textContent();
    expect(text).toContain(DEPARTMENT);
    expect(text).toContain('窗口受理');
    expect(text).toContain('启用');
  });

  it('shows the server’s field error on the field (a username already taken)', async () => {
    await page.goto(`${server.url}/admin/users`);
    await page.getByTestId('create-user').click();
    await page.locator('#user-form_username').fill(USER.username);
    await page.locator('#user-form_password').fill(USER.password);
    await page.locator('#user-form_name').fill('重名用户');
    await chooseDepartment(page, '#user-form_departmentId', DEPARTMENT);
    await chooseRole(page, '承办人');
    await saveModal(page);
    await toast(page, '用户名已被使用').waitFor();
    await page.locator('#user-form_username_help').waitFor();
    await page.locator('.ant-modal-footer .ant-btn-default').click();
  });

  it('switches to English: labels, and server messages in the same language, kept after a reload', async () => {
    await page.goto(`${server.url}/admin/users`);
    await page.getByTestId('lang-switch').getByText('English').click();
    const menu = page.getByTestId('side-menu');
    await menu.getByText('Users', { exact: true }).waitFor();
    await page.locator('th', { hasText: 'Username' }).first().waitFor();
    await page.locator('.ant-tag', { hasText: 'Intake clerk' }).first().waitFor();

    await page.reload();
    await menu.getByText('Departments', { exact: true }).waitFor();
    expect(await page.evaluate('document.documentElement.lang')).toBe('en');

    await page.getByTestId('create-user').click();
    await page.locator('#user-form_username').fill('admin');
    await page.locator('#user-form_password').fill(USER.password);
    await page.locator('#user-form_name').fill('Duplicate');
    await chooseDepartment(page, '#user-form_departmentId', DEPARTMENT);
    await chooseRole(page, 'Handler');
    await saveModal(page);
    await toast(page, 'This username is already taken').waitFor();
  });

  it('raised no uncaught error in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
