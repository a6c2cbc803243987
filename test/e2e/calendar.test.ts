import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_AVAILABLE } from '../support/browser.js';
import { closeE2eSession, openE2eSession, screenshotOnFailure, type E2eSession } from '../support/e2e-session.js';

// A Tuesday in a year the official schedule covers, with no holiday near it.
const DAY = '2026-03-10';
const HOLIDAY_BACKGROUND = 'rgb(255, 232, 230)';

/** A small holiday feed for `year`, in the style of the Chinese holiday calendars: 休 a day off, 班 a worked weekend day. */
function icsFeed(year: number): string {
  const event = (start: string, end: string, summary: string) =>
    ['BEGIN:VEVENT', `DTSTART;VALUE=DATE:${start}`, `DTEND;VALUE=DATE:${end}`, `SUMMARY:${summary}`, `UID:${start}-${summary}@e2e`, 'END:VEVENT'];
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//tongban//e2e//ZH',
    ...event(`${year}0101`, `${year}0102`, '元旦 休'),
    ...event(`${year}0501`, `${year}0504`, '劳动节 休'),
    ...event(`${year}0425`, `${year}0426`, '劳动节 班'),
    ...event(`${year}0120`, `${year}0121`, '腊八节'),
    'END:VCALENDAR',
  ].join('\r\n');
}

/** A modal once its opening animation is over: a click during the zoom-in can be lost. */
async function openedModal(page: Page, text: string) {
  const modal = page.locator('.ant-modal', { hasText: text });
  await modal.waitFor();
  await expect.poll(() => modal.evaluate((el) => el.className)).not.toMatch(/zoom/);
  return modal;
}

/** The painted background of an element (the root tsconfig has no DOM types, hence the cast). */
const background = (locator: Locator) =>
  locator.evaluate((el) => (globalThis as unknown as { getComputedStyle(element: unknown): { backgroundColor: string } }).getComputedStyle(el).backgroundColor);

const day = (page: Page, date: string) => page.locator(`[data-testid=year-grid] [data-date="${date}"]`);

describe.skipIf(!BROWSER_AVAILABLE)('working calendar in Chromium (demo seed)', () => {
  let session: E2eSession | undefined;
  let server: E2eSession['server'];
  let page: Page;
  let pageErrors: string[];

  beforeAll(async () => {
    session = await openE2eSession({ signIn: 'admin' });
    ({ server, page, pageErrors } = session);
  });
  afterEach(screenshotOnFailure(() => session));
  afterAll(() => closeE2eSession(session));

  it('marks a workday as a holiday: the day turns holiday red and shows the admin mark; clearing restores it', async () => {
    await page.goto(`${server.url}/admin/calendar?year=2026`);
    await page.getByTestId('calendar-legend').waitFor();
    const cell = day(page, DAY);
    await expect.poll(() => cell.getAttribute('data-kind')).toBe('workday');
    const before = await background(cell);

    await cell.click();
    const modal = await openedModal(page, `标注 ${DAY}（二）`);
    await modal.locator('.ant-radio-button-wrapper', { hasText: '法定节假日' }).click();
    await modal.locator('#mark-day_name').fill('测试停休日');
    await page.getByTestId('save-mark').click();
    await page.locator('.ant-message-notice', { hasText: `已标注 ${DAY} 为法定节假日` }).waitFor();

    await expect.poll(() => cell.getAttribute('data-kind')).toBe('holiday');
    expect(await cell.getAttribute('data-overridden')).toBe('true');
    const after = await background(cell);
    expect(after).toBe(HOLIDAY_BACKGROUND);
    expect(after).not.toBe(before);
    expect(await cell.getAttribute('title')).toContain('测试停休日');
    await page.getByTestId('year-summary').getByText('管理员标注 1 天').waitFor();

    await cell.click();
    await openedModal(page, '这一天当前由管理员标注决定');
    await page.getByTestId('clear-mark').click();
    await page.locator('.ant-message-notice', { hasText: `已清除 ${DAY} 的标注` }).waitFor();
    await expect.poll(() => cell.getAttribute('data-kind')).toBe('workday');
    expect(await cell.getAttribute('data-overridden')).toBeNull();
  });

  it('imports a missing year from an .ics file, reports the skipped event, and the banner no longer lists the year', async () => {
    // The banner names the years around today without a schedule; take the first, or the first year after those covered.
    const overview = (await (await page.request.get(`${server.url}/api/v1/calendar`)).json()) as { coveredYears: number[]; missingYears: number[] };
    const year = overview.missingYears[0] ?? Math.max(...overview.coveredYears) + 1;
    const file = join(mkdtempSync(join(tmpdir(), 'tongban-ics-')), `holidays-${year}.ics`);
    writeFileSync(file, icsFeed(year));

    await page.goto(`${server.url}/admin/calendar?year=${year}`);
    const banner = page.getByTestId('coverage-banner');
    await banner.waitFor();
    expect(await banner.getAttribute('data-missing')).toBe(overview.missingYears.join(','));
    await page.getByTestId('year-not-covered').waitFor();
    await expect.poll(() => day(page, `${year}-01-01`).getAttribute('data-kind')).not.toBe('holiday');

    await page.getByTestId('import-year').click();
    const modal = await openedModal(page, '导入年度节假日安排');
    await modal.locator('input[type=file]').setInputFiles(file);
    await expect.poll(() => modal.locator('#import-year').inputValue()).toBe(String(year));
    await modal.locator('.ant-modal-footer .ant-btn-primary').click();

    const result = page.getByTestId('import-year-result');
    await result.getByText(`已导入 ${year} 年：5 个日期`).waitFor();
    await result.locator('.ant-tag', { hasText: '腊八节' }).waitFor();
    await modal.locator('.ant-modal-close').click();

    await expect.poll(async () => (await banner.getAttribute('data-missing'))?.split(',').includes(String(year))).toBe(false);
    await page.getByTestId(`covered-${year}`).getByText('已导入').waitFor();
    expect(await page.getByTestId('year-not-covered').count()).toBe(0);
    await expect.poll(() => day(page, `${year}-01-01`).getAttribute('data-kind')).toBe('holiday');
    const makeUp = `${year}-04-25`;
    const weekday = new Date(`${makeUp}T00:00:00Z`).getUTCDay();
    // 04-25 is worked: a weekend day becomes a make-up workday, a weekday stays an ordinary workday.
    expect(await day(page, makeUp).getAttribute('data-kind')).toBe(weekday === 0 || weekday === 6 ? 'adjusted_workday' : 'workday');
  });

  it('raised no uncaught error in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
