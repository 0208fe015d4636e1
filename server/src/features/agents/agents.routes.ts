import { setMaxListeners } from 'node:events';
import Type from 'typebox';
import type { Feature } from '../../http/feature.js';
import { errorResponses } from '../../http/schema-helpers.js';
import {
  AgentsAvailable,
  AnswerFeedback,
  AnswerRequest,
  type AnswerRequestBody,
  AnswerResponse,
  AnswerStreamQuery,
  FEEDBACK_STREAM_DESCRIPTION,
  FeedbackRequest,
  STREAM_DESCRIPTION,
} from './agents.schemas.js';
import { createAgentsService } from './agents.service.js';
import { createFeedbackService } from './feedback.service.js';
import { sendEventStream } from './sse.js';

const EXAMPLE = {
  question: 'How would you design a URL shortening service?',
  context: 'Senior engineer with 5 years experience',
  conversation_history: [],
};

const FEEDBACK_EXAMPLE = {
  question: 'How would you design a URL shortening service?',
  answer:
    'I would hash the long URL to a short key with base62 encoding and store it in a key-value store, with a cache in front for hot links.',
};

const streamOf = (description: string, errors: (400 | 404)[]) => ({
  200: {
    description,
    content: {
      'text/event-stream': {
        schema: Type.Unsafe<never>({
          $ref: 'AgentStreamEvent#',
          description: 'Each `data:` line carries one of these events as JSON',
        }),
      },
    },
  },
  ...errorResponses(...errors),
});

const streamResponse = {
  200: {
    description: STREAM_DESCRIPTION,
    content: {
      'text/event-stream': {
        schema: Type.Unsafe<never>({
          $ref: 'AgentStreamEvent#',
          description: 'Each `data:` line carries one of these events as JSON',
        }),
      },
    },
  },
  ...errorResponses(400),
};

export const agentsRoutes: Feature = async (
  app,
  { database, llm, router, config, heartbeatMs },
) => {
  const service = createAgentsService({
    db: database.db,
    llm,
    router,
    routerMode: config.router,
    log: app.log,
  });

  // Open streams end with a final event when the server shuts down (app.close() runs preClose
  // before it waits for in-flight requests, which a stream would otherwise hold forever).
  const stopping = new AbortController();
  // Every open stream listens on it, and removes its listener when it ends: hundreds at once
  // are expected, not the leak Node's default warning at 10 listeners suspects.
  setMaxListeners(0, stopping.signal);
  app.addHook('preClose', async () => stopping.abort());
  const streamOptions = { heartbeatMs, shutdown: stopping.signal };

  const feedback = createFeedbackService({ db: database.db, llm, router, log: app.log });

  app.get('/api/agents/available', {
    schema: {
      tags: ['agents'],
      operationId: 'listAgents',
      summary: 'List the six specialist agents and what each is best for',
      response: { 200: AgentsAvailable },
    },
    handler: async () => service.available(),
  });

  app.post('/api/agents/answer', {
    schema: {
      tags: ['agents'],
      operationId: 'answerQuestion',
      summary: 'Answer an interview question in one response (no streaming)',
      description:
        'Routes the question, answers with the chosen agent and suggests three follow-ups. A model ' +
        'failure is a 502 (504 on timeout) with `detail`, never an apology dressed as success.',
      body: { ...AnswerRequest, examples: [EXAMPLE] },
      response: { 200: AnswerResponse, ...errorResponses(400, 502, 504) },
    },
    handler: async (request, reply) => {
      const controller = new AbortController();
      reply.raw.on('close', () => {
        if (!reply.raw.writableFinished) controller.abort();
      });
      return service.answer(request.owner, request.body, controller.signal);
    },
  });

  app.post('/api/agents/answer-stream', {
    schema: {
      tags: ['agents'],
      operationId: 'streamAnswer',
      summary: 'Stream the answer to an interview question as Server-Sent Events',
      description: STREAM_DESCRIPTION,
      body: { ...AnswerRequest, examples: [EXAMPLE] },
      response: streamResponse,
    },
    handler: async (request, reply) =>
      sendEventStream(
        reply,
        (signal) => service.answerEvents(request.owner, request.body, signal),
        streamOptions,
      ),
  });

  app.get('/api/agents/answer-stream', {
    schema: {
      tags: ['agents'],
      operationId: 'streamAnswerGet',
      summary: 'Stream an answer over GET, for a browser EventSource (no conversation history)',
      description: STREAM_DESCRIPTION,
      querystring: AnswerStreamQuery,
      response: streamResponse,
    },
    handler: async (request, reply) =>
      sendEventStream(
        reply,
        (signal) => service.answerEvents(request.owner, request.query as AnswerRequestBody, signal),
        streamOptions,
      ),
  });

  app.post('/api/agents/feedback', {
    schema: {
      tags: ['agents'],
      operationId: 'reviewAnswer',
      summary: 'Review your own answer to a question: covered and missed concepts, mistakes, score',
      description:
        'Give a `question_id` from your bank (its key_concepts and common_mistakes are the yardstick) ' +
        'or a `question`, and your `answer`. The routed agent names each concept your answer covers, ' +
        'with the sentence that covers it, and each it misses; the common mistakes it makes; a score ' +
        '1-10 with reasons; and a stronger version of your answer. With no model configured, the ' +
        'offline engine reviews it and says so. Nothing is stored.',
      body: { ...FeedbackRequest, examples: [FEEDBACK_EXAMPLE] },
      response: { 200: AnswerFeedback, ...errorResponses(400, 404, 502, 504) },
    },
    handler: async (request, reply) => {
      const controller = new AbortController();
      reply.raw.on('close', () => {
        if (!reply.raw.writableFinished) controller.abort();
      });
      return feedback.review(request.owner, request.body, controller.signal);
    },
  });

  app.post('/api/agents/feedback-stream', {
    schema: {
      tags: ['agents'],
      operationId: 'streamAnswerFeedback',
      summary: 'Review your own answer, streamed as Server-Sent Events',
      description: FEEDBACK_STREAM_DESCRIPTION,
      body: { ...FeedbackRequest, examples: [FEEDBACK_EXAMPLE] },
      response: streamOf(FEEDBACK_STREAM_DESCRIPTION, [400, 404]),
    },
    handler: async (request, reply) => {
      // A missing question is a 404 before the stream starts.
      await feedback.checkRequest(request.owner, request.body);
      return sendEventStream(
        reply,
        (signal) => feedback.feedbackEvents(request.owner, request.body, signal),
        streamOptions,
      );
    },
  });
};
