import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { api, launchBrowser, openPage, selectOption } from './support/browser';

const baseUrl = inject('baseUrl');

interface Stats {
  total_interviews: number;
  total_questions: number;
  total_companies: number;
}

async function figure(page: Page, id: string): Promise<number> {
  return Number(await page.getByTestId(`stat-${id}`).textContent());
}

describe('tracking an interview through the UI', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('creates a company and an interview, adds a round, links questions, and the dashboard counts change', async () => {
    const { page, problems } = await openPage(browser);
    const bankQuestion = await api<{ question_id: number }>(baseUrl, '/questions', {
      method: 'POST',
      body: {
        question_text: 'How would you design a rate limiter for a public API?',
        question_category: 'system_design',
      },
    });

    await page.goto(`${baseUrl}/dashboard`);
    await page.getByTestId('stat-total-interviews').waitFor();
    const before = {
      interviews: await figure(page, 'total-interviews'),
      questions: await figure(page, 'total-questions'),
      companies: await figure(page, 'total-companies'),
    };

    // A company, from the companies screen.
    await page.goto(`${baseUrl}/companies`);
    await page.getByTestId('new-company').click();
    await page.getByTestId('field-company_name').fill('Acme Robotics');
    await page.getByTestId('field-industry').fill('Robotics');
    await page.getByTestId('save').click();
    await page.getByRole('button', { name: 'Edit Acme Robotics' }).first().waitFor();

    // An interview for it, with a role created inline from the picker.
    await page.goto(`${baseUrl}/interviews/new`);
    await page.getByTestId('company-picker').fill('Acme');
    await page.locator('mat-option', { hasText: 'Acme Robotics' }).click();
    await page.getByTestId('role-picker').fill('Robotics Platform Engineer');
    await page.locator('mat-option', { hasText: 'Create “Robotics Platform Engineer”' }).click();
    await page.getByText('Selected: Robotics Platform Engineer').waitFor();
    await selectOption(page, '[data-testid="seniority"]', 'Senior');
    await page.getByTestId('application_date').fill('2024-12-01');
    await page.getByTestId('save-interview').click();
    await page.waitForURL(/\/interviews\/\d+$/);
    const interviewId = Number(page.url().split('/').pop());
    await expect
      .poll(() => page.getByTestId('interview-title').textContent())
      .toBe('Acme Robotics');

    // A round.
    await page.getByTestId('add-round').click();
    await selectOption(page, '[data-testid="round-type"]', 'Technical');
    await page.getByTestId('round-name').fill('Technical phone screen');
    await page.getByTestId('round-date').fill('2030-01-15');
    await page.getByTestId('save-round').click();
    await page.getByTestId('round-1').getByText('Technical phone screen').waitFor();

    // A question from the bank, rated.
    await page.getByTestId('round-1').getByTestId('link-question').click();
    await page.getByTestId('question-search').fill('rate limiter');
    await page.locator('mat-option', { hasText: 'How would you design a rate limiter' }).click();
    await page.getByTestId('link-rating').fill('8');
    await page.getByTestId('link-went-well').fill('Covered token buckets');
    await page.getByTestId('save-link').click();
    await page.getByTestId('round-1').getByText('Answer 8/10').waitFor();

    // And a new question written in place.
    await page.getByTestId('round-1').getByTestId('link-question').click();
    await page.getByTestId('source-new').click();
    await page.getByTestId('new-question-text').fill('Tell me about a time a deploy went wrong.');
    await page.getByTestId('save-link').click();
    await page
      .getByTestId('round-1')
      .getByText('Tell me about a time a deploy went wrong.')
      .waitFor();

    const stored = await api<{
      company_name: string;
      role_name: string;
      rounds: unknown[];
      questions: { question_id: number; answer_quality_rating: number | null }[];
    }>(baseUrl, `/interviews/${interviewId}`);
    expect(stored.company_name).toBe('Acme Robotics');
    expect(stored.role_name).toBe('Robotics Platform Engineer');
    expect(stored.rounds).toHaveLength(1);
    expect(stored.questions).toHaveLength(2);
    expect(
      stored.questions.find((q) => q.question_id === bankQuestion.question_id)
        ?.answer_quality_rating,
    ).toBe(8);

    // The dashboard shows the new counts.
    await page.getByRole('link', { name: 'Dashboard' }).click();
    await expect.poll(() => figure(page, 'total-interviews')).toBe(before.interviews + 1);
    expect(await figure(page, 'total-companies')).toBe(before.companies + 1);
    expect(await figure(page, 'total-questions')).toBe(before.questions + 1);
    const stats = await api<Stats>(baseUrl, '/stats/overview');
    expect(await figure(page, 'total-interviews')).toBe(stats.total_interviews);
    await page.getByText('Technical phone screen').first().waitFor();

    // Deep links survive a reload.
    await page.goto(`${baseUrl}/interviews/${interviewId}`);
    await expect
      .poll(() => page.getByTestId('interview-title').textContent())
      .toBe('Acme Robotics');
    expect(problems).toEqual([]);
  });

  it('changes an interview’s status by dragging its card on the board', async () => {
    const { page, problems } = await openPage(browser);
    const company = await api<{ company_id: number }>(baseUrl, '/companies', {
      method: 'POST',
      body: { company_name: 'Board Drag Co' },
    });
    const interview = await api<{ interview_id: number }>(baseUrl, '/interviews', {
      method: 'POST',
      body: { company_id: company.company_id, seniority_level: 'mid' },
    });

    await page.goto(`${baseUrl}/interviews?view=board&group=status&q=Board%20Drag`);
    const card = page.getByTestId(`card-${interview.interview_id}`);
    await card.waitFor();
    const target = page.getByTestId('column-completed');
    const from = (await card.boundingBox())!;
    const to = (await target.boundingBox())!;
    await page.mouse.move(from.x + 40, from.y + 20);
    await page.mouse.down();
    await page.mouse.move(from.x + 60, from.y + 40, { steps: 5 });
    await page.mouse.move(to.x + to.width / 2, to.y + 40, { steps: 15 });
    await page.mouse.up();

    await target.getByTestId(`card-${interview.interview_id}`).waitFor();
    await expect
      .poll(
        async () =>
          (
            await api<{ interview_status: string }>(
              baseUrl,
              `/interviews/${interview.interview_id}`,
            )
          ).interview_status,
      )
      .toBe('completed');
    expect(problems).toEqual([]);
  });
});
