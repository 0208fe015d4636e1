// What a user sees at an address the app has nothing for, and when the server goes away
// between two clicks.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from './support/browser';

const baseUrl = inject('baseUrl');

describe('addresses and a server that went away', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each([
    ['/interviews/abc', 'Interview not found'],
    ['/interviews/0', 'Interview not found'],
    ['/interviews/abc/edit', 'Interview not found'],
    // Looks like a file name; the server must still answer a navigation with the app.
    ['/interviews/1.5', 'Interview not found'],
    ['/interviews/999999', 'Interview not found'],
    ['/questions/abc/edit', 'Question not found'],
    ['/questions/999999', 'Question not found'],
  ])('%s says “%s”, with the way back to the list', async (path, title) => {
    const { page } = await openPage(browser);
    const response = await page.goto(`${baseUrl}${path}`);
    expect(response?.headers()['content-type']).toContain('text/html');
    await page.getByText(title).waitFor();
    const list = `/${path.split('/')[1]}`;
    expect(await page.locator(`main a[href="${list}"]`).count()).toBeGreaterThan(0);
    expect(await page.locator('main form').count()).toBe(0);
  });

  it('says the server cannot be reached when a screen not opened yet cannot load, and retries', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${baseUrl}/dashboard`);
    await page.getByTestId('stat-total-interviews').waitFor();

    // The server goes away: nothing it would send arrives, the question bank's code included.
    await page.route('**/*', (route) => route.abort('connectionrefused'));
    await page.getByRole('link', { name: 'Question bank' }).click();
    const alert = page.getByTestId('navigation-error');
    await alert.waitFor();
    expect(await alert.textContent()).toContain("Can't reach the server");
    expect(new URL(page.url()).pathname).toBe('/dashboard');

    // It is back: Retry opens the page that failed.
    await page.unroute('**/*');
    await alert.getByRole('button', { name: 'Retry' }).click();
    await page.waitForURL(/\/questions$/);
    await page.getByRole('heading', { name: 'Question bank' }).waitFor();
    expect(await page.getByTestId('navigation-error').count()).toBe(0);
  });
});
