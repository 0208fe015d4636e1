// The interview form as a new user meets it: a long page under a sticky top bar, links typed
// the way people type them, dates out of order, and changes left without saving.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage, selectOption } from './support/browser';

const baseUrl = inject('baseUrl');

/** The message under a form field, found by its input's test id or form control name. */
async function fieldError(page: Page, input: string): Promise<string> {
  return (
    (await page
      .locator(input)
      .locator('xpath=ancestor::mat-form-field')
      .locator('mat-error')
      .textContent()) ?? ''
  ).trim();
}

describe('the interview form', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('brings the first invalid field into view below the top bar, focused', async () => {
    const { page, problems } = await openPage(browser, { height: 700 });
    await page.goto(`${baseUrl}/interviews/new`);
    await page.getByTestId('save-interview').scrollIntoViewIfNeeded();
    await page.getByTestId('save-interview').click();

    const seniority = page.getByTestId('seniority');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('seniority');
    const field = (await seniority.locator('xpath=ancestor::mat-form-field').boundingBox())!;
    const bar = (await page.locator('mat-toolbar.topbar').boundingBox())!;
    expect(field.y).toBeGreaterThanOrEqual(bar.y + bar.height);
    expect(field.y + field.height).toBeLessThanOrEqual(700);
    expect(await fieldError(page, '[data-testid="seniority"]')).toBe('Required');
    expect(problems).toEqual([]);
  });

  it('asks before leaving with unsaved changes, in the app and on reload, and not once saved', async () => {
    const { page, problems, dialogs } = await openPage(browser);
    await page.goto(`${baseUrl}/interviews/new`);
    await page.locator('input[formcontrolname="job_location"]').fill('Berlin');

    await page.getByRole('link', { name: 'Dashboard' }).click();
    await page.getByText('Leave without saving?').waitFor();
    await page.getByRole('button', { name: 'Keep editing' }).click();
    await page.getByText('Leave without saving?').waitFor({ state: 'detached' });
    expect(new URL(page.url()).pathname).toBe('/interviews/new');
    expect(await page.locator('input[formcontrolname="job_location"]').inputValue()).toBe('Berlin');

    // The browser asks on reload; the watched page dismisses it, so the reload never ends.
    await page.reload({ timeout: 2_000 }).catch(() => undefined);
    await expect.poll(() => dialogs.some((d) => d.startsWith('beforeunload'))).toBe(true);
    expect(await page.locator('input[formcontrolname="job_location"]').inputValue()).toBe('Berlin');

    await selectOption(page, '[data-testid="seniority"]', 'Senior');
    await page.getByTestId('save-interview').click();
    await page.waitForURL(/\/interviews\/\d+$/);
    expect(await page.getByText('Leave without saving?').count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('keeps a job posting typed without https:// and shows it as a link; refuses a script', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${baseUrl}/interviews/new`);
    await selectOption(page, '[data-testid="seniority"]', 'Mid');
    const posting = page.locator('input[formcontrolname="job_posting_url"]');

    await posting.fill('javascript:alert(1)');
    await page.getByTestId('save-interview').click();
    expect(await fieldError(page, 'input[formcontrolname="job_posting_url"]')).toBe(
      'Must be a web address (http or https), like https://example.com/jobs/123',
    );
    expect(new URL(page.url()).pathname).toBe('/interviews/new');

    await posting.fill('linkedin.com/jobs/view/123');
    await posting.blur();
    expect(await posting.inputValue()).toBe('https://linkedin.com/jobs/view/123');
    await page.getByTestId('save-interview').click();
    await page.waitForURL(/\/interviews\/\d+$/);
    const link = page.getByRole('link', { name: 'Job posting' });
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe('https://linkedin.com/jobs/view/123');
    expect(problems).toEqual([]);
  });

  it('refuses an offer deadline before the application date, under the deadline', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${baseUrl}/interviews/new`);
    await selectOption(page, '[data-testid="seniority"]', 'Mid');
    await page.getByTestId('application_date').fill('2024-12-10');
    await page.getByTestId('offer_deadline').fill('2024-12-01');
    await page.getByTestId('save-interview').click();

    expect(await fieldError(page, '[data-testid="offer_deadline"]')).toBe(
      'Must not be before the application date',
    );
    expect(new URL(page.url()).pathname).toBe('/interviews/new');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('offer_deadline');
    expect(problems).toEqual([]);
  });
});
