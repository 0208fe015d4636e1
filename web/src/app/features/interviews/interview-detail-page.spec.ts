import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { FakeFetch, flush, json } from '../../../testing/fake-fetch';
import { testProviders } from '../../../testing/providers';
import { interview, interviewQuestion, round } from '../../../testing/rows';
import type { Interview } from '../../core/api/api-types';
import { InterviewDetailPage } from './interview-detail-page';

@Component({ template: '' })
class Blank {}

describe('InterviewDetailPage links', () => {
  async function show(fields: Partial<Interview>) {
    const fake = new FakeFetch();
    fake.on('GET', '/api/interviews/1', () => json(interview(fields)));
    TestBed.configureTestingModule({
      imports: [InterviewDetailPage],
      providers: testProviders(fake),
    });
    const fixture = TestBed.createComponent(InterviewDetailPage);
    fixture.componentRef.setInput('id', '1');
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('shows every stored link: as a link when it is http(s), as text otherwise', async () => {
    const el = await show({
      // Stored before links were checked: kept, and shown for what it is.
      job_posting_url: 'linkedin.com/jobs/view/123',
      cv_file_url: 'https://drive.example.com/cv.pdf',
      company: {
        company_id: 2,
        company_name: 'Acme',
        industry: null,
        company_size: null,
        headquarters: null,
        website: 'acme.example',
        company_description: null,
        created_at: '2024-12-01T10:00:00Z',
        updated_at: '2024-12-01T10:00:00Z',
      },
      rounds: [
        round({
          meeting_link: 'https://zoom.us/j/1',
          interviewer_linkedin_url: 'linkedin.com/in/ada',
        }),
      ],
    });
    const text = el.textContent ?? '';
    expect(text).toContain('linkedin.com/jobs/view/123');
    expect(el.querySelector('a[href="linkedin.com/jobs/view/123"]')).toBeNull();
    expect(el.querySelector('a[href="https://drive.example.com/cv.pdf"]')).not.toBeNull();
    expect(text).toContain('acme.example');
    expect(el.querySelector('a[href="https://zoom.us/j/1"]')).not.toBeNull();
    expect(text).toContain('linkedin.com/in/ada');
    expect(el.querySelector('a[href="linkedin.com/in/ada"]')).toBeNull();
  });
});

describe('InterviewDetailPage: deleting a cancelled interview for good', () => {
  let fake: FakeFetch;

  async function open(fields: Partial<Interview>) {
    fake.on('GET', '/api/interviews/1', () => json(interview(fields)));
    TestBed.configureTestingModule({
      imports: [InterviewDetailPage],
      providers: [...testProviders(fake), provideRouter([{ path: '**', component: Blank }])],
    });
    const router = TestBed.inject(Router);
    await router.navigateByUrl('/interviews/1');
    const fixture = TestBed.createComponent(InterviewDetailPage);
    fixture.componentRef.setInput('id', '1');
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const settle = async () => {
      await flush();
      await fixture.whenStable();
    };
    const dialog = () => document.querySelector<HTMLElement>('app-confirm-dialog');
    const press = async (label: string) => {
      Array.from(dialog()!.querySelectorAll('button'))
        .find((b) => b.textContent?.trim() === label)!
        .click();
      await settle();
    };
    return { el, router, settle, dialog, press };
  }

  const deletes = () => fake.requests.filter((r) => r.method === 'DELETE');
  const cancelled = {
    interview_status: 'cancelled',
    company_name: 'Acme',
    role_name: 'Staff Engineer',
    rounds: [round({ round_id: 4 }), round({ round_id: 5, round_number: 2 })],
    questions: [
      interviewQuestion({ interview_question_id: 1 }),
      interviewQuestion({ interview_question_id: 2 }),
      interviewQuestion({ interview_question_id: 3 }),
    ],
  } satisfies Partial<Interview>;

  beforeEach(() => {
    fake = new FakeFetch();
  });

  afterEach(() => {
    // The snack bar and dialogs live in the overlay, outside the fixture.
    document.querySelector('.cdk-overlay-container')?.remove();
  });

  it('is offered only once the interview is cancelled', async () => {
    const { el } = await open({ interview_status: 'scheduled' });
    expect(el.querySelector('[data-testid="delete-interview"]')).toBeNull();
    expect(el.querySelector('[data-testid="cancel-interview"]')).not.toBeNull();
  });

  it('says what goes and that it cannot be undone, then deletes and goes to the list with a message', async () => {
    fake.on('DELETE', '/api/interviews/1', () => new Response(null, { status: 204 }));
    const { el, router, settle, dialog, press } = await open(cancelled);

    el.querySelector<HTMLButtonElement>('[data-testid="delete-interview"]')!.click();
    await settle();
    const text = dialog()?.textContent ?? '';
    expect(text).toContain('Delete this interview permanently?');
    expect(text).toContain('The interview with Acme (Staff Engineer)');
    expect(text).toContain('2 rounds');
    expect(text).toContain('3 question links');
    expect(text).toContain('cannot be undone');
    expect(deletes()).toEqual([]);

    await press('Delete permanently');
    expect(deletes().map((r) => r.path)).toEqual(['/api/interviews/1?permanent=true']);
    // The dialog closes (an animation), then the page navigates.
    for (let i = 0; i < 50 && router.url !== '/interviews'; i++) await settle();
    expect(router.url).toBe('/interviews');
    expect(document.querySelector('mat-snack-bar-container')?.textContent).toContain(
      'The interview with Acme (Staff Engineer) was deleted permanently.',
    );
  });

  it('deletes nothing when the user keeps it', async () => {
    const { el, router, settle, press } = await open(cancelled);
    el.querySelector<HTMLButtonElement>('[data-testid="delete-interview"]')!.click();
    await settle();
    await press('Keep');
    expect(deletes()).toEqual([]);
    expect(router.url).toBe('/interviews/1');
  });

  it('shows the API’s refusal in the dialog and stays on the page', async () => {
    const detail = 'Interview 1 is scheduled: cancel it before deleting it permanently';
    fake.on('DELETE', '/api/interviews/1', () => json({ detail, code: 'conflict' }, 400));
    const { el, router, settle, dialog, press } = await open(cancelled);
    el.querySelector<HTMLButtonElement>('[data-testid="delete-interview"]')!.click();
    await settle();
    await press('Delete permanently');
    expect(dialog()?.querySelector('[data-testid="confirm-error"]')?.textContent).toBe(detail);
    expect(router.url).toBe('/interviews/1');
  });
});
