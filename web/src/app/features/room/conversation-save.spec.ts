import { TestBed } from '@angular/core/testing';
import { answerWith } from '../../../testing/answer-script';
import { ControlledStream, FakeFetch, flush, json } from '../../../testing/fake-fetch';
import { testProviders } from '../../../testing/providers';
import type { AgentId } from '../../core/api/api-types';
import { Conversation } from './conversation';

/** A promise the test settles, to look at the turn while a save is still running. */
function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('Conversation: saving an answer to the question bank', () => {
  let fake: FakeFetch;
  let streams: ControlledStream[];
  let conversation: Conversation;

  const saves = () => fake.requests.filter((r) => r.path === '/api/questions');

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
    fake.on('POST', '/api/questions', (req) =>
      json({ question_id: 7, ...(req.body as object) }, 201),
    );
    TestBed.configureTestingModule({ providers: testProviders(fake) });
    conversation = TestBed.inject(Conversation);
  });

  it.each<[AgentId, string]>([
    ['product_manager', 'product'],
    ['technical', 'technical'],
    ['architect', 'system_design'],
    ['coding', 'coding'],
    ['behavioral', 'behavioral'],
    ['system_design', 'system_design'],
  ])(
    'files an answer of the %s agent under %s, with everything the turn shows',
    async (agent, category) => {
      answerWith(await ask('What is a closure?', { context: 'Frontend role' }), {
        agent,
        chunks: ['## Scope\n', 'Functions keep it.'],
        followUps: ['Why?', 'How?', 'When?'],
      });
      await flush();

      await conversation.saveToBank(1);

      expect(saves().map((r) => r.body)).toEqual([
        {
          question_text: 'What is a closure?',
          question_category: category,
          question_context: 'Frontend role',
          answer_markdown_content: '## Scope\nFunctions keep it.',
          follow_up_questions: ['Why?', 'How?', 'When?'],
          source: 'Interview room',
          tags: ['interview-room', agent],
        },
      ]);
      expect(conversation.turns()[0]).toMatchObject({
        savedQuestionId: 7,
        saving: false,
        saveError: null,
      });
    },
  );

  it('files a stopped answer that was never routed as "other", without follow-ups', async () => {
    const stream = await ask('What is a closure?');
    stream.event('content', { chunk: 'Partial answer', is_final: false });
    await flush();
    conversation.stop();

    await conversation.saveToBank(1);

    expect(saves()[0]?.body).toEqual({
      question_text: 'What is a closure?',
      question_category: 'other',
      question_context: null,
      answer_markdown_content: 'Partial answer',
      follow_up_questions: null,
      source: 'Interview room',
      tags: ['interview-room'],
    });
  });

  it('uses the agent the user chose when the answer stopped before routing', async () => {
    await ask('Tell me about a conflict you resolved', { agent: 'behavioral' });
    conversation.stop();

    await conversation.saveToBank(1);

    expect(saves()[0]?.body).toMatchObject({
      question_category: 'behavioral',
      tags: ['interview-room', 'behavioral'],
    });
  });

  it('is saving while the request runs, and a second click sends nothing', async () => {
    const gate = deferred();
    fake.on('POST', '/api/questions', async (req) => {
      await gate.promise;
      return json({ question_id: 9, ...(req.body as object) }, 201);
    });
    answerWith(await ask('What is a closure?'));
    await flush();

    const first = conversation.saveToBank(1);
    expect(conversation.turns()[0]).toMatchObject({ saving: true, savedQuestionId: null });
    await conversation.saveToBank(1);
    gate.resolve();
    await first;

    expect(saves()).toHaveLength(1);
    expect(conversation.turns()[0]).toMatchObject({ saving: false, savedQuestionId: 9 });

    // Once saved, it stays saved: another click does not make a copy.
    await conversation.saveToBank(1);
    expect(saves()).toHaveLength(1);
  });

  it('shows why a save failed, and a later attempt clears it and saves', async () => {
    fake.on('POST', '/api/questions', () =>
      json(
        {
          detail: 'body/answer_markdown_content must be at most 50000 characters',
          code: 'validation_error',
        },
        400,
      ),
    );
    answerWith(await ask('What is a closure?'));
    await flush();

    await conversation.saveToBank(1);
    expect(conversation.turns()[0]).toMatchObject({
      saving: false,
      savedQuestionId: null,
      saveError: 'body/answer_markdown_content must be at most 50000 characters',
    });

    const gate = deferred();
    fake.on('POST', '/api/questions', async (req) => {
      await gate.promise;
      return json({ question_id: 11, ...(req.body as object) }, 201);
    });
    const retry = conversation.saveToBank(1);
    expect(conversation.turns()[0]).toMatchObject({ saving: true, saveError: null });
    gate.resolve();
    await retry;
    expect(conversation.turns()[0]).toMatchObject({ savedQuestionId: 11, saveError: null });
  });

  it('saves nothing for a turn that is not in the conversation', async () => {
    await conversation.saveToBank(3);
    expect(saves()).toHaveLength(0);
  });
});
