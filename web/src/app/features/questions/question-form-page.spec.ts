import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { FakeFetch, flush, json } from '../../../testing/fake-fetch';
import { testProviders } from '../../../testing/providers';
import { QuestionFormPage } from './question-form-page';

@Component({ template: '' })
class Blank {}

describe('QuestionFormPage links', () => {
  let fake: FakeFetch;

  async function setup() {
    TestBed.configureTestingModule({
      imports: [QuestionFormPage],
      providers: [...testProviders(fake), provideRouter([{ path: '**', component: Blank }])],
    });
    const fixture = TestBed.createComponent(QuestionFormPage);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const form = fixture.componentInstance['form'];
    form.controls.question_text.setValue('How would you design a rate limiter?');
    form.controls.question_category.setValue('system_design');
    const submit = async () => {
      el.querySelector<HTMLButtonElement>('[data-testid="save-question"]')!.click();
      await flush();
      await fixture.whenStable();
    };
    const errorUnder = (label: string) =>
      Array.from(el.querySelectorAll('mat-form-field'))
        .find((f) => f.querySelector('mat-label')?.textContent?.trim() === label)
        ?.querySelector('mat-error')
        ?.textContent?.trim();
    return { form, submit, errorUnder };
  }

  beforeEach(() => {
    fake = new FakeFetch();
    fake.on('POST', '/api/questions', (req) =>
      json({ question_id: 5, ...(req.body as object) }, 201),
    );
  });

  it('sends every link as an http(s) address', async () => {
    const { form, submit } = await setup();
    form.controls.source_url.setValue('leetcode.com/problems/x');
    form.controls.answer_markdown_link.setValue('github.com/me/notes/x.md');
    form.controls.diagram_url.setValue('https://example.com/d.png');
    form.controls.video_explanation_url.setValue('youtube.com/watch?v=1');
    await submit();
    expect(fake.requests[0]?.body).toMatchObject({
      source_url: 'https://leetcode.com/problems/x',
      answer_markdown_link: 'https://github.com/me/notes/x.md',
      diagram_url: 'https://example.com/d.png',
      video_explanation_url: 'https://youtube.com/watch?v=1',
    });
  });

  it('refuses a link that is not a web address, under its field', async () => {
    const { form, submit, errorUnder } = await setup();
    form.controls.diagram_url.setValue('javascript:alert(1)');
    await submit();
    expect(errorUnder('Diagram URL')).toBe(
      'Must be a web address (http or https), like https://example.com/jobs/123',
    );
    expect(fake.requests).toHaveLength(0);
  });
});
