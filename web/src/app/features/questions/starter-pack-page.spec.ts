import { Component } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { FakeFetch, flush, json, type RecordedRequest } from '../../../testing/fake-fetch';
import { testProviders } from '../../../testing/providers';
import type { PackEntry, PackEntrySummary, PackImportResult } from '../../core/api/api-types';
import { importOutcome, StarterPackPage } from './starter-pack-page';

@Component({ template: '' })
class Blank {}

function summary(fields: Partial<PackEntrySummary> = {}): PackEntrySummary {
  return {
    id: 'sd-rate-limiter',
    agent: 'system_design',
    question: 'Design a distributed rate limiter for a public API.',
    category: 'system_design',
    difficulty: 'medium',
    tags: ['rate-limiting'],
    summary: 'Enforce per-client limits in the gateway with an atomic counter.',
    imported_question_id: null,
    ...fields,
  };
}

const LIMITER = summary();
const BUCKET = summary({
  id: 'coding-token-bucket',
  agent: 'coding',
  category: 'coding',
  question: 'Implement a token-bucket rate limiter class.',
});
const IMPORTED = summary({
  id: 'sd-url-shortener',
  question: 'Design a URL shortening service like bit.ly.',
  imported_question_id: 12,
});

const DETAIL: PackEntry = {
  ...BUCKET,
  key_concepts: ['Token bucket', 'Injected clock'],
  approach: ['Clarify the limit.', 'Refill lazily.'],
  mistakes: ['Using a timer per bucket.'],
  follow_ups: [{ question: 'How would you share it across servers?', answer: 'Use **Redis**.' }],
  answer: '### Clarify\n\nThe bucket starts full.\n\n```ts\nclass TokenBucket {}\n```\n',
};

describe('StarterPackPage', () => {
  let fake: FakeFetch;
  let fixture: ComponentFixture<StarterPackPage>;
  let el: HTMLElement;
  let lists: RecordedRequest[];
  let imports: unknown[];
  let importResult: PackImportResult | { detail: string; code: string };
  let importStatus: number;

  const settle = async () => {
    await flush();
    await fixture.whenStable();
  };
  const q = <T extends Element = HTMLElement>(selector: string) => el.querySelector<T>(selector);
  const entries = () => Array.from(el.querySelectorAll<HTMLElement>('[data-testid="pack-entry"]'));
  const entry = (id: string) => q(`[data-testid="pack-entry"][data-id="${id}"]`)!;
  const text = (selector: string) => q(selector)?.textContent?.replace(/\s+/g, ' ').trim();
  const confirmDialog = () => document.querySelector<HTMLElement>('app-confirm-dialog');

  async function open(inputs: Record<string, string> = {}) {
    TestBed.configureTestingModule({
      imports: [StarterPackPage],
      providers: [...testProviders(fake), provideRouter([{ path: '**', component: Blank }])],
    });
    fixture = TestBed.createComponent(StarterPackPage);
    for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
    el = fixture.nativeElement as HTMLElement;
    await settle();
  }

  async function pick(id: string) {
    entry(id).querySelector<HTMLInputElement>('mat-checkbox input')!.click();
    await settle();
  }

  beforeEach(() => {
    fake = new FakeFetch();
    lists = [];
    imports = [];
    importStatus = 200;
    importResult = { imported: [], skipped: [] };
    fake.on('GET', '/api/starter-pack', (req) => {
      lists.push(req);
      const url = new URL(req.path, 'http://test');
      const total = url.searchParams.get('agent') === 'behavioral' ? 54 : 3;
      return json({ total, skip: 0, limit: 20, data: [LIMITER, BUCKET, IMPORTED] });
    });
    fake.on('GET', '/api/starter-pack/coding-token-bucket', () => json(DETAIL));
    fake.on('POST', '/api/starter-pack/import', (req) => {
      imports.push(req.body);
      return json(importResult, importStatus);
    });
  });

  afterEach(() => {
    document.querySelector('.cdk-overlay-container')?.remove();
  });

  it('asks for the page the address describes: search, agent, category and page', async () => {
    await open({ q: ' rate limiter ', agent: 'coding', category: 'coding', page: '3' });
    expect(lists.map((r) => r.path)).toContain(
      '/api/starter-pack?skip=40&limit=20&search=rate%20limiter&agent=coding&category=coding',
    );
  });

  it('drops an agent or category the API does not know instead of sending it', async () => {
    await open({ agent: 'wizard', category: 'nonsense' });
    expect(lists.map((r) => r.path)).toEqual(['/api/starter-pack?skip=0&limit=20']);
    expect(q('[data-testid="import-all"]')).toBeNull();
  });

  it('shows an entry already imported as "In your bank", linked to its bank question', async () => {
    await open();
    expect(entries()).toHaveLength(3);
    const imported = entry('sd-url-shortener');
    const link = imported.querySelector<HTMLAnchorElement>('[data-testid="in-bank"]');
    expect(link?.textContent?.trim()).toBe('In your bank');
    expect(link?.getAttribute('href')).toBe('/questions/12');
    expect(imported.querySelector('mat-checkbox')).toBeNull();
    expect(entry('sd-rate-limiter').querySelector('[data-testid="in-bank"]')).toBeNull();
    expect(text('[data-testid="pack-total"]')).toBe('3 entries');
  });

  it('imports the selected entries and says how many were new and how many already there', async () => {
    importResult = {
      imported: [{ id: 'sd-rate-limiter', question_id: 20 }],
      skipped: [{ id: 'coding-token-bucket', question_id: 4 }],
    };
    await open();
    const button = q<HTMLButtonElement>('[data-testid="import-selected"]')!;
    expect(button.disabled).toBe(true);

    await pick('sd-rate-limiter');
    await pick('coding-token-bucket');
    expect(button.textContent).toContain('Import 2 selected');
    button.click();
    await settle();

    expect(imports).toEqual([{ ids: ['sd-rate-limiter', 'coding-token-bucket'] }]);
    expect(text('[data-testid="import-outcome"]')).toContain(
      'Imported 1 question into your bank; 1 was already there.',
    );
    // The list is fetched again, so the imported entries show as in the bank.
    expect(lists).toHaveLength(2);
    expect(button.textContent).not.toContain('2 selected');
  });

  it('selects every entry on the page that is not in the bank yet', async () => {
    await open();
    q<HTMLInputElement>('[data-testid="select-page"] input')!.click();
    await settle();
    q<HTMLButtonElement>('[data-testid="import-selected"]')!.click();
    await settle();
    expect(imports).toEqual([{ ids: ['sd-rate-limiter', 'coding-token-bucket'] }]);
  });

  it('shows why an import failed, beside the buttons', async () => {
    importStatus = 404;
    importResult = { detail: 'Starter-pack entries not found: sd-rate-limiter', code: 'not_found' };
    await open();
    await pick('sd-rate-limiter');
    q<HTMLButtonElement>('[data-testid="import-selected"]')!.click();
    await settle();
    expect(text('[data-testid="import-error"]')).toBe(
      'Starter-pack entries not found: sd-rate-limiter',
    );
    expect(q('[data-testid="import-outcome"]')).toBeNull();
  });

  it('imports every entry of the chosen agent after confirming the count', async () => {
    importResult = {
      imported: Array.from({ length: 50 }, (_, i) => ({ id: `b-${i}`, question_id: 100 + i })),
      skipped: Array.from({ length: 4 }, (_, i) => ({ id: `s-${i}`, question_id: i + 1 })),
    };
    await open({ agent: 'behavioral' });
    const all = q<HTMLButtonElement>('[data-testid="import-all"]')!;
    expect(all.textContent).toContain('Import all 54');

    all.click();
    await settle();
    const dialog = confirmDialog()!;
    expect(dialog.textContent).toContain('Import 54 entries?');
    expect(dialog.textContent).toContain("All 54 of the Behavioral agent's entries");
    expect(imports).toEqual([]);
    Array.from(dialog.querySelectorAll('button'))
      .find((b) => b.textContent?.trim() === 'Import 54')!
      .click();
    for (let i = 0; i < 50 && !q('[data-testid="import-outcome"]'); i++) await settle();

    expect(imports).toEqual([{ agent: 'behavioral' }]);
    expect(text('[data-testid="import-outcome"]')).toContain(
      'Imported 50 questions into your bank; 4 were already there.',
    );
  });

  it('imports nothing when the import-all confirmation is cancelled', async () => {
    await open({ agent: 'behavioral', category: 'leadership' });
    q<HTMLButtonElement>('[data-testid="import-all"]')!.click();
    await settle();
    Array.from(confirmDialog()!.querySelectorAll('button'))
      .find((b) => b.textContent?.trim() === 'Cancel')!
      .click();
    await settle();
    expect(imports).toEqual([]);
  });

  it('counts the whole filter for "import all" while a search narrows the list', async () => {
    await open({ q: 'conflict', agent: 'behavioral' });
    expect(lists.map((r) => r.path)).toContain('/api/starter-pack?skip=0&limit=1&agent=behavioral');
    expect(q('[data-testid="import-all"]')?.textContent).toContain('Import all 54');
  });

  it('previews an entry with its model answer rendered as markdown, and imports it from there', async () => {
    importResult = { imported: [{ id: 'coding-token-bucket', question_id: 31 }], skipped: [] };
    await open();
    entry('coding-token-bucket')
      .querySelector<HTMLButtonElement>('[data-testid="preview"]')!
      .click();
    await settle();

    const dialog = document.querySelector<HTMLElement>('app-starter-pack-preview')!;
    expect(dialog.querySelector('[data-testid="preview-title"]')?.textContent).toContain(
      'Implement a token-bucket rate limiter class.',
    );
    const answer = dialog.querySelector('[data-testid="preview-answer"]')!;
    expect(answer.querySelector('h3')?.textContent).toBe('Clarify');
    expect(answer.querySelector('pre code')?.textContent).toContain('class TokenBucket {}');
    expect(dialog.textContent).toContain('How would you share it across servers?');
    expect(dialog.querySelector('.follow-up strong')?.textContent).toBe('Redis');
    expect(dialog.textContent).toContain('Using a timer per bucket.');

    dialog.querySelector<HTMLButtonElement>('[data-testid="preview-import"]')!.click();
    for (let i = 0; i < 50 && !q('[data-testid="import-outcome"]'); i++) await settle();
    expect(imports).toEqual([{ ids: ['coding-token-bucket'] }]);
    expect(text('[data-testid="import-outcome"]')).toContain('Imported 1 question into your bank.');
  });

  it('links the preview of an imported entry to its bank question instead of importing again', async () => {
    fake.on('GET', '/api/starter-pack/sd-url-shortener', () => json({ ...DETAIL, ...IMPORTED }));
    await open();
    entry('sd-url-shortener').querySelector<HTMLButtonElement>('[data-testid="preview"]')!.click();
    await settle();
    const dialog = document.querySelector<HTMLElement>('app-starter-pack-preview')!;
    expect(dialog.querySelector('[data-testid="preview-import"]')).toBeNull();
    expect(dialog.querySelector('[data-testid="preview-open-in-bank"]')?.getAttribute('href')).toBe(
      '/questions/12',
    );
  });
});

describe('importOutcome', () => {
  const rows = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ id: `e${i}`, question_id: i }));

  it.each([
    [3, 0, 'Imported 3 questions into your bank.'],
    [1, 0, 'Imported 1 question into your bank.'],
    [2, 1, 'Imported 2 questions into your bank; 1 was already there.'],
    [1, 5, 'Imported 1 question into your bank; 5 were already there.'],
    [0, 1, 'Nothing new: it was already in your bank.'],
    [0, 4, 'Nothing new: all 4 were already in your bank.'],
  ])('%i imported, %i skipped: "%s"', (imported, skipped, sentence) => {
    expect(importOutcome({ imported: rows(imported), skipped: rows(skipped) })).toBe(sentence);
  });
});
