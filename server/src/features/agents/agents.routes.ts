import { setMaxListeners } from 'node:events';
import Type from 'typebox';
import type { Feature } from '../../http/feature.js';
import { errorResponses } from '../../http/schema-helpers.js';
import {
  AgentsAvailable,
  AnswerRequest,
  type AnswerRequestBody,
  AnswerResponse,
  AnswerStreamQuery,
  STREAM_DESCRIPTION,
} from './agents.schemas.js';
import { createAgentsService } from './agents.service.js';
import { sendEventStream } from './sse.js';

const EXAMPLE = {
  question: 'How would you design a URL shortening service?',
  context: 'Senior engineer with 5 years experience',
  conversation_history: [],
};

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
};
