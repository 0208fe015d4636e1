import Type from 'typebox';
import type { Feature } from '../../http/feature.js';
import { errorResponses } from '../../http/schema-helpers.js';
import {
  Company,
  CompanyCreate,
  CompanyListQuery,
  CompanyParams,
  CompanyUpdate,
} from './companies.schemas.js';
import { createCompaniesService } from './companies.service.js';

export const companiesRoutes: Feature = async (app, { database }) => {
  const service = createCompaniesService({ db: database.db });
  const tags = ['companies'];

  app.get('/api/companies', {
    schema: {
      tags,
      operationId: 'listCompanies',
      summary: 'List companies, ordered by name',
      querystring: CompanyListQuery,
      response: { 200: Type.Array(Company), ...errorResponses(400) },
    },
    handler: async (request) => service.list(request.owner, request.query),
  });

  app.post('/api/companies', {
    schema: {
      tags,
      operationId: 'createCompany',
      summary: 'Create a company',
      body: CompanyCreate,
      response: { 201: Company, ...errorResponses(400) },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await service.create(request.owner, request.body)),
  });

  app.get('/api/companies/:company_id', {
    schema: {
      tags,
      operationId: 'getCompany',
      summary: 'Get a company by id',
      params: CompanyParams,
      response: { 200: Company, ...errorResponses(400, 404) },
    },
    handler: async (request) => service.get(request.owner, request.params.company_id),
  });

  app.put('/api/companies/:company_id', {
    schema: {
      tags,
      operationId: 'updateCompany',
      summary: 'Update a company: only the fields sent change',
      params: CompanyParams,
      body: CompanyUpdate,
      response: { 200: Company, ...errorResponses(400, 404) },
    },
    handler: async (request) =>
      service.update(request.owner, request.params.company_id, request.body),
  });

  app.delete('/api/companies/:company_id', {
    schema: {
      tags,
      operationId: 'deleteCompany',
      summary: 'Delete a company (refused while interviews still reference it)',
      params: CompanyParams,
      response: { 204: Type.Null({ description: 'Deleted' }), ...errorResponses(400, 404) },
    },
    handler: async (request, reply) => {
      await service.remove(request.owner, request.params.company_id);
      return reply.status(204).send(null);
    },
  });
};
