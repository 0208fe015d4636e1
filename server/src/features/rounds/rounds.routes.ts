import Type from 'typebox';
import type { Feature } from '../../http/feature.js';
import { errorResponses } from '../../http/schema-helpers.js';
import { InterviewParams } from '../interviews/interview-params.schemas.js';
import { Round, RoundCreate, RoundParams, RoundUpdate } from './rounds.schemas.js';
import { createRoundsService } from './rounds.service.js';

const tags = ['rounds'];
const collection = '/api/interviews/:interview_id/rounds';
const item = `${collection}/:round_id`;

const createExample = {
  round_number: 1,
  round_name: 'Technical Phone Screen',
  round_type: 'phone_screen',
  scheduled_date: '2024-12-05',
  scheduled_time: '14:00:00',
  duration_minutes: 60,
  is_virtual: true,
  meeting_platform: 'Zoom',
  interviewer_name: 'John Doe',
  interviewer_title: 'Senior Engineering Manager',
};

export const roundsRoutes: Feature = async (app, { database }) => {
  const service = createRoundsService({ db: database.db });

  app.get(collection, {
    schema: {
      tags,
      operationId: 'listRounds',
      summary: "List an interview's rounds by round number",
      params: InterviewParams,
      response: { 200: Type.Array(Round), ...errorResponses(400, 404) },
    },
    handler: async (request) => service.list(request.owner, request.params.interview_id),
  });

  app.post(collection, {
    schema: {
      tags,
      operationId: 'createRound',
      summary: 'Add a round to an interview',
      description: "The path's interview id wins; an interview_id in the body is ignored.",
      params: InterviewParams,
      body: { ...RoundCreate, examples: [createExample] },
      response: { 201: Round, ...errorResponses(400, 404) },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await service.create(request.owner, request.params.interview_id, request.body)),
  });

  app.get(item, {
    schema: {
      tags,
      operationId: 'getRound',
      summary: 'Get a round of an interview',
      params: RoundParams,
      response: { 200: Round, ...errorResponses(400, 404) },
    },
    handler: async (request) =>
      service.get(request.owner, request.params.interview_id, request.params.round_id),
  });

  app.put(item, {
    schema: {
      tags,
      operationId: 'updateRound',
      summary: 'Update a round: only the fields sent change',
      params: RoundParams,
      body: RoundUpdate,
      response: { 200: Round, ...errorResponses(400, 404) },
    },
    handler: async (request) =>
      service.update(
        request.owner,
        request.params.interview_id,
        request.params.round_id,
        request.body,
      ),
  });

  app.delete(item, {
    schema: {
      tags,
      operationId: 'deleteRound',
      summary: 'Delete a round; questions linked to it stay, without a round',
      params: RoundParams,
      response: { 204: Type.Null({ description: 'Deleted' }), ...errorResponses(400, 404) },
    },
    handler: async (request, reply) => {
      await service.remove(request.owner, request.params.interview_id, request.params.round_id);
      return reply.status(204).send(null);
    },
  });
};
