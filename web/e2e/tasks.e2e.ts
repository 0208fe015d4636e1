import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { api, launchBrowser, openPage } from './support/browser';

const baseUrl = inject('baseUrl');

interface Task {
  task_id: number;
  title: string;
  done: boolean;
}

const inDays = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('tasks, the calendar link and import from the UI', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('adds a task to an interview, shows it as due this week, ticks it done and deletes it', async () => {
    const { page, problems } = await openPage(browser);
    const company = await api<{ company_id: number }>(baseUrl, '/companies', {
      method: 'POST',
      body: { company_name: 'Taskable Ltd' },
    });
    const interview = await api<{ interview_id: number }>(baseUrl, '/interviews', {
      method: 'POST',
      body: { seniority_level: 'senior', company_id: company.company_id },
    });
    const id = interview.interview_id;

    await page.goto(`${baseUrl}/interviews/${id}`);
    await page.getByTestId('interview-tasks').waitFor();
    await page.getByTestId('task-title').fill('Send a thank-you note to Taskable');
    await page.getByTestId('task-due').fill(inDays(2));
    await page.getByTestId('task-add').click();
    await page.getByTestId('task-row').filter({ hasText: 'Send a thank-you note' }).waitFor();
    const [task] = await api<Task[]>(baseUrl, `/interviews/${id}/tasks`);
    expect(task?.title).toBe('Send a thank-you note to Taskable');

    await page.goto(`${baseUrl}/dashboard`);
    await page
      .getByTestId('due-this-week')
      .getByText('Send a thank-you note to Taskable')
      .waitFor();

    await page.goto(`${baseUrl}/interviews/${id}`);
    await page.getByTestId(`task-done-${task?.task_id}`).locator('input').check();
    await expect
      .poll(async () => (await api<Task[]>(baseUrl, `/interviews/${id}/tasks`))[0]?.done)
      .toBe(true);

    await page.getByTestId('task-delete').click();
    await expect
      .poll(async () => (await api<Task[]>(baseUrl, `/interviews/${id}/tasks`)).length)
      .toBe(0);
    expect(problems).toEqual([]);
  });

  it('makes a calendar link a calendar app can read, and imports a file after a preview', async () => {
    const { page, problems } = await openPage(browser);
    await api(baseUrl, '/tasks', {
      method: 'POST',
      body: { title: 'Answer the Initech offer', due_date: inDays(3) },
    });

    await page.goto(`${baseUrl}/settings`);
    await page.getByTestId('calendar-create').click();
    const url = (await page.getByTestId('calendar-url').textContent())?.trim() ?? '';
    expect(url).toMatch(/\/api\/calendar\.ics\?token=/);
    await page.getByTestId('calendar-copy').click();
    await page.getByTestId('calendar-copy').getByText('Copied').waitFor();
    const feed = await fetch(url);
    expect(feed.headers.get('content-type')).toMatch(/^text\/calendar/);
    expect(await feed.text()).toContain('SUMMARY:To do: Answer the Initech offer');

    const document = {
      version: 1,
      companies: [{ company_id: 1, company_name: 'Imported Widgets' }],
      interviews: [{ interview_id: 1, company_id: 1, seniority_level: 'staff' }],
    };
    await page.getByTestId('import-merge').click();
    await page.getByTestId('import-file').setInputFiles({
      name: 'export.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(document)),
    });
    const preview = page.getByTestId('import-preview');
    await preview.getByText('companies: 1 new').waitFor();
    let companies = await api<{ company_name: string }[]>(
      baseUrl,
      '/companies?search=Imported%20Widgets',
    );
    expect(companies).toHaveLength(0);
    await page.getByTestId('import-confirm').click();
    await page.getByTestId('import-done').waitFor();
    companies = await api(baseUrl, '/companies?search=Imported%20Widgets');
    expect(companies.map((c) => c.company_name)).toEqual(['Imported Widgets']);

    // A questions CSV: previewed with its bad line, then the valid rows imported.
    const csv = [
      'question_text,question_category,tags',
      'How would you shard a multi-tenant database?,system_design,sharding;tenancy',
      'Too short,coding,',
    ].join('\n');
    await page.getByTestId('import-file').setInputFiles({
      name: 'questions.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    const csvPreview = page.getByTestId('csv-preview');
    await csvPreview.getByText('Line 3: question_text').waitFor();
    await page.getByTestId('csv-confirm').click();
    await csvPreview.getByTestId('import-done').waitFor();
    const bank = await api<{ data: { tags: string[] }[] }>(
      baseUrl,
      '/questions?search=shard%20a%20multi-tenant',
    );
    expect(bank.data.map((q) => q.tags)).toEqual([['sharding', 'tenancy']]);
    expect(problems).toEqual([]);
  });
});
