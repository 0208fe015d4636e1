import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { api, launchBrowser, openPage, selectOption } from './support/browser';

const baseUrl = inject('baseUrl');

interface History {
  data: { rating: string; due_after: string }[];
}

describe('practice', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('reveals a due card with Space and rates it with a key: its next review moves into the future', async () => {
    const { page, problems } = await openPage(browser);
    // Brainteasers: no other test and no starter-pack entry has them, so the queue is this one.
    const q = await api<{ question_id: number }>(baseUrl, '/questions', {
      method: 'POST',
      body: {
        question_text: 'How many golf balls fit in a school bus?',
        question_category: 'brainteaser',
        key_concepts: ['Estimate the volume of the bus', 'Packing density'],
        answer_summary:
          'Volume of the bus over the volume of a ball, times a packing density near 0.64.',
      },
    });
    await page.goto(`${baseUrl}/practice`);
    await page.getByRole('button', { name: /Brainteaser/ }).click();
    const card = page.getByTestId('flashcard');
    await card.getByText('How many golf balls fit in a school bus?').waitFor();

    await page.keyboard.press('Space');
    await page.getByTestId('revealed').getByText('Packing density', { exact: true }).waitFor();
    await page.keyboard.press('3');
    await page
      .getByTestId('last-review')
      .getByText(/Rated good: next review in/)
      .waitFor();
    await page.getByText('Nothing is due now').waitFor();

    const history = await api<History>(baseUrl, `/practice/${q.question_id}/reviews`);
    expect(history.data.map((r) => r.rating)).toEqual(['good']);
    expect(new Date(history.data[0]?.due_after as string).getTime()).toBeGreaterThan(Date.now());
    expect(problems).toEqual([]);
  });

  it('reviews a written answer, streaming it, and shows the covered and missed concepts', async () => {
    const { page, problems } = await openPage(browser);
    await api(baseUrl, '/questions', {
      method: 'POST',
      body: {
        question_text: 'How would you explain eventual consistency to a product manager?',
        question_category: 'other',
        key_concepts: ['Replication lag', 'Conflict resolution'],
        answer_summary:
          'Replicas catch up after a short lag. Conflicts are resolved by last write wins or merging.',
      },
    });
    await page.goto(`${baseUrl}/practice`);
    await page.getByRole('button', { name: /^Other/ }).click();
    await page.getByTestId('flashcard').getByText('eventual consistency').waitFor();
    await page.getByRole('button', { name: 'Write my answer' }).click();
    await page.getByTestId('write-question').getByText('eventual consistency').waitFor();
    await page
      .getByTestId('answer-box')
      .fill(
        'Every replica gets the write after some replication lag, so a read may be stale for a moment.',
      );
    await page.getByRole('button', { name: 'Get feedback' }).click();

    await page.getByTestId('covered').getByText('Replication lag', { exact: true }).waitFor();
    await page.getByTestId('missed').getByText('Conflict resolution', { exact: true }).waitFor();
    await page.getByText('offline review').first().waitFor();
    expect(await page.getByTestId('feedback-score').textContent()).toMatch(/\d+\/10/);
    expect(problems).toEqual([]);
  });

  it('walks through a three-question mock interview to its summary', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${baseUrl}/practice`);
    await page.getByRole('tab', { name: 'Mock interview' }).click();
    await selectOption(page, 'mat-select', 'Cultural fit');
    await page.getByRole('button', { name: 'Start the interview' }).click();

    for (let i = 1; i <= 3; i++) {
      await page.getByTestId('mock-progress').getByText(`Question ${i} of 3`).waitFor();
      await page.getByTestId('mock-timer').waitFor();
      await page
        .getByTestId('mock-answer')
        .fill(
          'I value direct feedback, for example in weekly one-to-ones, and I adapt to how the team works.',
        );
      await page.getByRole('button', { name: 'Submit answer' }).click();
      await page.getByTestId('feedback-score').waitFor();
      await page.getByRole('button', { name: i < 3 ? 'Next question' : 'See the summary' }).click();
    }
    const summary = page.getByTestId('mock-summary');
    await summary.getByText('3 of 3 answered').waitFor();
    await summary.getByText(/Cultural fit: 3 answered/).waitFor();
    expect(await summary.locator('ol li').count()).toBe(3);
    expect(problems).toEqual([]);
  });
});
