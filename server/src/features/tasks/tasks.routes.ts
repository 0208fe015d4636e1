import Type from 'typebox';
import type { Feature } from '../../http/feature.js';
import { errorResponses } from '../../http/schema-helpers.js';
import {
  InterviewParams,
  Task,
  TaskCreate,
  TaskParams,
  TaskQuery,
  TaskUpdate,
} from './tasks.schemas.js';
import { createTasksService } from './tasks.service.js';

const tags = ['tasks'];
const collection = '/api/tasks';
const item = `${collection}/:task_id`;

export const tasksRoutes: Feature = async (app, { database }) => {
  const service = createTasksService({ db: database.db });

  app.get(collection, {
    schema: {
      tags,
      operationId: 'listTasks',
      summary: 'List tasks: open ones first, by due date',
      description:
        'Suggested tasks (a follow-up 3 days after a dated round with no result, the answer ' +
        "to an offer by its deadline) are made on read, once each; deleting one doesn't bring " +
        'it back.',
      querystring: TaskQuery,
      response: { 200: Type.Array(Task), ...errorResponses(400) },
    },
    handler: async (request) => service.list(request.owner, request.query),
  });

  app.post(collection, {
    schema: {
      tags,
      operationId: 'createTask',
      summary: 'Add a task by hand',
      body: {
        ...TaskCreate,
        examples: [{ title: 'Send a thank-you note', due_date: '2024-12-06', interview_id: 1 }],
      },
      response: { 201: Task, ...errorResponses(400) },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await service.create(request.owner, request.body)),
  });

  app.get(item, {
    schema: {
      tags,
      operationId: 'getTask',
      summary: 'Get a task',
      params: TaskParams,
      response: { 200: Task, ...errorResponses(400, 404) },
    },
    handler: async (request) => service.get(request.owner, request.params.task_id),
  });

  for (const method of ['put', 'patch'] as const) {
    app[method](item, {
      schema: {
        tags,
        operationId: method === 'put' ? 'updateTask' : 'patchTask',
        summary: 'Update a task (tick it done, move its date): only the fields sent change',
        params: TaskParams,
        body: TaskUpdate,
        response: { 200: Task, ...errorResponses(400, 404) },
      },
      handler: async (request) =>
        service.update(request.owner, request.params.task_id, request.body),
    });
  }

  app.delete(item, {
    schema: {
      tags,
      operationId: 'deleteTask',
      summary: 'Delete a task; a deleted suggestion is not suggested again',
      params: TaskParams,
      response: { 204: Type.Null({ description: 'Deleted' }), ...errorResponses(400, 404) },
    },
    handler: async (request, reply) => {
      await service.remove(request.owner, request.params.task_id);
      return reply.status(204).send(null);
    },
  });

  app.get('/api/interviews/:interview_id/tasks', {
    schema: {
      tags,
      operationId: 'listInterviewTasks',
      summary: "An interview's tasks, suggested ones included",
      params: InterviewParams,
      response: { 200: Type.Array(Task), ...errorResponses(400, 404) },
    },
    handler: async (request) =>
      service.listForInterview(request.owner, request.params.interview_id),
  });
};
