import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { FakeFetch, flush, json } from '../../../testing/fake-fetch';
import { testProviders } from '../../../testing/providers';
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
