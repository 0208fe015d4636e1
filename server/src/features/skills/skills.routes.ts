import Type from 'typebox';
import type { Feature } from '../../http/feature.js';
import { errorResponses } from '../../http/schema-helpers.js';
import { Skill, SkillCreate, SkillListQuery, SkillParams, SkillUpdate } from './skills.schemas.js';
import { createSkillsService } from './skills.service.js';

export const skillsRoutes: Feature = async (app, { database }) => {
  const service = createSkillsService({ db: database.db });
  const tags = ['skills'];

  app.get('/api/skills', {
    schema: {
      tags,
      operationId: 'listSkills',
      summary: 'List skills, ordered by name',
      querystring: SkillListQuery,
      response: { 200: Type.Array(Skill), ...errorResponses(400) },
    },
    handler: async (request) => service.list(request.owner, request.query),
  });

  app.post('/api/skills', {
    schema: {
      tags,
      operationId: 'createSkill',
      summary: 'Create a skill',
      body: SkillCreate,
      response: { 201: Skill, ...errorResponses(400, 404) },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await service.create(request.owner, request.body)),
  });

  app.get('/api/skills/:skill_id', {
    schema: {
      tags,
      operationId: 'getSkill',
      summary: 'Get a skill by id',
      params: SkillParams,
      response: { 200: Skill, ...errorResponses(400, 404) },
    },
    handler: async (request) => service.get(request.owner, request.params.skill_id),
  });

  app.put('/api/skills/:skill_id', {
    schema: {
      tags,
      operationId: 'updateSkill',
      summary: 'Update a skill: only the fields sent change',
      params: SkillParams,
      body: SkillUpdate,
      response: { 200: Skill, ...errorResponses(400, 404) },
    },
    handler: async (request) =>
      service.update(request.owner, request.params.skill_id, request.body),
  });

  app.delete('/api/skills/:skill_id', {
    schema: {
      tags,
      operationId: 'deleteSkill',
      summary: 'Delete a skill; skills under it lose their parent',
      params: SkillParams,
      response: { 204: Type.Null({ description: 'Deleted' }), ...errorResponses(400, 404) },
    },
    handler: async (request, reply) => {
      await service.remove(request.owner, request.params.skill_id);
      return reply.status(204).send(null);
    },
  });
};
