import { TestBed } from '@angular/core/testing';
import { ControlledStream, FakeFetch, flush, json } from '../../../testing/fake-fetch';
import { testProviders } from '../../../testing/providers';
import { Conversation } from './conversation';

const QUESTION = 'How would you design a URL shortening service?';

function answerIn(
  stream: ControlledStream,
  chunks: string[],
  followUps = ['How would you handle collisions?'],
) {
  stream.event('start', { message: 'Processing question...', question: QUESTION });
  stream.event('routing', {
    selected_agent: 'system_design',
    reasoning: 'Designing a large-scale system',
    confidence: 0.95,
  });
  stream.event('processing', {
    message: 'Processing with system_design agent...',
    agent: 'system_design',
  });
  for (const chunk of chunks) stream.event('content', { chunk, is_final: false });
  stream.event('content', { chunk: '', is_final: true });
  const full = chunks.join('');
  stream.event('answer_complete', {
    full_answer: full,
    word_count: full.split(/\s+/).length,
    character_count: full.length,
    metadata: {},
  });
  stream.event('follow_ups', { questions: followUps });
  stream.event('complete', {
    message: 'Processing complete',
    agent_used: 'system_design',
    success: true,
  });
}

describe('Conversation', () => {
  let fake: FakeFetch;
  let streams: ControlledStream[];
  let conversation: Conversation;

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

  it('joins the chunks once: the final answer replaces them instead of being appended', async () => {
    conversation.ask(QUESTION);
    await flush();
    const stream = streams[0]!;
    stream.event('content', { chunk: 'Start with ', is_final: false });
    await flush();
    expect(conversation.turns()[0]?.answer).toBe('Start with ');
    expect(conversation.streaming()).toBe(true);

    answerIn(stream, ['the ', 'requirements.']);
    stream.close();
    await flush();

    const turn = conversation.turns()[0]!;
    expect(turn.status).toBe('done');
    expect(turn.answer).toBe('the requirements.');
    expect(turn.routing?.selected_agent).toBe('system_design');
    expect(turn.followUps).toEqual(['How would you handle collisions?']);
    expect(conversation.streaming()).toBe(false);
  });

  it('stop cancels the stream: the request is aborted and the partial answer kept', async () => {
    conversation.ask(QUESTION);
    await flush();
    streams[0]!.event('content', { chunk: 'Partial', is_final: false });
    await flush();

    conversation.stop();
    await flush();

    expect(fake.requests[0]?.signal?.aborted).toBe(true);
    expect(conversation.turns()[0]).toMatchObject({ status: 'stopped', answer: 'Partial' });
    expect(conversation.streaming()).toBe(false);
  });

  it('shows an error event as an error, never as an answer, and retry asks again', async () => {
    conversation.ask(QUESTION);
    await flush();
    streams[0]!.event('start', { message: 'Processing question...', question: QUESTION });
    streams[0]!.event('error', {
      error: 'upstream_unavailable',
      message: 'The model is not reachable right now.',
    });
    streams[0]!.close();
    await flush();

    expect(conversation.turns()[0]).toMatchObject({
      status: 'error',
      error: 'The model is not reachable right now.',
    });

    conversation.retry(conversation.turns()[0]!.id);
    await flush();
    answerIn(streams[1]!, ['Second try.']);
    streams[1]!.close();
    await flush();
    expect(conversation.turns()).toHaveLength(1);
    expect(conversation.turns()[0]).toMatchObject({
      status: 'done',
      answer: 'Second try.',
      error: null,
    });
  });

  it('treats a stream that ends without "complete" as a failure', async () => {
    conversation.ask(QUESTION);
    await flush();
    streams[0]!.event('content', { chunk: 'Half an answer', is_final: false });
    streams[0]!.close();
    await flush();
    expect(conversation.turns()[0]?.status).toBe('error');
    expect(conversation.turns()[0]?.error).toMatch(/closed before/);
  });

  it('sends the earlier turns as conversation history', async () => {
    conversation.ask(QUESTION);
    await flush();
    answerIn(streams[0]!, ['Use a hash.']);
    streams[0]!.close();
    await flush();

    conversation.ask('How would you handle collisions?', {
      agent: 'system_design',
      context: 'Senior engineer',
    });
    await flush();
    expect(fake.requests[1]?.body).toEqual({
      question: 'How would you handle collisions?',
      context: 'Senior engineer',
      agent: 'system_design',
      conversation_history: [{ question: QUESTION, answer: 'Use a hash.' }],
    });
  });

  describe('saving an offline answer', () => {
    const BANNER =
      '> **Offline answer** from the starter pack and your question-bank notes, written without a language model. Set `LLM_PROVIDER` for an answer written for your exact question.\n\n';
    const NOTES =
      '## From your notes\n\n### Bank question #3: How would you design a URL shortener?\n\n**Your written answer:**\n\nMy own notes: base62 ids.\n\n';
    const ANSWER =
      '## Answer: How would you design a URL shortening service?\n\nStart with the requirements.\n';

    async function offlineAnswer(metadata: object) {
      fake.on('POST', '/api/questions', (req) =>
        json({ question_id: 42, ...(req.body as object) }, 201),
      );
      conversation.ask(QUESTION);
      await flush();
      const stream = streams[0]!;
      const full = BANNER + NOTES + ANSWER;
      stream.event('routing', {
        selected_agent: 'system_design',
        reasoning: 'Matched system_design cues: "url shortening" (confidence 0.93)',
        confidence: 0.93,
        router: 'classifier',
      });
      stream.event('content', { chunk: full, is_final: false });
      stream.event('answer_complete', {
        full_answer: full,
        word_count: full.split(/\s+/).length,
        character_count: full.length,
        metadata,
      });
      stream.event('complete', { message: 'Processing complete' });
      stream.close();
      await flush();
      await conversation.saveToBank(conversation.turns()[0]!.id);
      return fake.requests.find((r) => r.path === '/api/questions')?.body as {
        answer_markdown_content: string;
      };
    }

    it('stores only the answer proper: not the engine’s banner, not the user’s quoted notes', async () => {
      const saved = await offlineAnswer({
        answer_offset: (BANNER + NOTES).length,
        pack_entries_used: [{ id: 'sd-url-shortener', question: 'Design a URL shortener' }],
      });
      expect(saved.answer_markdown_content).toBe(ANSWER.trim());
      expect(saved.answer_markdown_content).not.toContain('Offline answer');
      expect(saved.answer_markdown_content).not.toContain('From your notes');
      expect(saved.answer_markdown_content).not.toContain('My own notes');
      // The room still shows the whole answer, banner and notes included.
      expect(conversation.turns()[0]?.answer).toBe(BANNER + NOTES + ANSWER);
    });

    it('stores the whole answer when the server gives no offset (a model’s answer)', async () => {
      const saved = await offlineAnswer({ answer_offset: 0 });
      expect(saved.answer_markdown_content).toBe((BANNER + NOTES + ANSWER).trim());
    });

    it('ignores an offset beyond the answer instead of saving nothing', async () => {
      const saved = await offlineAnswer({ answer_offset: 10_000 });
      expect(saved.answer_markdown_content).toBe((BANNER + NOTES + ANSWER).trim());
    });
  });

  it('saves a finished answer to the question bank', async () => {
    fake.on('POST', '/api/questions', (req) =>
      json({ question_id: 42, ...(req.body as object) }, 201),
    );
    conversation.ask(QUESTION);
    await flush();
    answerIn(streams[0]!, ['## Answer']);
    streams[0]!.close();
    await flush();

    await conversation.saveToBank(conversation.turns()[0]!.id);
    const saved = fake.requests.find((r) => r.path === '/api/questions');
    expect(saved?.body).toMatchObject({
      question_text: QUESTION,
      question_category: 'system_design',
      answer_markdown_content: '## Answer',
    });
    expect(conversation.turns()[0]?.savedQuestionId).toBe(42);
  });
});
