// Debian's Chromium driven by playwright-core: no browser is downloaded.
import { type Browser, chromium, type Page } from 'playwright-core';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

export interface WatchedPage {
  page: Page;
  /** Uncaught exceptions, console errors and JavaScript dialogs seen so far. */
  problems: string[];
  dialogs: string[];
}

/** A fresh page (own context) that records what should never happen. */
export async function openPage(
  browser: Browser,
  options: { width?: number; height?: number; colorScheme?: 'light' | 'dark' } = {},
): Promise<WatchedPage> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  const problems: string[] = [];
  const dialogs: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return { page, problems, dialogs };
}

/** Chooses an option of a Material select by its visible label. */
export async function selectOption(page: Page, trigger: string, label: string): Promise<void> {
  await page.locator(trigger).click();
  await page.locator('mat-option', { hasText: label }).first().click();
  await page.locator('.cdk-overlay-pane mat-option').first().waitFor({ state: 'detached' });
}

/** JSON from the API, for arranging data and checking what the UI wrote. */
export async function api<T = unknown>(
  baseUrl: string,
  path: string,
  init?: { method?: string; body?: unknown },
): Promise<T> {
  const response = await fetch(`${baseUrl}/api${path}`, {
    method: init?.method ?? 'GET',
    headers: init?.body ? { 'content-type': 'application/json' } : {},
    body: init?.body ? JSON.stringify(init.body) : undefined,
  });
  if (!response.ok)
    throw new Error(
      `${init?.method ?? 'GET'} ${path}: ${response.status} ${await response.text()}`,
    );
  return (response.status === 204 ? undefined : await response.json()) as T;
}
