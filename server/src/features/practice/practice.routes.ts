import type { Feature } from '../../http/feature.js';
import { errorResponses } from '../../http/schema-helpers.js';
import { createFeedbackService } from '../agents/feedback.service.js';
import {
  DueList,
  DueQuery,
  PracticeStats,
  QuestionParams,
  ReviewCreate,
  ReviewHistory,
  ReviewResult,
  Session,
  SessionAnswerCreate,
  SessionAnswerResult,
  SessionCreate,
  SessionParams,
} from './practice.schemas.js';
import { createPracticeService } from './practice.service.js';

const tags = ['practice'];

export const practiceRoutes: Feature = async (app, { database, llm, router }) => {
  const feedback = createFeedbackService({ db: database.db, llm, router, log: app.log });
  const service = createPracticeService({ db: database.db, feedback });

  app.get('/api/practice/due', {
    schema: {
      tags,
      operationId: 'listDueQuestions',
      summary: 'The questions due for practice now, most overdue first, then new ones',
      description:
        'Live questions of your bank that were never reviewed or whose FSRS due date has passed. ' +
        'Deleted questions are never due. `by_category` counts what is due in each category.',
      querystring: DueQuery,
      response: { 200: DueList, ...errorResponses(400) },
    },
    handler: async (request) => service.due(request.owner, request.query),
  });

  app.get('/api/practice/stats', {
    schema: {
      tags,
      operationId: 'getPracticeStats',
      summary: 'What is due today, reviews today and the practice streak',
      response: { 200: PracticeStats },
    },
    handler: async (request) => service.stats(request.owner),
  });

  app.post('/api/practice/:question_id/reviews', {
    schema: {
      tags,
      operationId: 'reviewQuestion',
      summary: 'Record a practice review: FSRS schedules the next one',
      description:
        'Stores the review, moves the card to its next `due`, and adds one to the question’s ' +
        'times_practiced; average_rating counts the rating (again 1, hard 2, good 4, easy 5 on ' +
        'the bank’s 0-5 scale). A deleted question is a 400 until it is restored.',
      params: QuestionParams,
      body: { ...ReviewCreate, examples: [{ rating: 'good', duration_seconds: 95 }] },
      response: { 201: ReviewResult, ...errorResponses(400, 404) },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await service.review(request.owner, request.params.question_id, request.body)),
  });

  app.get('/api/practice/:question_id/reviews', {
    schema: {
      tags,
      operationId: 'listQuestionReviews',
      summary: "A question's review history, oldest first, with its card",
      params: QuestionParams,
      response: { 200: ReviewHistory, ...errorResponses(400, 404) },
    },
    handler: async (request) => service.history(request.owner, request.params.question_id),
  });

  app.post('/api/practice/sessions', {
    schema: {
      tags,
      operationId: 'createPracticeSession',
      summary: 'Start a mock interview: due questions first, then the playbook’s',
      description:
        'Picks `count` questions: those due in your bank (in `category` when given) first, then ' +
        'starter-pack questions for the role (of `role_id`, or of the interview) and category, ' +
        'which are added to your bank so that every answer is recorded as a review.',
      body: { ...SessionCreate, examples: [{ category: 'system_design', count: 3 }] },
      response: { 201: Session, ...errorResponses(400, 404) },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await service.createSession(request.owner, request.body)),
  });

  app.get('/api/practice/sessions/:session_id', {
    schema: {
      tags,
      operationId: 'getPracticeSession',
      summary: 'A mock interview: its questions, answers with feedback, and the summary',
      params: SessionParams,
      response: { 200: Session, ...errorResponses(400, 404) },
    },
    handler: async (request) => service.getSession(request.owner, request.params.session_id),
  });

  app.post('/api/practice/sessions/:session_id/answers', {
    schema: {
      tags,
      operationId: 'answerPracticeSession',
      summary: 'Answer the session’s question: the agent reviews it, and a review is recorded',
      description:
        'The answer is reviewed like POST /api/agents/feedback, then stored as a review rated by ' +
        'its score (1-3 again, 4-5 hard, 6-8 good, 9-10 easy) with the feedback. A question ' +
        'outside the session, or answered already, is a 400 and nothing is written.',
      params: SessionParams,
      body: SessionAnswerCreate,
      response: { 201: SessionAnswerResult, ...errorResponses(400, 404, 502, 504) },
    },
    handler: async (request, reply) => {
      const controller = new AbortController();
      reply.raw.on('close', () => {
        if (!reply.raw.writableFinished) controller.abort();
      });
      return reply
        .status(201)
        .send(
          await service.answer(
            request.owner,
            request.params.session_id,
            request.body,
            controller.signal,
          ),
        );
    },
  });
};
