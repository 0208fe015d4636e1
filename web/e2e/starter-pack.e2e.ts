import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { api, launchBrowser, openPage, selectOption } from './support/browser';

const baseUrl = inject('baseUrl');

interface PackPage {
  total: number;
  data: { id: string; question: string; imported_question_id: number | null }[];
}

describe('the starter pack', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('is found from the bank, previews a model answer, and imports chosen entries into the bank', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${baseUrl}/questions`);
    await page.getByTestId('starter-pack').click();
    await page.waitForURL(`${baseUrl}/questions/starter-pack`);

    await page.getByTestId('pack-search').fill('token bucket rate limiter');
    await page.waitForURL(/q=token/);
    const expected = await api<PackPage>(
      baseUrl,
      '/starter-pack?search=token%20bucket%20rate%20limiter&limit=20',
    );
    const [first, second] = expected.data;
    const entry = (id: string) => page.locator(`[data-testid="pack-entry"][data-id="${id}"]`);
    await entry(first!.id).waitFor();

    // The preview renders the model answer as markdown, code blocks included.
    await entry(first!.id).getByTestId('preview').click();
    const preview = page.locator('app-starter-pack-preview');
    await preview.getByTestId('preview-answer').locator('h3').first().waitFor();
    expect(await preview.getByTestId('preview-title').textContent()).toContain(first!.question);
    await preview.getByRole('button', { name: 'Close' }).click();
    await preview.waitFor({ state: 'detached' });

    await entry(first!.id).locator('mat-checkbox input').check();
    await entry(second!.id).locator('mat-checkbox input').check();
    await page.getByTestId('import-selected').click();
    await expect
      .poll(() => page.getByTestId('import-outcome').textContent())
      .toContain('Imported 2 questions into your bank.');

    const inBank = entry(first!.id).getByTestId('in-bank');
    await inBank.waitFor();
    expect(await entry(second!.id).getByTestId('in-bank').count()).toBe(1);
    await inBank.click();
    await page.waitForURL(/\/questions\/\d+$/);
    expect(await page.getByTestId('question-text').textContent()).toBe(first!.question);
    await page.getByTestId('answer-markdown').waitFor();
    expect(problems).toEqual([]);
  });

  it('imports a whole agent and category after confirming the count, skipping what is already there', async () => {
    const { page, problems } = await openPage(browser);
    const filter = await api<PackPage>(
      baseUrl,
      '/starter-pack?agent=behavioral&category=leadership&limit=100',
    );
    const already = filter.data.find((e) => !e.imported_question_id)!;
    await api(baseUrl, '/starter-pack/import', { method: 'POST', body: { ids: [already.id] } });
    const before = filter.data.filter((e) => e.imported_question_id).length + 1;

    await page.goto(`${baseUrl}/questions/starter-pack`);
    await selectOption(page, '[data-testid="pack-agent"]', 'Behavioral');
    await selectOption(page, '[data-testid="pack-category"]', 'Leadership');
    await page.waitForURL(
      /agent=behavioral.*category=leadership|category=leadership.*agent=behavioral/,
    );
    const importAll = page.getByTestId('import-all');
    await expect.poll(() => importAll.textContent()).toContain(`Import all ${filter.total}`);
    await importAll.click();

    const dialog = page.locator('app-confirm-dialog');
    expect(await dialog.textContent()).toContain(`Import ${filter.total} entries?`);
    await dialog.getByRole('button', { name: `Import ${filter.total}` }).click();
    const fresh = filter.total - before;
    await expect
      .poll(() => page.getByTestId('import-outcome').textContent())
      .toContain(
        `Imported ${fresh} question${fresh === 1 ? '' : 's'} into your bank; ${before} ${before === 1 ? 'was' : 'were'} already there.`,
      );

    const after = await api<PackPage>(
      baseUrl,
      '/starter-pack?agent=behavioral&category=leadership&limit=100',
    );
    expect(after.data.every((e) => e.imported_question_id !== null)).toBe(true);
    await expect.poll(() => page.getByTestId('in-bank').count()).toBe(Math.min(filter.total, 20));
    expect(problems).toEqual([]);
  });
});
