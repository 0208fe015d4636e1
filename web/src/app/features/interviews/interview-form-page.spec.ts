import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { FakeFetch, flush, json } from '../../../testing/fake-fetch';
import { testProviders } from '../../../testing/providers';
import { routes } from '../../app.routes';
import { InterviewFormPage } from './interview-form-page';

@Component({ template: '' })
class Blank {}

describe('InterviewFormPage', () => {
  let fake: FakeFetch;

  async function setup() {
    TestBed.configureTestingModule({
      imports: [InterviewFormPage],
      providers: [...testProviders(fake), provideRouter([{ path: '**', component: Blank }])],
    });
    const fixture = TestBed.createComponent(InterviewFormPage);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const form = fixture.componentInstance['form'];
    const submit = async () => {
      el.querySelector<HTMLButtonElement>('[data-testid="save-interview"]')!.click();
      await flush();
      await fixture.whenStable();
    };
    return { fixture, el, form, submit };
  }

  beforeEach(() => {
    fake = new FakeFetch();
    fake.on('GET', '/api/companies', () => json([]));
    fake.on('GET', '/api/roles', () => json([]));
  });

  it('requires a seniority level before sending anything', async () => {
    const { el, submit } = await setup();
    await submit();
    expect(el.querySelector('[data-testid="form-error"]')?.textContent).toContain(
      'Check the highlighted fields',
    );
    expect(
      el.querySelector('[data-testid="seniority"]')?.closest('mat-form-field')?.textContent,
    ).toContain('Required');
    expect(fake.requests.some((r) => r.method === 'POST')).toBe(false);
  });

  it('puts an API validation error under the field it names', async () => {
    fake.on('POST', '/api/interviews', () =>
      json(
        {
          detail: 'body/salary_range must NOT have more than 100 characters',
          code: 'validation_error',
        },
        400,
      ),
    );
    const { el, form, submit } = await setup();
    form.controls.seniority_level.setValue('senior');
    form.controls.salary_range.setValue('lots');
    await submit();
    const field = el
      .querySelector('input[formcontrolname="salary_range"]')!
      .closest('mat-form-field')!;
    expect(field.querySelector('mat-error')?.textContent?.trim()).toBe(
      'Must NOT have more than 100 characters',
    );
  });

  it('creates the interview with blanks as nulls and opens it', async () => {
    fake.on('POST', '/api/interviews', (req) =>
      json({ interview_id: 7, ...(req.body as object) }, 201),
    );
    const { form, submit } = await setup();
    form.controls.seniority_level.setValue('staff');
    form.controls.job_location.setValue('   ');
    form.controls.application_date.setValue('2024-12-01');
    await submit();
    const post = fake.requests.find((r) => r.method === 'POST');
    expect(post?.body).toMatchObject({
      seniority_level: 'staff',
      interview_type: 'actual',
      interview_status: 'scheduled',
      job_location: null,
      application_date: '2024-12-01',
      is_remote: false,
    });
    expect(TestBed.inject(Router).url).toBe('/interviews/7');
  });

  const RULE = 'Must be a web address (http or https), like https://example.com/jobs/123';

  function field(el: HTMLElement, name: string) {
    const input = el.querySelector<HTMLInputElement>(`input[formcontrolname="${name}"]`)!;
    return {
      input,
      type(value: string) {
        input.value = value;
        input.dispatchEvent(new Event('input'));
      },
      error: () =>
        input.closest('mat-form-field')?.querySelector('mat-error')?.textContent?.trim() ?? '',
    };
  }

  it('puts https:// before a link typed without it, once the field is left', async () => {
    const { fixture, el } = await setup();
    const posting = field(el, 'job_posting_url');
    posting.type('linkedin.com/jobs/view/123');
    posting.input.dispatchEvent(new Event('blur'));
    await fixture.whenStable();
    expect(posting.input.value).toBe('https://linkedin.com/jobs/view/123');
  });

  it('sends every link as an http(s) address, even one never left', async () => {
    fake.on('POST', '/api/interviews', (req) =>
      json({ interview_id: 7, ...(req.body as object) }, 201),
    );
    const { el, form, submit } = await setup();
    form.controls.seniority_level.setValue('senior');
    field(el, 'job_posting_url').type('linkedin.com/jobs/view/123');
    field(el, 'cv_file_url').type('drive.example.com/cv.pdf');
    await submit();
    expect(fake.requests.find((r) => r.method === 'POST')?.body).toMatchObject({
      job_posting_url: 'https://linkedin.com/jobs/view/123',
      cv_file_url: 'https://drive.example.com/cv.pdf',
    });
  });

  it.each([['javascript:alert(1)'], ['not a url']])(
    'refuses %s as a link, under the field, and sends nothing',
    async (typed) => {
      const { el, form, submit } = await setup();
      form.controls.seniority_level.setValue('senior');
      const posting = field(el, 'job_posting_url');
      posting.type(typed);
      await submit();
      expect(posting.error()).toBe(RULE);
      expect(fake.requests.some((r) => r.method === 'POST')).toBe(false);
    },
  );

  const dateError = (el: HTMLElement, name: string) =>
    el
      .querySelector(`[data-testid="${name}"]`)!
      .closest('mat-form-field')!
      .querySelector('mat-error')
      ?.textContent?.trim() ?? '';

  it.each([
    ['application_date', 'first_interview_date', 'Must not be before the application date'],
    ['first_interview_date', 'final_interview_date', 'Must not be before the first interview'],
    ['application_date', 'offer_date', 'Must not be before the application date'],
    ['offer_date', 'offer_deadline', 'Must not be before the offer date'],
    ['application_date', 'offer_deadline', 'Must not be before the application date'],
  ])('refuses %s after %s, under the later one: “%s”', async (earlier, later, message) => {
    const { el, form, submit } = await setup();
    form.controls.seniority_level.setValue('senior');
    form.get(earlier)!.setValue('2024-12-10');
    form.get(later)!.setValue('2024-12-01');
    await submit();
    expect(dateError(el, later)).toBe(message);
    expect(dateError(el, earlier)).toBe('');
    expect(fake.requests.some((r) => r.method === 'POST')).toBe(false);
  });

  it('lets the dates go once the earlier one is moved back', async () => {
    fake.on('POST', '/api/interviews', (req) =>
      json({ interview_id: 7, ...(req.body as object) }, 201),
    );
    const { form, submit } = await setup();
    form.controls.seniority_level.setValue('senior');
    form.controls.application_date.setValue('2024-12-10');
    form.controls.offer_deadline.setValue('2024-12-01');
    await submit();
    form.controls.application_date.setValue('2024-11-20');
    await submit();
    expect(fake.requests.find((r) => r.method === 'POST')?.body).toMatchObject({
      application_date: '2024-11-20',
      offer_deadline: '2024-12-01',
    });
  });

  it('puts the API’s date-order error under the first field it names, in words', async () => {
    fake.on('POST', '/api/interviews', () =>
      json(
        {
          detail: 'body/offer_deadline must not be before body/application_date',
          code: 'validation_error',
        },
        400,
      ),
    );
    const { el, form, submit } = await setup();
    form.controls.seniority_level.setValue('senior');
    form.controls.offer_deadline.setValue('2024-12-01');
    await submit();
    expect(dateError(el, 'offer_deadline')).toBe('Must not be before the application date');
    expect(dateError(el, 'application_date')).toBe('');
  });

  it('creates a company inline from the picker', async () => {
    fake.on('POST', '/api/companies', (req) =>
      json({ company_id: 11, ...(req.body as object) }, 201),
    );
    const { fixture, el, form } = await setup();
    const input = el.querySelector<HTMLInputElement>('[data-testid="company-picker"]')!;
    input.focus();
    input.value = 'Initech';
    input.dispatchEvent(new Event('input'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    await fixture.whenStable();

    const create = Array.from(document.querySelectorAll<HTMLElement>('mat-option')).find((o) =>
      o.textContent?.includes('Create “Initech”'),
    );
    expect(create).toBeDefined();
    create!.click();
    await flush();
    await fixture.whenStable();

    expect(fake.requests.find((r) => r.method === 'POST')?.body).toEqual({
      company_name: 'Initech',
    });
    expect(form.controls.company_id.value).toBe(11);
  });
});

describe('InterviewFormPage, leaving it', () => {
  let fake: FakeFetch;

  beforeEach(() => {
    fake = new FakeFetch();
    fake.on('GET', '/api/companies', () => json([]));
    fake.on('GET', '/api/roles', () => json([]));
    fake.on('GET', '/api/interviews/7', () => json({ detail: 'Not here', code: 'not_found' }, 404));
    TestBed.configureTestingModule({
      providers: [
        ...testProviders(fake),
        // The confirm dialog closes at once, not after its exit animation.
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        provideRouter(
          [...routes, { path: 'elsewhere', component: Blank }],
          withComponentInputBinding(),
        ),
      ],
    });
  });

  async function open() {
    const harness = await RouterTestingHarness.create('/interviews/new');
    await flush();
    await harness.fixture.whenStable();
    const router = TestBed.inject(Router);
    const el = harness.routeNativeElement as HTMLElement;
    const settle = async () => {
      await flush();
      await harness.fixture.whenStable();
    };
    const type = async (name: string, value: string) => {
      const input = el.querySelector<HTMLInputElement>(`[formcontrolname="${name}"]`)!;
      input.value = value;
      input.dispatchEvent(new Event('input'));
      await settle();
    };
    const leave = (url: string) => router.navigateByUrl(url);
    // While the guard waits for an answer the navigation is pending, so the app is not
    // stable: render without waiting for stability.
    const render = async () => {
      await flush();
      TestBed.tick();
    };
    const confirmDialog = () => document.querySelector<HTMLElement>('app-confirm-dialog');
    /** Leaves for `url`; the guard's dialog, when there is one, opens a few ticks later. */
    const leaveAndWait = async (url: string) => {
      const done = leave(url);
      for (let i = 0; i < 100 && !confirmDialog(); i++) await render();
      return { done };
    };
    const answer = async (label: string) => {
      const button = Array.from(confirmDialog()!.querySelectorAll('button')).find(
        (b) => b.textContent?.trim() === label,
      )!;
      button.click();
      await render();
    };
    return { router, el, settle, type, leave, leaveAndWait, confirmDialog, answer };
  }

  it('asks before leaving with unsaved changes, and stays when the user keeps them', async () => {
    const { router, type, leaveAndWait, confirmDialog, answer } = await open();
    await type('job_location', 'Berlin');

    const left = (await leaveAndWait('/elsewhere')).done;
    expect(confirmDialog()?.textContent).toContain('Leave without saving?');
    await answer('Keep editing');
    expect(await left).toBe(false);
    expect(router.url).toBe('/interviews/new');

    const leftAgain = (await leaveAndWait('/elsewhere')).done;
    await answer('Leave');
    expect(await leftAgain).toBe(true);
    expect(router.url).toBe('/elsewhere');
  });

  it('lets an untouched form go without asking', async () => {
    const { router, leave, confirmDialog } = await open();
    expect(await leave('/elsewhere')).toBe(true);
    expect(confirmDialog()).toBeNull();
    expect(router.url).toBe('/elsewhere');
  });

  it('does not ask once the changes are saved', async () => {
    fake.on('POST', '/api/interviews', (req) =>
      json({ interview_id: 7, ...(req.body as object) }, 201),
    );
    const { el, router, type, settle, confirmDialog } = await open();
    await type('job_location', 'Berlin');
    el.querySelector<HTMLElement>('[data-testid="seniority"]')!.click();
    await settle();
    document.querySelector<HTMLElement>('mat-option')!.click();
    await settle();
    el.querySelector<HTMLButtonElement>('[data-testid="save-interview"]')!.click();
    await settle();
    expect(confirmDialog()).toBeNull();
    expect(router.url).toBe('/interviews/7');
  });

  it('asks the browser to confirm a reload or close only while changes are unsaved', async () => {
    const { type } = await open();
    const unload = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(unload()).toBe(false);
    await type('job_location', 'Berlin');
    expect(unload()).toBe(true);
  });

  it('focuses the first invalid field when the form is submitted', async () => {
    const { el, settle } = await open();
    el.querySelector<HTMLButtonElement>('[data-testid="save-interview"]')!.click();
    await settle();
    expect(document.activeElement).toBe(el.querySelector('[data-testid="seniority"]'));
  });
});
