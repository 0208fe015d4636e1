import Type from 'typebox';
import type { Feature } from '../../http/feature.js';
import { errorResponses } from '../../http/schema-helpers.js';
import { InterviewParams } from './interview-params.schemas.js';
import {
  Interview,
  InterviewCreate,
  InterviewDeleteQuery,
  InterviewDetail,
  InterviewList,
  InterviewListQuery,
  InterviewUpdate,
} from './interviews.schemas.js';
import { createInterviewsService } from './interviews.service.js';

const tags = ['interviews'];

const updateExample = {
  interview_status: 'completed',
  interview_result: 'passed',
  overall_feedback: 'Great interview! Demonstrated strong technical skills.',
  strengths: 'Strong system design knowledge, good communication',
  areas_for_improvement: 'Could improve algorithm optimization',
};

const createExample = {
  company_id: 1,
  role_id: 1,
  custom_role_title: 'Senior Full Stack Engineer',
  interview_type: 'actual',
  seniority_level: 'senior',
  job_description: 'Looking for a senior engineer with 5+ years experience',
  main_skills_required: ['Python', 'React', 'AWS', 'PostgreSQL'],
  required_experience_years: 5,
  job_location: 'San Francisco, CA',
  is_remote: true,
  salary_range: '$150,000 - $200,000',
  application_date: '2024-12-01',
  preparation_notes: 'Review system design patterns and AWS architecture',
  created_by: 'user@example.com',
};

export const interviewsRoutes: Feature = async (app, { database }) => {
  const service = createInterviewsService(database);

  app.get('/api/interviews', {
    schema: {
      tags,
      operationId: 'listInterviews',
      summary: 'List interviews with filters, sorting and pagination',
      description:
        'Returns `{total, skip, limit, data}`. Cancelled (soft-deleted) interviews are listed and counted. ' +
        'Sorting puts empty values last in both directions and breaks ties on interview_id, so pages never overlap.',
      querystring: InterviewListQuery,
      response: { 200: InterviewList, ...errorResponses(400) },
    },
    handler: async (request) => service.list(request.owner, request.query),
  });

  app.post('/api/interviews', {
    schema: {
      tags,
      operationId: 'createInterview',
      summary: 'Create an interview',
      description:
        'A company_id or role_id that does not exist is a 404 naming it, and nothing is written.',
      body: { ...InterviewCreate, examples: [createExample] },
      response: { 201: Interview, ...errorResponses(400, 404) },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await service.create(request.owner, request.body)),
  });

  app.get('/api/interviews/:interview_id', {
    schema: {
      tags,
      operationId: 'getInterview',
      summary: 'Get an interview with its company, role, rounds and questions',
      params: InterviewParams,
      response: { 200: InterviewDetail, ...errorResponses(400, 404) },
    },
    handler: async (request) => service.getDetail(request.owner, request.params.interview_id),
  });

  app.put('/api/interviews/:interview_id', {
    schema: {
      tags,
      operationId: 'updateInterview',
      summary: 'Update an interview: only the fields sent change',
      params: InterviewParams,
      body: { ...InterviewUpdate, examples: [updateExample] },
      response: { 200: Interview, ...errorResponses(400, 404) },
    },
    handler: async (request) =>
      service.update(request.owner, request.params.interview_id, request.body),
  });

  app.delete('/api/interviews/:interview_id', {
    schema: {
      tags,
      operationId: 'deleteInterview',
      summary: 'Cancel an interview (soft delete), or remove a cancelled one with ?permanent=true',
      params: InterviewParams,
      querystring: InterviewDeleteQuery,
      response: {
        204: Type.Null({ description: 'Cancelled, or removed for good' }),
        ...errorResponses(400, 404),
      },
    },
    handler: async (request, reply) => {
      await service.remove(request.owner, request.params.interview_id, request.query);
      return reply.status(204).send(null);
    },
  });
};
