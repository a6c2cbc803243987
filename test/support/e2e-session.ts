import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { TestContext } from 'vitest';
import { launchBrowser } from './browser.js';
import { startTestServer } from './server.js';

/** The real server with the demo seed, Chromium, and one desktop page in Chinese, Asia/Shanghai. */
export interface E2eSession {
  readonly server: Awaited<ReturnType<typeof startTestServer>>;
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
  /** Uncaught errors of the page; a test ends by expecting none. */
  readonly pageErrors: string[];
}

/**
 * Opens a session; with `signIn`, the context carries that demo user's session cookie. With `simulatedClock`, an
 * admin moves the server's time with `PUT /api/v1/system/clock` (API.md), e.g. to make a case overdue.
 */
export async function openE2eSession(options: { signIn?: string; simulatedClock?: boolean } = {}): Promise<E2eSession> {
  const server = await startTestServer({ seed: 'demo', simulatedClock: options.simulatedClock ?? false });
  const browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  if (options.signIn) {
    const login = await context.request.post(`${server.url}/api/v1/auth/login`, { data: { username: options.signIn, password: 'demo-Passw0rd' } });
    if (!login.ok()) throw new Error(`sign-in of ${options.signIn} failed: ${login.status()}`);
  }
  return { server, browser, context, page, pageErrors };
}

/** An afterEach hook: a failed step leaves a picture of the page behind, which says more than a timeout. */
export function screenshotOnFailure(session: () => E2eSession | undefined) {
  return async (test: TestContext) => {
    const page = session()?.page;
    if (test.task.result?.state !== 'fail' || !page) return;
    const path = join(tmpdir(), `tongban-e2e-${test.task.name.replace(/\W+/g, '-')}.png`);
    await page.screenshot({ path, fullPage: true });
    console.error(`screenshot of the failed step: ${path}`);
  };
}

/** Closes what a session opened (safe on a session that failed to open). */
export async function closeE2eSession(session: E2eSession | undefined): Promise<void> {
  await session?.browser.close();
  await session?.server.close();
}
