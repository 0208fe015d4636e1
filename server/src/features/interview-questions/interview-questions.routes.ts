import Type from 'typebox';
import type { Feature } from '../../http/feature.js';
import { errorResponses } from '../../http/schema-helpers.js';
import { InterviewParams } from '../interviews/interview-params.schemas.js';
import {
  InterviewQuestion,
  InterviewQuestionCreate,
  InterviewQuestionParams,
  InterviewQuestionUpdate,
} from './interview-questions.schemas.js';
import { createInterviewQuestionsService } from './interview-questions.service.js';

const tags = ['interview-questions'];
const collection = '/api/interviews/:interview_id/questions';
const item = `${collection}/:interview_question_id`;

const createExample = {
  question_id: 10,
  round_id: 1,
  was_asked: true,
  order_asked: 1,
  candidate_answer: 'I would start by clarifying requirements...',
  answer_quality_rating: 8,
  time_taken_minutes: 40,
  was_prepared: true,
  confidence_level: 7,
  what_went_well: 'Good structure and covered all key points',
  what_could_improve: 'Could have discussed more about analytics',
};

export const interviewQuestionsRoutes: Feature = async (app, { database }) => {
  const service = createInterviewQuestionsService({ db: database.db });

  app.get(collection, {
    schema: {
      tags,
      operationId: 'listInterviewQuestions',
      summary: 'List the questions asked in an interview, in the order asked',
      description: 'Links without order_asked come last; ties break on interview_question_id.',
      params: InterviewParams,
      response: { 200: Type.Array(InterviewQuestion), ...errorResponses(400, 404) },
    },
    handler: async (request) => service.list(request.owner, request.params.interview_id),
  });

  app.post(collection, {
    schema: {
      tags,
      operationId: 'createInterviewQuestion',
      summary: "Link a question to an interview and count it in the question's times_asked",
      description:
        "The path's interview id wins; an interview_id in the body is ignored. A round_id must " +
        'name a round of this interview. The link and the times_asked increment are one transaction.',
      params: InterviewParams,
      body: { ...InterviewQuestionCreate, examples: [createExample] },
      response: { 201: InterviewQuestion, ...errorResponses(400, 404) },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await service.create(request.owner, request.params.interview_id, request.body)),
  });

  app.get(item, {
    schema: {
      tags,
      operationId: 'getInterviewQuestion',
      summary: 'Get one question link of an interview',
      params: InterviewQuestionParams,
      response: { 200: InterviewQuestion, ...errorResponses(400, 404) },
    },
    handler: async (request) =>
      service.get(request.owner, request.params.interview_id, request.params.interview_question_id),
  });

  app.put(item, {
    schema: {
      tags,
      operationId: 'updateInterviewQuestion',
      summary: 'Update a question link: only the fields sent change',
      description: 'question_id cannot change; a round_id must name a round of this interview.',
      params: InterviewQuestionParams,
      body: InterviewQuestionUpdate,
      response: { 200: InterviewQuestion, ...errorResponses(400, 404) },
    },
    handler: async (request) =>
      service.update(
        request.owner,
        request.params.interview_id,
        request.params.interview_question_id,
        request.body,
      ),
  });

  app.delete(item, {
    schema: {
      tags,
      operationId: 'deleteInterviewQuestion',
      summary: "Unlink a question and take it back from the question's times_asked",
      params: InterviewQuestionParams,
      response: { 204: Type.Null({ description: 'Deleted' }), ...errorResponses(400, 404) },
    },
    handler: async (request, reply) => {
      await service.remove(
        request.owner,
        request.params.interview_id,
        request.params.interview_question_id,
      );
      return reply.status(204).send(null);
    },
  });
};
