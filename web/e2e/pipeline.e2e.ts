import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { api, launchBrowser, openPage } from './support/browser';

const baseUrl = inject('baseUrl');

interface Created {
  interview_id: number;
}

describe('the application pipeline', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('moves an application to the next stage by dragging it on the board, and the history shows it', async () => {
    const { page, problems } = await openPage(browser);
    const company = await api<{ company_id: number }>(baseUrl, '/companies', {
      method: 'POST',
      body: { company_name: 'Stage Drag Co' },
    });
    const interview = await api<Created>(baseUrl, '/interviews', {
      method: 'POST',
      body: { company_id: company.company_id, seniority_level: 'mid' },
    });

    await page.goto(`${baseUrl}/interviews?view=board&q=Stage%20Drag`);
    const card = page.getByTestId(`card-${interview.interview_id}`);
    await page
      .getByTestId('column-applied')
      .getByTestId(`card-${interview.interview_id}`)
      .waitFor();
    const target = page.getByTestId('column-screening');
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
          (await api<{ stage: string }>(baseUrl, `/interviews/${interview.interview_id}`)).stage,
      )
      .toBe('screening');

    await page.goto(`${baseUrl}/interviews/${interview.interview_id}`);
    const history = page.getByTestId('timeline');
    await history.getByText('Stage Applied → Screening').waitFor();
    expect(await history.locator('li').first().textContent()).toContain('Added at stage Applied');
    expect(problems).toEqual([]);
  });

  it('shows the funnel on the dashboard, and a stage leads to the interviews that reached it', async () => {
    const { page, problems } = await openPage(browser);
    const company = await api<{ company_id: number }>(baseUrl, '/companies', {
      method: 'POST',
      body: { company_name: 'Funnel Offer Co' },
    });
    const make = (body: object) =>
      api<Created>(baseUrl, '/interviews', {
        method: 'POST',
        body: { company_id: company.company_id, seniority_level: 'senior', ...body },
      });
    await make({ application_date: '2041-05-02' });
    const offered = await make({ application_date: '2041-05-03', stage: 'offer' });
    // Rejected after the offer: the funnel still counts the offer.
    await api(baseUrl, `/interviews/${offered.interview_id}`, {
      method: 'PUT',
      body: { stage: 'rejected' },
    });

    await page.goto(`${baseUrl}/dashboard`);
    const card = page.getByTestId('funnel-card');
    for (const [id, value] of [
      ['funnel-from', '2041-05-01'],
      ['funnel-to', '2041-05-31'],
    ] as const) {
      await card.getByTestId(id).fill(value);
      await card.getByTestId(id).dispatchEvent('change');
    }
    await expect
      .poll(() => card.getByTestId('funnel-Applied').getAttribute('aria-label'))
      .toBe('Applied: 2');
    expect(await card.getByTestId('funnel-Offer').getAttribute('aria-label')).toBe(
      'Offer: 1, 100% of the previous step',
    );
    expect(await card.getByTestId('funnel-Offer').textContent()).toContain('1');

    await card.getByTestId('funnel-Offer').click();
    await page.waitForURL(/\/interviews\?/);
    const url = new URL(page.url());
    expect(url.searchParams.get('reached')).toBe('offer');
    expect(url.searchParams.get('from')).toBe('2041-05-01');
    const rows = page.getByTestId('interviews-table').locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('Funnel Offer Co');
    expect(problems).toEqual([]);
  });

  it('renames a stage in the settings, and the board uses the new name', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${baseUrl}/settings`);
    const field = page.getByTestId('stage-label-ghosted');
    await field.waitFor();
    await field.fill('No answer');
    await page.getByTestId('save-stage-labels').click();
    await expect
      .poll(
        async () =>
          (await api<{ stage: string; label: string }[]>(baseUrl, '/settings/stage-labels'))[7]
            ?.label,
      )
      .toBe('No answer');

    await page.goto(`${baseUrl}/interviews?view=board`);
    // The board draws with the default names and swaps in the user's once they arrive.
    await expect.poll(() => page.locator('#col-ghosted').textContent()).toBe('No answer');

    // Back to the default for the other tests.
    await api(baseUrl, '/settings/stage-labels', {
      method: 'PUT',
      body: { labels: { ghosted: '' } },
    });
    expect(problems).toEqual([]);
  });
});
