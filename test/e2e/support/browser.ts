/**
 * Headless Chromium for the browser tests, through playwright-core (no test runner of its own: vitest
 * drives). Screenshots land in test-results/ (gitignored) for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';

export const SCREENSHOT_DIR = join(process.cwd(), 'test-results', 'e2e');

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

export const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true };
export const LAPTOP: BrowserContextOptions = { viewport: { width: 1280, height: 800 } };
export const PROJECTOR: BrowserContextOptions = { viewport: { width: 1366, height: 768 } };

/** A page that reports its console errors and crashes into the test log, tagged with who it is. */
export async function openPage(browser: Browser, name: string, options: BrowserContextOptions): Promise<Page> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`[${name}] page error:`, error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') console.error(`[${name}] console:`, message.text());
  });
  return page;
}

export async function screenshot(page: Page, name: string, fullPage = false): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage });
  return path;
}
