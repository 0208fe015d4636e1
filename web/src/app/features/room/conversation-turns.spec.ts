import { TestBed } from '@angular/core/testing';
import { answerWith } from '../../../testing/answer-script';
import { ControlledStream, FakeFetch, flush, json } from '../../../testing/fake-fetch';
import { testProviders } from '../../../testing/providers';
import { apply, Conversation, type Turn } from './conversation';

describe('Conversation: asking, stopping and what is sent', () => {
  let fake: FakeFetch;
  let streams: ControlledStream[];
  let conversation: Conversation;

  const sent = () =>
    fake.requests.filter((r) => r.path === '/api/agents/answer-stream').map((r) => r.body);

  /** Asks and lets the request reach the fake server; returns the stream that answers it. */
  async function ask(question: string, options?: Parameters<Conversation['ask']>[1]) {
    conversation.ask(question, options);
    await flush();
    return streams.at(-1)!;
  }

  beforeEach(() => {
    fake = new FakeFetch();
    streams = [];
    fake.on('POST', '/api/agents/answer-stream', () => {
      const stream = new ControlledStream();
      streams.push(stream);
      return stream.response();
    });
    TestBed.configureTestingModule({ providers: testProviders(fake) });
    conversation = TestBed.inject(Conversation);
  });

  it('sends the question and its context trimmed, and shows them so', async () => {
    await ask('  What is a closure?  ', { context: '  Frontend role \n' });
    expect(sent()).toEqual([
      { question: 'What is a closure?', context: 'Frontend role', conversation_history: [] },
    ]);
    expect(conversation.turns()).toEqual([
      {
        id: 1,
        question: 'What is a closure?',
        context: 'Frontend role',
        forcedAgent: null,
        status: 'streaming',
        routing: null,
        answer: '',
        followUps: [],
        wordCount: null,
        error: null,
        savedQuestionId: null,
        saveError: null,
        saving: false,
      },
    ]);
  });

  it('sends neither context nor agent when the user gave none or only blanks', async () => {
    await ask('What is a closure?', { context: '   ', agent: null });
    expect(sent()).toEqual([{ question: 'What is a closure?', conversation_history: [] }]);
    expect(conversation.turns()[0]).toMatchObject({ context: null, forcedAgent: null });
  });

  it('keeps the answer, its word count and the string follow-ups once complete', async () => {
    const stream = await ask('What is a closure?');
    answerWith(stream, {
      agent: 'coding',
      chunks: ['Functions ', 'remember ', 'scope.'],
      followUps: ['Show an example?', 42, null, 'When do they leak memory?'],
    });
    await flush();
    expect(conversation.turns()[0]).toMatchObject({
      status: 'done',
      answer: 'Functions remember scope.',
      wordCount: 3,
      followUps: ['Show an example?', 'When do they leak memory?'],
      routing: { selected_agent: 'coding', reasoning: 'Scripted', confidence: 0.9 },
      error: null,
    });
    expect(conversation.streaming()).toBe(false);
  });

  it('a new question stops the one still streaming and keeps its partial answer', async () => {
    const first = await ask('What is a closure?');
    first.event('content', { chunk: 'A closure', is_final: false });
    await flush();

    await ask('What is hoisting?');

    expect(fake.requests[0]?.signal?.aborted).toBe(true);
    expect(fake.requests[1]?.signal?.aborted).toBe(false);
    expect(conversation.turns().map((t) => [t.question, t.status, t.answer])).toEqual([
      ['What is a closure?', 'stopped', 'A closure'],
      ['What is hoisting?', 'streaming', ''],
    ]);
    expect(conversation.streaming()).toBe(true);
  });

  it('stopping when nothing streams changes nothing', async () => {
    const stream = await ask('What is a closure?');
    answerWith(stream);
    await flush();
    const before = conversation.turns();
    conversation.stop();
    expect(conversation.turns()).toBe(before);
    expect(conversation.turns()[0]?.status).toBe('done');
  });

  it('sends only finished answers as history, oldest first', async () => {
    answerWith(await ask('Q1 what is a closure?'), { chunks: ['A1'] });
    await flush();
    const stopped = await ask('Q2 what is hoisting?');
    stopped.event('content', { chunk: 'Partial', is_final: false });
    await flush();
    conversation.stop();
    const failed = await ask('Q3 what is a promise?');
    failed.event('error', { error: 'upstream_unavailable', message: 'Model down' });
    failed.close();
    await flush();
    // A stream that ends before "complete" is a failure too, even with an answer.
    const cut = await ask('Q4 what is an event loop?');
    cut.event('content', { chunk: 'Half', is_final: false });
    cut.close();
    await flush();
    answerWith(await ask('Q5 what is currying?'), { chunks: ['A5'] });
    await flush();

    await ask('Q6 and memoization?');

    expect(sent().at(-1)).toEqual({
      question: 'Q6 and memoization?',
      conversation_history: [
        { question: 'Q1 what is a closure?', answer: 'A1' },
        { question: 'Q5 what is currying?', answer: 'A5' },
      ],
    });
    expect(conversation.turns().map((t) => t.status)).toEqual([
      'done',
      'stopped',
      'error',
      'error',
      'done',
      'streaming',
    ]);
  });

  it('sends at most the last 50 finished answers as history', async () => {
    for (let i = 1; i <= 51; i++) {
      answerWith(await ask(`Question number ${i}`), { chunks: [`Answer ${i}`] });
      await flush(2);
    }
    await ask('One more question');
    const history = (sent().at(-1) as { conversation_history: { question: string }[] })
      .conversation_history;
    expect(history).toHaveLength(50);
    expect(history[0]).toEqual({ question: 'Question number 2', answer: 'Answer 2' });
    expect(history.at(-1)).toEqual({ question: 'Question number 51', answer: 'Answer 51' });
  });

  it('retry asks again in place, with only the history from before that question', async () => {
    answerWith(await ask('Q1 what is a closure?'), { chunks: ['A1'] });
    await flush();
    const second = await ask('Q2 what is hoisting?', { agent: 'coding', context: 'Junior' });
    second.event('error', { error: 'upstream_timeout', message: 'The model took too long' });
    second.close();
    await flush();
    answerWith(await ask('Q3 what is currying?'), { chunks: ['A3'] });
    await flush();

    conversation.retry(2);
    await flush();

    expect(sent().at(-1)).toEqual({
      question: 'Q2 what is hoisting?',
      context: 'Junior',
      agent: 'coding',
      conversation_history: [{ question: 'Q1 what is a closure?', answer: 'A1' }],
    });
    expect(conversation.turns().map((t) => [t.id, t.status, t.error])).toEqual([
      [1, 'done', null],
      [2, 'streaming', null],
      [3, 'done', null],
    ]);
  });

  it('retry clears what the failed attempt showed', async () => {
    const stream = await ask('What is a closure?');
    stream.event('routing', { selected_agent: 'technical', reasoning: 'Concept', confidence: 0.7 });
    stream.event('content', { chunk: 'A closure is', is_final: false });
    stream.event('follow_ups', { questions: ['Why?'] });
    stream.event('error', { error: 'upstream_unavailable', message: 'Model down' });
    stream.close();
    await flush();

    conversation.retry(1);

    expect(conversation.turns()[0]).toMatchObject({
      status: 'streaming',
      routing: null,
      answer: '',
      followUps: [],
      wordCount: null,
      error: null,
    });
  });

  it('a finished answer whose connection is still open stays done when the next question starts', async () => {
    const first = await ask('What is a closure?');
    first.event('answer_complete', {
      full_answer: 'Functions keep their scope.',
      word_count: 4,
      character_count: 27,
      metadata: {},
    });
    first.event('complete', {
      message: 'Processing complete',
      agent_used: 'technical',
      success: true,
    });
    await flush();

    await ask('What is hoisting?');

    expect(conversation.turns()[0]).toMatchObject({
      status: 'done',
      answer: 'Functions keep their scope.',
    });
  });

  it('retry of an unknown turn sends nothing', async () => {
    conversation.retry(99);
    await flush();
    expect(fake.requests).toHaveLength(0);
    expect(conversation.turns()).toEqual([]);
  });

  it('clear stops the stream and empties the conversation', async () => {
    await ask('What is a closure?');
    conversation.clear();
    expect(fake.requests[0]?.signal?.aborted).toBe(true);
    expect(conversation.turns()).toEqual([]);
    expect(conversation.streaming()).toBe(false);
  });

  it('shows the server’s reason when the question is rejected, and the next question works', async () => {
    fake.on('POST', '/api/agents/answer-stream', () =>
      json({ detail: 'The database is not available', code: 'database_unavailable' }, 503),
    );
    conversation.ask('What is a closure?');
    await flush();
    expect(conversation.turns()[0]).toMatchObject({
      status: 'error',
      error: 'The database is not available',
    });
    expect(conversation.streaming()).toBe(false);

    fake.on('POST', '/api/agents/answer-stream', () => {
      const stream = new ControlledStream();
      streams.push(stream);
      return stream.response();
    });
    answerWith(await ask('What is hoisting?'));
    await flush();
    expect(conversation.turns().map((t) => t.status)).toEqual(['error', 'done']);
  });

  it('says so when the stream ends without an answer', async () => {
    const stream = await ask('What is a closure?');
    stream.close();
    await flush();
    expect(conversation.turns()[0]).toMatchObject({
      status: 'error',
      error: 'The connection closed before the answer was complete.',
    });
  });
});

describe('apply: one stream event on a turn', () => {
  const completeData = {
    message: 'Processing complete',
    agent_used: 'technical',
    success: true,
  } as const;
  const turn = (fields: Partial<Turn> = {}): Turn => ({
    id: 1,
    question: 'What is a closure?',
    context: null,
    forcedAgent: null,
    status: 'streaming',
    routing: null,
    answer: 'So far',
    followUps: [],
    wordCount: null,
    error: null,
    savedQuestionId: null,
    saveError: null,
    saving: false,
    ...fields,
  });
  const at = '2024-12-02T10:00:00Z';

  it('ignores events once the turn is stopped, failed or done', () => {
    for (const status of ['stopped', 'error', 'done'] as const) {
      const before = turn({ status });
      expect(
        apply(before, {
          event_type: 'content',
          timestamp: at,
          data: { chunk: ' more', is_final: false },
        }),
      ).toBe(before);
      expect(apply(before, { event_type: 'complete', timestamp: at, data: completeData })).toBe(
        before,
      );
    }
  });

  it('leaves the turn alone for start and processing events', () => {
    const before = turn();
    expect(
      apply(before, { event_type: 'start', timestamp: at, data: { message: 'm', question: 'q' } }),
    ).toBe(before);
    expect(
      apply(before, {
        event_type: 'processing',
        timestamp: at,
        data: { message: 'm', agent: 'technical' },
      }),
    ).toBe(before);
  });

  it('shows the error code when an error event carries no message', () => {
    const after = apply(turn(), {
      event_type: 'error',
      timestamp: at,
      data: { error: 'internal_error', message: '' },
    });
    expect(after).toMatchObject({ status: 'error', error: 'internal_error', answer: 'So far' });
  });
});
