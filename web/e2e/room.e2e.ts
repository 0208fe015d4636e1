import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { api, launchBrowser, openPage } from './support/browser';

const baseUrl = inject('baseUrl');
const EXAMPLE = 'How would you design a URL shortening service?';

describe('the interview room', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('streams an answer to the API doc’s example, routed to system design, with follow-ups', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${baseUrl}/room`);
    await page.getByTestId('question-input').fill(EXAMPLE);
    await page.getByTestId('ask-button').click();

    const badge = page.getByTestId('agent-badge').first();
    await expect.poll(() => badge.getAttribute('data-agent')).toBe('system_design');
    expect(await badge.textContent()).toMatch(/System Design.*\d+%/s);

    const followUps = page.getByTestId('follow-up');
    await expect.poll(() => followUps.count(), { timeout: 30_000 }).toBe(3);
    await page.getByTestId('save-to-bank').waitFor();

    // The answer is rendered markdown, shown once: not the raw text, and not doubled.
    const answer = page.getByTestId('answer').first();
    const text = ((await answer.textContent()) ?? '').trim();
    expect(text.length).toBeGreaterThan(200);
    const opening = text.slice(0, 60);
    expect(text.indexOf(opening, 1)).toBe(-1);
    expect(await answer.locator('h2, h3, li').count()).toBeGreaterThan(0);

    // A follow-up asks it, with the conversation so far.
    const followUp = (await followUps.first().textContent())!.trim();
    await followUps.first().click();
    await expect.poll(() => page.getByTestId('turn-question').count()).toBe(2);
    expect(await page.getByTestId('turn-question').nth(1).textContent()).toContain(followUp);
    await expect.poll(() => page.getByTestId('save-to-bank').count(), { timeout: 30_000 }).toBe(2);

    // Save the first answer to the bank and open it.
    await page.getByTestId('save-to-bank').first().click();
    await page.getByTestId('saved-link').click();
    await page.waitForURL(/\/questions\/\d+$/);
    expect(await page.getByTestId('question-text').textContent()).toBe(EXAMPLE);
    await page.getByTestId('answer-markdown').waitFor();
    const id = Number(page.url().split('/').pop());
    const saved = await api<{ question_category: string; answer_markdown_content: string }>(
      baseUrl,
      `/questions/${id}`,
    );
    expect(saved.question_category).toBe('system_design');
    expect(saved.answer_markdown_content.length).toBeGreaterThan(200);
    expect(problems).toEqual([]);
  });

  it('saves only the answer to the bank: not the offline banner, not the notes it quoted', async () => {
    const { page, problems } = await openPage(browser);
    const notes = 'Notes kept in the bank: base62 codes from a counter, hot links cached.';
    await api(baseUrl, '/questions', {
      method: 'POST',
      body: {
        question_text: 'Marketing team URL shortening service: what would you build?',
        question_category: 'system_design',
        answer_markdown_content: notes,
      },
    });
    const question = 'How would you design a URL shortening service for a marketing team?';
    await page.goto(`${baseUrl}/room`);
    await page.getByTestId('question-input').fill(question);
    await page.getByTestId('ask-button').click();
    await page.getByTestId('save-to-bank').waitFor({ timeout: 30_000 });

    // The room shows the engine's banner and the quoted notes, as the answer was written.
    const shown = (await page.getByTestId('answer').textContent()) ?? '';
    expect(shown).toContain('Offline answer');
    expect(shown).toContain(notes);

    await page.getByTestId('save-to-bank').click();
    await page.getByTestId('saved-link').click();
    await page.waitForURL(/\/questions\/\d+$/);
    const id = Number(page.url().split('/').pop());
    const saved = await api<{ question_text: string; answer_markdown_content: string }>(
      baseUrl,
      `/questions/${id}`,
    );
    expect(saved.question_text).toBe(question);
    expect(saved.answer_markdown_content).toMatch(/^## Answer/);
    expect(saved.answer_markdown_content).not.toContain('Offline answer');
    expect(saved.answer_markdown_content).not.toContain('From your notes');
    expect(saved.answer_markdown_content).not.toContain(notes);
    expect(problems).toEqual([]);
  });

  it('stops an answer on request and can ask again', async () => {
    const { page, problems } = await openPage(browser);
    // Hold the stream open so there is time to stop it: the request goes through untouched,
    // only the browser's view of the response is delayed.
    await page.route('**/api/agents/answer-stream', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      // Stopped meanwhile: the browser already dropped the request.
      await route.continue().catch(() => undefined);
    });
    await page.goto(`${baseUrl}/room`);
    await page
      .getByTestId('question-input')
      .fill('What is the difference between a process and a thread?');
    await page.getByTestId('ask-button').click();
    await page.getByTestId('stop-button').click();
    await page.getByText('Stopped.').waitFor();
    await page.unroute('**/api/agents/answer-stream');

    await page.getByTestId('retry').click();
    await page.getByTestId('agent-badge').waitFor();
    await page.getByTestId('save-to-bank').waitFor({ timeout: 30_000 });
    expect(problems).toEqual([]);
  });
});
