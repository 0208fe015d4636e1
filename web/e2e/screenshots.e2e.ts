// `npm run screenshots`: a PNG of every screen, against the real server with demo data,
// written to docs/screenshots/ for the README.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from './support/browser';
import { seedDemoData } from './support/demo-data';

const baseUrl = inject('baseUrl');
const outDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/screenshots');

/**
 * The page scrolls inside the side-nav layout, so the viewport grows to the content first
 * (unless `grow` is false: then it is what a person sees at the current scroll position).
 */
async function shoot(page: Page, name: string, grow = true): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page
    .locator('mat-progress-bar')
    .first()
    .waitFor({ state: 'detached', timeout: 10_000 })
    .catch(() => undefined);
  await page.waitForTimeout(300);
  if (!grow) {
    await page.screenshot({ path: path.join(outDir, `${name}.png`) });
    return;
  }
  const viewport = page.viewportSize()!;
  const height = await page.evaluate(() => {
    const content = document.querySelector('.mat-drawer-content');
    return Math.ceil((content?.scrollHeight ?? document.body.scrollHeight) + 1);
  });
  await page.setViewportSize({
    width: viewport.width,
    height: Math.min(Math.max(height, 720), 2600),
  });
  await page.waitForTimeout(200);
  await page.screenshot({ path: path.join(outDir, `${name}.png`) });
  await page.setViewportSize(viewport);
}

describe('screenshots', () => {
  let browser: Browser;
  let ids: { interviewId: number; questionId: number };

  beforeAll(async () => {
    mkdirSync(outDir, { recursive: true });
    ids = await seedDemoData(baseUrl);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('captures every screen on a desktop, in the light theme', async () => {
    const { page, problems } = await openPage(browser, { width: 1366, height: 860 });
    const screens: [string, string][] = [
      ['dashboard', '/dashboard'],
      ['interviews', '/interviews'],
      ['interviews-board', '/interviews?view=board'],
      ['interview-detail', `/interviews/${ids.interviewId}`],
      ['interview-form', `/interviews/${ids.interviewId}/edit`],
      ['questions', '/questions'],
      ['question-detail', `/questions/${ids.questionId}`],
      ['starter-pack', '/questions/starter-pack?agent=system_design'],
      ['companies', '/companies'],
      ['roles', '/roles'],
      ['skills', '/skills'],
      ['practice', '/practice'],
      ['settings', '/settings'],
    ];
    for (const [name, url] of screens) {
      await page.goto(`${baseUrl}${url}`);
      await shoot(page, name);
    }

    // The room, mid-conversation: an answer, its follow-ups, and a follow-up being asked.
    await page.goto(`${baseUrl}/room`);
    await page.getByTestId('question-input').fill('How would you design a URL shortening service?');
    await page
      .getByTestId('context-input')
      .waitFor({ state: 'detached' })
      .catch(() => undefined);
    await page.getByTestId('ask-button').click();
    await page.getByTestId('save-to-bank').waitFor({ timeout: 30_000 });
    await page.getByTestId('follow-up').first().click();
    await expect.poll(() => page.getByTestId('save-to-bank').count(), { timeout: 30_000 }).toBe(2);
    await page
      .getByTestId('question-input')
      .fill('What database would you choose for the mappings, and why?');
    await page.setViewportSize({ width: 1366, height: 1000 });
    await page.getByTestId('follow-up').first().scrollIntoViewIfNeeded();
    await page.evaluate(() =>
      document
        .querySelectorAll('[data-testid="follow-up"]')[0]
        ?.scrollIntoView({ block: 'center' }),
    );
    await shoot(page, 'room', false);
    expect(problems).toEqual([]);
  });

  it('captures the dashboard in the dark theme and some screens at phone width', async () => {
    const dark = await openPage(browser, { width: 1366, height: 860, colorScheme: 'dark' });
    await dark.page.goto(`${baseUrl}/dashboard`);
    await shoot(dark.page, 'dashboard-dark');

    const phone = await openPage(browser, { width: 375, height: 812 });
    await phone.page.goto(`${baseUrl}/interviews/${ids.interviewId}`);
    await shoot(phone.page, 'phone-interview-detail');
    await phone.page.goto(`${baseUrl}/dashboard`);
    await shoot(phone.page, 'phone-dashboard');
    await phone.page.goto(`${baseUrl}/questions/starter-pack?q=rate%20limiter`);
    await shoot(phone.page, 'phone-starter-pack', false);
    await phone.page.goto(`${baseUrl}/room`);
    await phone.page
      .getByTestId('question-input')
      .fill('Tell me about a time you disagreed with your manager.');
    await phone.page.getByTestId('ask-button').click();
    await phone.page.getByTestId('save-to-bank').waitFor({ timeout: 30_000 });
    await phone.page.evaluate(() => document.querySelector('.mat-drawer-content')?.scrollTo(0, 0));
    await shoot(phone.page, 'phone-room', false);
    expect([...dark.problems, ...phone.problems]).toEqual([]);
  });
});
