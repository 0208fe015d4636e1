import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { api, launchBrowser, openPage } from './support/browser';

const baseUrl = inject('baseUrl');

describe('deleting what other records use', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('deletes a cancelled interview for good, after saying what goes, and lands on the list', async () => {
    const { page, problems } = await openPage(browser);
    const company = await api<{ company_id: number }>(baseUrl, '/companies', {
      method: 'POST',
      body: { company_name: 'Gone For Good Ltd' },
    });
    const { interview_id: id } = await api<{ interview_id: number }>(baseUrl, '/interviews', {
      method: 'POST',
      body: { company_id: company.company_id, seniority_level: 'senior' },
    });
    const { question_id } = await api<{ question_id: number }>(baseUrl, '/questions', {
      method: 'POST',
      body: {
        question_text: 'What would you cut first under a deadline?',
        question_category: 'product',
      },
    });
    for (const round_number of [1, 2]) {
      await api(baseUrl, `/interviews/${id}/rounds`, {
        method: 'POST',
        body: { round_number, round_type: 'technical' },
      });
    }
    await api(baseUrl, `/interviews/${id}/questions`, { method: 'POST', body: { question_id } });

    // Not offered before the interview is cancelled.
    await page.goto(`${baseUrl}/interviews/${id}`);
    await page.getByTestId('cancel-interview').waitFor();
    expect(await page.getByTestId('delete-interview').count()).toBe(0);
    await page.getByTestId('cancel-interview').click();
    await page.getByRole('button', { name: 'Cancel interview' }).last().click();

    await page.getByTestId('delete-interview').click();
    const dialog = page.locator('app-confirm-dialog');
    await dialog.waitFor();
    const text = (await dialog.textContent()) ?? '';
    expect(text).toContain('The interview with Gone For Good Ltd');
    expect(text).toContain('2 rounds');
    expect(text).toContain('1 question link');
    expect(text).toContain('cannot be undone');
    await dialog.getByRole('button', { name: 'Delete permanently' }).click();

    await page.waitForURL(`${baseUrl}/interviews`);
    await page
      .locator('mat-snack-bar-container')
      .getByText('The interview with Gone For Good Ltd was deleted permanently.')
      .waitFor();
    const gone = await fetch(`${baseUrl}/api/interviews/${id}`);
    expect(gone.status).toBe(404);
    // The question itself stays in the bank.
    expect((await fetch(`${baseUrl}/api/questions/${question_id}`)).status).toBe(200);
    expect(problems).toEqual([]);
  });
});
