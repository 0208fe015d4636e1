import Type from 'typebox';
import type { Feature } from '../../http/feature.js';
import { Envelope, errorResponses } from '../../http/schema-helpers.js';
import {
  CategoryParams,
  CategoryQuery,
  Question,
  QuestionCreate,
  QuestionListItem,
  QuestionListQuery,
  QuestionParams,
  QuestionUpdate,
} from './questions.schemas.js';
import { createQuestionsService } from './questions.service.js';

const tags = ['questions'];

const createExample = {
  question_text: 'How would you design a URL shortening service?',
  question_category: 'system_design',
  question_difficulty: 'medium',
  answer_summary: 'Design should include URL generation, storage, redirection',
  key_concepts: ['Hashing', 'Database Design', 'Caching'],
  common_mistakes: ['Not considering collision handling'],
  tips_and_tricks: ['Use base62 encoding'],
  time_to_answer_minutes: 45,
  tags: ['system_design', 'scalability'],
  created_by: 'admin',
};

export const questionsRoutes: Feature = async (app, { database }) => {
  const service = createQuestionsService(database);

  app.get('/api/questions', {
    schema: {
      tags,
      operationId: 'listQuestions',
      summary: 'List questions with filters, sorting and pagination',
      description:
        'Active questions by default (is_active=false lists the deleted ones). Sorting puts ' +
        'NULLs last in both directions, sorts question_difficulty as easy < medium < hard < ' +
        'expert, and breaks ties by question_id in the same direction, so pages never overlap.',
      querystring: QuestionListQuery,
      response: { 200: Envelope(QuestionListItem, 'QuestionPage'), ...errorResponses(400) },
    },
    handler: async (request) => service.list(request.owner, request.query),
  });

  app.post('/api/questions', {
    schema: {
      tags,
      operationId: 'createQuestion',
      summary: 'Create a question',
      body: { ...QuestionCreate, examples: [createExample] },
      response: { 201: Question, ...errorResponses(400, 404) },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await service.create(request.owner, request.body)),
  });

  app.get('/api/questions/category/:category', {
    schema: {
      tags,
      operationId: 'listQuestionsByCategory',
      summary: 'List active questions in one category, newest first',
      description: 'A plain array ordered by created_at, then question_id, both descending.',
      params: CategoryParams,
      querystring: CategoryQuery,
      response: { 200: Type.Array(Question), ...errorResponses(400) },
    },
    handler: async (request) =>
      service.listByCategory(request.owner, request.params.category, request.query),
  });

  app.get('/api/questions/:question_id', {
    schema: {
      tags,
      operationId: 'getQuestion',
      summary: 'Get a question by id (deleted ones too)',
      params: QuestionParams,
      response: { 200: Question, ...errorResponses(400, 404) },
    },
    handler: async (request) => service.get(request.owner, request.params.question_id),
  });

  app.put('/api/questions/:question_id', {
    schema: {
      tags,
      operationId: 'updateQuestion',
      summary: 'Update a question: only the fields sent change',
      description:
        'times_asked is server-maintained and ignored here. Sending is_active: true restores ' +
        'a deleted question.',
      params: QuestionParams,
      body: QuestionUpdate,
      response: { 200: Question, ...errorResponses(400, 404) },
    },
    handler: async (request) =>
      service.update(request.owner, request.params.question_id, request.body),
  });

  app.delete('/api/questions/:question_id', {
    schema: {
      tags,
      operationId: 'deleteQuestion',
      summary: 'Delete a question (soft: sets is_active to false)',
      description:
        'The question stays readable by id and is hidden from lists unless is_active=false is ' +
        'asked for. Deleting an already deleted question is a 204 too.',
      params: QuestionParams,
      response: { 204: Type.Null({ description: 'Deleted' }), ...errorResponses(400, 404) },
    },
    handler: async (request, reply) => {
      await service.remove(request.owner, request.params.question_id);
      return reply.status(204).send(null);
    },
  });
};
