import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { api, launchBrowser, openPage } from './support/browser';

const baseUrl = inject('baseUrl');
const HOSTILE = 'What does <img src=x onerror="window.__xss=1;alert(1)"> do in a page?';

describe('untrusted text', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows a question containing an <img onerror> as text and never runs it', async () => {
    const { page, problems, dialogs } = await openPage(browser);
    const pwned = () => page.evaluate(() => (window as unknown as { __xss?: number }).__xss);

    // Written through the UI, answer markdown included.
    await page.goto(`${baseUrl}/questions/new`);
    await page.getByTestId('question-text-input').fill(HOSTILE);
    await page.locator('[data-testid="question-category"]').click();
    await page.locator('mat-option', { hasText: 'Technical' }).first().click();
    await page
      .locator('textarea[formcontrolname="answer_markdown_content"]')
      .fill(
        `It is an image.\n\n${HOSTILE}\n\n<script>window.__xss=2</script>\n\n[x](javascript:window.__xss=3)`,
      );
    await page.getByTestId('save-question').click();
    await page.waitForURL(/\/questions\/\d+$/);

    expect(await page.getByTestId('question-text').textContent()).toBe(HOSTILE);
    const answer = page.getByTestId('answer-markdown');
    await answer.waitFor();
    expect(await answer.locator('img, script').count()).toBe(0);
    expect(await answer.innerHTML()).not.toMatch(/onerror|javascript:/);

    // In the bank's list.
    await page.goto(`${baseUrl}/questions?q=onerror`);
    await page.getByRole('link', { name: HOSTILE }).waitFor();

    // As a question in the room, and in the streamed answer that may quote it.
    await page.goto(`${baseUrl}/room`);
    await page.getByTestId('question-input').fill(HOSTILE);
    await page.getByTestId('ask-button').click();
    expect(await page.getByTestId('turn-question').first().textContent()).toContain(HOSTILE);
    await page.getByTestId('save-to-bank').waitFor({ timeout: 30_000 });
    expect(
      await page.locator('[data-testid="answer"] img, [data-testid="turn-question"] img').count(),
    ).toBe(0);

    expect(await pwned()).toBeUndefined();
    expect(dialogs).toEqual([]);
    // The server's Content-Security-Policy forbids inline event handlers, and Chromium reports
    // one as blocked even where the sanitizer parses the hostile HTML in an inert document to
    // strip it. Such a report is the policy holding (nothing ran: see pwned above), not a fault.
    const blockedHandler =
      /^console error: Executing inline event handler violates .*script-src-attr.*The action has been blocked/;
    expect(problems.filter((problem) => !blockedHandler.test(problem))).toEqual([]);
    const stored = await api<{ total: number }>(
      baseUrl,
      `/questions?search=${encodeURIComponent('onerror')}`,
    );
    expect(stored.total).toBeGreaterThan(0);
  });
});
