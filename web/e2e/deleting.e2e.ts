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

  it('explains why a company in use cannot be deleted and links to exactly its interviews', async () => {
    const { page, problems } = await openPage(browser);
    const company = await api<{ company_id: number }>(baseUrl, '/companies', {
      method: 'POST',
      body: { company_name: 'Still Hiring Inc' },
    });
    const other = await api<{ company_id: number }>(baseUrl, '/companies', {
      method: 'POST',
      body: { company_name: 'Someone Else GmbH' },
    });
    for (const body of [
      {
        company_id: company.company_id,
        seniority_level: 'senior',
        custom_role_title: 'Staff Engineer',
      },
      { company_id: company.company_id, seniority_level: 'mid' },
      { company_id: other.company_id, seniority_level: 'mid' },
    ]) {
      await api(baseUrl, '/interviews', { method: 'POST', body });
    }

    await page.goto(`${baseUrl}/companies`);
    await page.getByTestId('catalog-search').fill('Still Hiring');
    await page.getByRole('button', { name: 'Delete Still Hiring Inc' }).click();
    const dialog = page.locator('app-confirm-dialog');
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect
      .poll(() => dialog.getByTestId('confirm-error').textContent())
      .toMatch(
        /^Company "Still Hiring Inc" is still used by 2 interviews: #\d+ \(Staff Engineer\) and #\d+;/,
      );

    await dialog.getByRole('link', { name: 'Show these interviews' }).click();
    await page.waitForURL(`${baseUrl}/interviews?company=${company.company_id}`);
    await dialog.waitFor({ state: 'detached' });
    const rows = page.getByTestId('interviews-table').locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.allTextContents()).toEqual([
      expect.stringContaining('Still Hiring Inc'),
      expect.stringContaining('Still Hiring Inc'),
    ]);
    // The filter shows which company it is.
    await page.locator('mat-select', { hasText: 'Still Hiring Inc' }).waitFor();
    // The refused DELETE is the only failure the browser saw.
    expect(problems).toEqual([
      'console error: Failed to load resource: the server responded with a status of 400 (Bad Request)',
    ]);
  });

  it('links a role in use to the interviews with that role', async () => {
    const { page, problems } = await openPage(browser);
    const role = await api<{ role_id: number }>(baseUrl, '/roles', {
      method: 'POST',
      body: { role_name: 'Chief Tea Officer' },
    });
    await api(baseUrl, '/interviews', {
      method: 'POST',
      body: { role_id: role.role_id, seniority_level: 'lead' },
    });

    await page.goto(`${baseUrl}/roles`);
    await page.getByTestId('catalog-search').fill('Chief Tea');
    await page.getByRole('button', { name: 'Delete Chief Tea Officer' }).click();
    const dialog = page.locator('app-confirm-dialog');
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect
      .poll(() => dialog.getByTestId('confirm-error').textContent())
      .toMatch(/^Role "Chief Tea Officer" is still used by 1 interview: #\d+/);
    await dialog.getByRole('link', { name: 'Show these interviews' }).click();
    await page.waitForURL(`${baseUrl}/interviews?role=${role.role_id}`);
    const rows = page.getByTestId('interviews-table').locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(1);
    // The refused DELETE is the only failure the browser saw.
    expect(problems).toEqual([
      'console error: Failed to load resource: the server responded with a status of 400 (Bad Request)',
    ]);
  });
});
