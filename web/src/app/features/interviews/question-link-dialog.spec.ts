import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { FakeFetch, flush, json } from '../../../testing/fake-fetch';
import { testProviders } from '../../../testing/providers';
import type { QuestionLinkData } from './question-link-dialog';
import { QuestionLinkDialog } from './question-link-dialog';

const TEXT = 'How would you design a rate limiter?';

describe('QuestionLinkDialog', () => {
  let fake: FakeFetch;
  let closed: unknown;

  async function open(data: Partial<QuestionLinkData> = {}) {
    TestBed.configureTestingModule({
      imports: [QuestionLinkDialog],
      providers: [
        ...testProviders(fake),
        { provide: MatDialogRef, useValue: { close: (value: unknown) => (closed = value) } },
        {
          provide: MAT_DIALOG_DATA,
          useValue: { interviewId: 1, rounds: [], roundId: null, ...data },
        },
      ],
    });
    const fixture = TestBed.createComponent(QuestionLinkDialog);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const settle = async () => {
      await flush();
      await fixture.whenStable();
    };
    const type = async (selector: string, value: string) => {
      const input = el.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector)!;
      input.value = value;
      input.dispatchEvent(new Event('input'));
      await settle();
    };
    const writeNew = async (text: string) => {
      el.querySelector<HTMLButtonElement>('[data-testid="source-new"] button')!.click();
      await settle();
      await type('[data-testid="new-question-text"]', text);
    };
    const save = async () => {
      el.querySelector<HTMLButtonElement>('[data-testid="save-link"]')!.click();
      await settle();
    };
    const message = () => el.querySelector('[data-testid="link-error"]')?.textContent?.trim();
    const fieldError = (selector: string) =>
      el.querySelector(selector)?.closest('mat-form-field')?.querySelector('mat-error')
        ?.textContent;
    const posts = (path: string) =>
      fake.requests.filter((r) => r.method === 'POST' && r.path === path);
    return { el, type, writeNew, save, message, fieldError, posts };
  }

  beforeEach(() => {
    fake = new FakeFetch();
    closed = undefined;
    fake.on('GET', '/api/questions', () => json({ data: [], total: 0, skip: 0, limit: 10 }));
  });

  it('asks for a question from the bank before sending anything', async () => {
    const { el, save } = await open();
    await save();
    expect(el.textContent).toContain('Pick a question from the bank, or write a new one.');
    expect(fake.requests.filter((r) => r.method !== 'GET')).toHaveLength(0);
  });

  it('says to check the fields when a rating is out of range, and sends nothing', async () => {
    const { writeNew, type, save, message, fieldError } = await open();
    await writeNew(TEXT);
    await type('[data-testid="link-rating"]', '11');
    await save();
    expect(fieldError('[data-testid="link-rating"]')).toContain('At most 10');
    expect(message()).toBe('Check the highlighted fields.');
    expect(fake.requests.filter((r) => r.method !== 'GET')).toHaveLength(0);
  });

  it('creates a new question in the bank, links it and closes with the link', async () => {
    fake.on('POST', '/api/questions', (req) =>
      json({ question_id: 40, ...(req.body as object) }, 201),
    );
    fake.on('POST', '/api/interviews/1/questions', (req) =>
      json({ interview_question_id: 9, ...(req.body as object) }, 201),
    );
    const { writeNew, type, save, posts } = await open();
    await writeNew(`  ${TEXT}  `);
    await type('[data-testid="link-rating"]', '7');
    await save();

    expect(posts('/api/questions')[0]?.body).toEqual({
      question_text: TEXT,
      question_category: 'technical',
      question_difficulty: 'medium',
    });
    expect(posts('/api/interviews/1/questions')[0]?.body).toMatchObject({
      question_id: 40,
      answer_quality_rating: 7,
      was_asked: true,
    });
    expect(closed).toMatchObject({ interview_question_id: 9, question_id: 40 });
  });

  it("shows the API's complaint about the new question under its text", async () => {
    fake.on('POST', '/api/questions', () =>
      json({ detail: 'body/question_text must be at most 5000 characters' }, 400),
    );
    const { writeNew, save, message, fieldError, posts } = await open();
    await writeNew(TEXT);
    await save();

    expect(fieldError('[data-testid="new-question-text"]')).toContain(
      'Must be at most 5000 characters',
    );
    expect(message()).toBe('Check the highlighted fields.');
    expect(posts('/api/interviews/1/questions')).toHaveLength(0);
    expect(closed).toBeUndefined();
  });

  it('keeps a question it created when linking fails, so a retry does not create it twice', async () => {
    fake.on('POST', '/api/questions', (req) =>
      json({ question_id: 40, ...(req.body as object) }, 201),
    );
    let linkFails = true;
    fake.on('POST', '/api/interviews/1/questions', (req) =>
      linkFails
        ? json({ detail: 'The database is not available' }, 503)
        : json({ interview_question_id: 9, ...(req.body as object) }, 201),
    );
    const { el, writeNew, save, message, posts } = await open();
    await writeNew(TEXT);
    await save();
    expect(message()).toBe('The database is not available');
    expect(el.textContent).toContain(`Picked: ${TEXT}`);

    linkFails = false;
    await save();
    expect(posts('/api/questions')).toHaveLength(1);
    expect(posts('/api/interviews/1/questions')).toHaveLength(2);
    expect(closed).toMatchObject({ interview_question_id: 9, question_id: 40 });
  });
});
