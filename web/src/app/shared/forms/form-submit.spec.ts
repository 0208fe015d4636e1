import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { FakeFetch, json } from '../../../testing/fake-fetch';
import { testProviders } from '../../../testing/providers';
import { UNREACHABLE } from '../../core/api/api-error';
import { QuestionsApi } from '../../features/questions/questions-api';
import { CHECK_FIELDS, formSubmit } from './form-submit';
import { errorText } from './form-utils';

/** A promise the test settles, to look at the form while a save is still running. */
function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('formSubmit', () => {
  let fake: FakeFetch;
  let api: QuestionsApi;

  const questionForm = () =>
    new FormGroup({
      question_text: new FormControl('What is a closure?', {
        nonNullable: true,
        validators: [Validators.required, Validators.minLength(10)],
      }),
      source: new FormControl<string | null>(null),
    });

  /** What the form would send, through the real API service and a scripted server. */
  const create = (form: ReturnType<typeof questionForm>) => () =>
    api.create({ ...form.getRawValue(), question_category: 'technical' });

  beforeEach(() => {
    fake = new FakeFetch();
    TestBed.configureTestingModule({ providers: testProviders(fake) });
    api = TestBed.inject(QuestionsApi);
  });

  it('saves, shows no error and leaves the form pristine', async () => {
    fake.on('POST', '/api/questions', (req) =>
      json({ question_id: 5, ...(req.body as object) }, 201),
    );
    const form = questionForm();
    form.controls.source.setValue('Book');
    form.controls.source.markAsDirty();
    const submit = formSubmit(form);
    let saved: unknown;

    await submit.run(async () => {
      saved = await create(form)();
    });

    expect(saved).toMatchObject({ question_id: 5, source: 'Book' });
    expect(fake.requests).toHaveLength(1);
    expect(submit.error()).toBeNull();
    expect(submit.saving()).toBe(false);
    expect(form.dirty).toBe(false);
  });

  it('is saving while the request runs, and not after', async () => {
    const gate = deferred();
    const submit = formSubmit(questionForm());
    const running = submit.run(() => gate.promise);
    expect(submit.saving()).toBe(true);
    gate.resolve();
    await running;
    expect(submit.saving()).toBe(false);
  });

  it('sends nothing while a field is invalid, and says which by marking it', async () => {
    const form = questionForm();
    form.controls.question_text.setValue('Short');
    const submit = formSubmit(form);

    await submit.run(create(form));

    expect(fake.requests).toHaveLength(0);
    expect(submit.error()).toBe(CHECK_FIELDS);
    expect(form.controls.question_text.touched).toBe(true);
    expect(errorText(form.controls.question_text)).toBe('At least 10 characters');
  });

  it("puts an API validation error under the field it names, in the server's words", async () => {
    fake.on('POST', '/api/questions', () =>
      json({ detail: 'body/source must be at most 200 characters', code: 'validation_error' }, 400),
    );
    const form = questionForm();
    const submit = formSubmit(form);

    await submit.run(create(form));

    expect(errorText(form.controls.source)).toBe('Must be at most 200 characters');
    expect(form.controls.source.touched).toBe(true);
    expect(errorText(form.controls.question_text)).toBe('');
    expect(submit.error()).toBe(CHECK_FIELDS);
    expect(submit.saving()).toBe(false);
  });

  it('puts a conflict under the field given for it', async () => {
    fake.on('POST', '/api/questions', () =>
      json({ detail: 'A question with this text already exists', code: 'conflict' }, 409),
    );
    const form = questionForm();
    const submit = formSubmit(form, { conflictField: 'question_text' });

    await submit.run(create(form));

    expect(errorText(form.controls.question_text)).toBe('A question with this text already exists');
    expect(submit.error()).toBe(CHECK_FIELDS);
  });

  it('shows an error that names no field beside the button', async () => {
    fake.on('POST', '/api/questions', () =>
      json({ detail: 'The database is not available', code: 'database_unavailable' }, 503),
    );
    const form = questionForm();
    const submit = formSubmit(form);

    await submit.run(create(form));

    expect(submit.error()).toBe('The database is not available');
    expect(form.controls.question_text.errors).toBeNull();
    expect(form.controls.source.errors).toBeNull();
    expect(submit.saving()).toBe(false);
  });

  it('says the server cannot be reached when the request never arrives', async () => {
    fake.on('POST', '/api/questions', () => {
      throw new TypeError('Failed to fetch');
    });
    const form = questionForm();
    const submit = formSubmit(form);

    await submit.run(create(form));

    expect(submit.error()).toBe(UNREACHABLE);
  });

  it('ignores a second submit while the first is saving', async () => {
    const gate = deferred();
    fake.on('POST', '/api/questions', async (req) => {
      await gate.promise;
      return json({ question_id: 5, ...(req.body as object) }, 201);
    });
    const form = questionForm();
    const submit = formSubmit(form);

    const first = submit.run(create(form));
    const second = submit.run(create(form));
    gate.resolve();
    await Promise.all([first, second]);

    expect(fake.requests.filter((r) => r.method === 'POST')).toHaveLength(1);

    // Once the first has finished, the form can be submitted again.
    await submit.run(create(form));
    expect(fake.requests.filter((r) => r.method === 'POST')).toHaveLength(2);
  });

  it('clears the last error when the next attempt starts', async () => {
    fake.on('POST', '/api/questions', () => json({ detail: 'Try later' }, 503));
    const form = questionForm();
    const submit = formSubmit(form);
    await submit.run(create(form));
    expect(submit.error()).toBe('Try later');

    const gate = deferred();
    const retry = submit.run(() => gate.promise);
    expect(submit.error()).toBeNull();
    gate.resolve();
    await retry;
  });

  it('validates every group in play and puts an error in the group that has the field', async () => {
    fake.on('POST', '/api/questions', () =>
      json({ detail: 'body/question_text must be at least 10 characters' }, 400),
    );
    const link = new FormGroup({ order_asked: new FormControl<number | null>(null) });
    const question = questionForm();
    let writing = true;
    const submit = formSubmit(() => (writing ? [link, question] : [link]));

    await submit.run(create(question));
    expect(errorText(question.controls.question_text)).toBe('Must be at least 10 characters');
    expect(submit.error()).toBe(CHECK_FIELDS);

    // Out of play, the second group is neither validated nor given errors.
    writing = false;
    question.controls.question_text.setValue('');
    await submit.run(create(question));
    expect(fake.requests).toHaveLength(2);
    expect(submit.error()).toBe('body/question_text must be at least 10 characters');
  });
});
