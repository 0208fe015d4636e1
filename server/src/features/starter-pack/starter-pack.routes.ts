import type { Feature } from '../../http/feature.js';
import { errorResponses } from '../../http/schema-helpers.js';
import {
  PackEntry,
  PackEntryParams,
  PackImport,
  PackImportResult,
  PackList,
  PackListQuery,
} from './starter-pack.schemas.js';
import { createStarterPackService } from './starter-pack.service.js';

const tags = ['starter-pack'];

export const starterPackRoutes: Feature = async (app, { database }) => {
  const service = createStarterPackService({ db: database.db });

  app.get('/api/starter-pack', {
    schema: {
      tags,
      operationId: 'listStarterPack',
      summary: 'Browse and search the starter knowledge pack',
      description:
        'Common interview questions with model answers, shipped with the app. Without `search` ' +
        'entries come by agent, as written; with it, closest first. Each says whether it is ' +
        'already in your bank.',
      querystring: PackListQuery,
      response: { 200: PackList, ...errorResponses(400) },
    },
    handler: async (request) => service.list(request.owner, request.query),
  });

  app.get('/api/starter-pack/:entry_id', {
    schema: {
      tags,
      operationId: 'getStarterPackEntry',
      summary: 'One starter-pack entry with its model answer and follow-ups',
      params: PackEntryParams,
      response: { 200: PackEntry, ...errorResponses(400, 404) },
    },
    handler: async (request) => service.get(request.owner, request.params.entry_id),
  });

  app.post('/api/starter-pack/import', {
    schema: {
      tags,
      operationId: 'importStarterPack',
      summary: 'Copy starter-pack entries into your question bank',
      body: PackImport,
      response: { 200: PackImportResult, ...errorResponses(400, 404) },
    },
    handler: async (request) => service.import(request.owner, request.body),
  });
};
