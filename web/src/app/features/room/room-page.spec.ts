import { TestBed } from '@angular/core/testing';
import { ControlledStream, FakeFetch, flush, json } from '../../../testing/fake-fetch';
import { testProviders } from '../../../testing/providers';
import { Conversation } from './conversation';
import { RoomPage } from './room-page';

const AGENTS = {
  total_agents: 1,
  agents: [
    {
      id: 'system_design',
      name: 'System Design',
      specializations: ['Scalability'],
      best_for: ['System design interviews'],
    },
  ],
};

describe('RoomPage', () => {
  let fake: FakeFetch;
  let streams: ControlledStream[];

  async function setup() {
    const fixture = TestBed.createComponent(RoomPage);
    await fixture.whenStable();
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  async function ask(el: HTMLElement, fixture: { whenStable(): Promise<unknown> }, text: string) {
    const input = el.querySelector<HTMLTextAreaElement>('[data-testid="question-input"]')!;
    input.value = text;
    input.dispatchEvent(new Event('input'));
    el.querySelector<HTMLButtonElement>('[data-testid="ask-button"]')!.click();
    await flush();
    await fixture.whenStable();
  }

  beforeEach(() => {
    fake = new FakeFetch();
    streams = [];
    fake.on('GET', '/api/agents/available', () => json(AGENTS));
    fake.on('POST', '/api/agents/answer-stream', () => {
      const stream = new ControlledStream();
      streams.push(stream);
      return stream.response();
    });
    TestBed.configureTestingModule({ imports: [RoomPage], providers: testProviders(fake) });
    TestBed.inject(Conversation).clear();
  });

  it('streams the answer as markdown, shows the routed agent and asks a follow-up on click', async () => {
    const { fixture, el } = await setup();
    await ask(el, fixture, 'How would you design a URL shortening service?');
    expect(el.querySelector('[data-testid="stop-button"]')).not.toBeNull();

    const stream = streams[0]!;
    stream.event('routing', {
      selected_agent: 'system_design',
      reasoning: 'Designing a large-scale system',
      confidence: 0.95,
    });
    stream.event('content', { chunk: '## Requirements\n\n', is_final: false });
    stream.event('content', { chunk: 'Start with **reads**.', is_final: false });
    await flush();
    await fixture.whenStable();

    const answer = el.querySelector('[data-testid="answer"]')!;
    expect(answer.querySelector('h2')?.textContent).toBe('Requirements');
    expect(answer.querySelector('strong')?.textContent).toBe('reads');
    const badge = el.querySelector('[data-testid="agent-badge"]')!;
    expect(badge.textContent).toContain('System Design');
    expect(badge.textContent).toContain('95%');
    expect(badge.textContent).toContain('Designing a large-scale system');

    stream.event('answer_complete', {
      full_answer: '## Requirements\n\nStart with **reads**.',
      word_count: 4,
      character_count: 36,
      metadata: {},
    });
    stream.event('follow_ups', {
      questions: ['How would you handle collisions?', 'Which database?', 'Rate limiting?'],
    });
    stream.event('complete', {
      message: 'Processing complete',
      agent_used: 'system_design',
      success: true,
    });
    stream.close();
    await flush();
    await fixture.whenStable();

    expect(el.querySelectorAll('[data-testid="answer"]')).toHaveLength(1);
    expect(
      el.querySelector('[data-testid="answer"]')?.textContent?.match(/Start with reads/g),
    ).toHaveLength(1);
    const followUps = el.querySelectorAll<HTMLButtonElement>('[data-testid="follow-up"]');
    expect(followUps).toHaveLength(3);

    followUps[0]!.click();
    await flush();
    expect(fake.requests.at(-1)?.body).toMatchObject({
      question: 'How would you handle collisions?',
      conversation_history: [
        {
          question: 'How would you design a URL shortening service?',
          answer: '## Requirements\n\nStart with **reads**.',
        },
      ],
    });
  });

  it('shows untrusted text as text: no element is created from the question or the answer', async () => {
    const { fixture, el } = await setup();
    const hostile = 'What does <img src=x onerror="window.__pwned=1"> do?';
    await ask(el, fixture, hostile);
    streams[0]!.event('content', {
      chunk: 'It is <img src=x onerror="window.__pwned=1"> <script>window.__pwned=1</script>',
      is_final: false,
    });
    await flush();
    await fixture.whenStable();

    const question = el.querySelector('[data-testid="turn-question"]')!;
    expect(question.textContent).toContain(hostile);
    expect(question.querySelector('img')).toBeNull();
    const answer = el.querySelector('[data-testid="answer"]')!;
    expect(answer.querySelector('img, script')).toBeNull();
    expect(answer.innerHTML).not.toContain('onerror');
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('stops the stream from the stop button and offers to ask again', async () => {
    const { fixture, el } = await setup();
    await ask(el, fixture, 'What is a closure?');
    el.querySelector<HTMLButtonElement>('[data-testid="stop-button"]')!.click();
    await fixture.whenStable();

    expect(fake.requests.find((r) => r.path === '/api/agents/answer-stream')?.signal?.aborted).toBe(
      true,
    );
    expect(el.querySelector('[data-testid="ask-button"]')).not.toBeNull();
    expect(el.querySelector('[data-testid="retry"]')?.textContent).toContain('Ask again');
  });

  it('shows a rejected question’s error with a retry', async () => {
    fake.on('POST', '/api/agents/answer-stream', () =>
      json({ detail: 'The model provider is unavailable', code: 'upstream_unavailable' }, 502),
    );
    const { fixture, el } = await setup();
    await ask(el, fixture, 'What is a closure?');
    expect(el.querySelector('[data-testid="stream-error"]')?.textContent).toContain(
      'The model provider is unavailable',
    );
    expect(el.querySelector('[data-testid="retry"]')).not.toBeNull();
  });

  /** The question box's error line, empty when it shows none. */
  const questionError = (el: HTMLElement) =>
    el
      .querySelector('[data-testid="question-input"]')!
      .closest('mat-form-field')!
      .querySelector('mat-error')
      ?.textContent?.trim() ?? '';

  /** Asks with Enter, as most people do, leaving the focus in the emptied box. */
  async function askWithEnter(
    el: HTMLElement,
    fixture: { whenStable(): Promise<unknown> },
    text: string,
  ) {
    const input = el.querySelector<HTMLTextAreaElement>('[data-testid="question-input"]')!;
    input.focus();
    input.value = text;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', cancelable: true }));
    await flush();
    await fixture.whenStable();
    return input;
  }

  /** Clicks a button the way a pointer does: the box loses focus first. */
  async function clickAway(
    input: HTMLElement,
    button: HTMLElement,
    fixture: { whenStable(): Promise<unknown> },
  ) {
    input.dispatchEvent(new FocusEvent('blur'));
    button.click();
    await flush();
    await fixture.whenStable();
  }

  it.each([
    ['New conversation', 'new-conversation', false],
    ['Stop', 'stop-button', false],
    ['a follow-up', 'follow-up', true],
    ['Save to question bank', 'save-to-bank', true],
  ])(
    'shows no error in the emptied box after asking with Enter, then clicking %s',
    async (_, testId, answered) => {
      fake.on('POST', '/api/questions', (req) =>
        json({ question_id: 3, ...(req.body as object) }, 201),
      );
      const { fixture, el } = await setup();
      const input = await askWithEnter(
        el,
        fixture,
        'How would you design a URL shortening service?',
      );
      expect(fake.requests.some((r) => r.path === '/api/agents/answer-stream')).toBe(true);
      if (answered) {
        const stream = streams[0]!;
        stream.event('content', { chunk: 'Start with reads.', is_final: false });
        stream.event('answer_complete', {
          full_answer: 'Start with reads.',
          word_count: 3,
          character_count: 17,
          metadata: {},
        });
        stream.event('follow_ups', { questions: ['Which database?'] });
        stream.event('complete', { message: 'done', agent_used: 'system_design', success: true });
        stream.close();
        await flush();
        await fixture.whenStable();
      }

      await clickAway(input, el.querySelector<HTMLElement>(`[data-testid="${testId}"]`)!, fixture);

      expect(input.value).toBe('');
      expect(questionError(el)).toBe('');
    },
  );

  it('says the box is empty when Enter is pressed in it', async () => {
    const { fixture, el } = await setup();
    await askWithEnter(el, fixture, '');
    expect(fake.requests.some((r) => r.path === '/api/agents/answer-stream')).toBe(false);
    expect(questionError(el)).toBe('Required');
  });

  it('does not send a question shorter than the API accepts', async () => {
    const { fixture, el } = await setup();
    await ask(el, fixture, 'Hi');
    expect(fake.requests.some((r) => r.path === '/api/agents/answer-stream')).toBe(false);
    expect(el.textContent).toContain('At least 5 characters');
  });
});
