import { Readable } from 'node:stream';
import type { Feature } from '../../http/feature.js';
import { errorResponses } from '../../http/schema-helpers.js';
import {
  ExportDocument,
  IMPORT_BODY_LIMIT,
  ImportQuery,
  ImportSummary,
} from './transfer.schemas.js';
import { createTransferService } from './transfer.service.js';

const tags = ['import-export'];
const attachment = (name: string) => `attachment; filename="${name}"`;

export const transferRoutes: Feature = async (app, { database }) => {
  const service = createTransferService({ db: database.db });

  app.get('/api/export', {
    schema: {
      tags,
      operationId: 'exportData',
      summary: 'All your data as one versioned JSON document, streamed',
      response: {
        200: {
          description: 'The document',
          content: { 'application/json': { schema: ExportDocument } },
        },
        ...errorResponses(400),
      },
    },
    handler: async (request, reply) => {
      const date = new Date().toISOString().slice(0, 10);
      return reply
        .type('application/json; charset=utf-8')
        .header('content-disposition', attachment(`interview-tracker-${date}.json`))
        .header('cache-control', 'no-store')
        .send(Readable.from(service.exportDocument(request.owner)) as never);
    },
  });

  app.post('/api/import', {
    bodyLimit: IMPORT_BODY_LIMIT,
    schema: {
      tags,
      operationId: 'importData',
      summary: 'Restore or merge an export, in one transaction',
      description:
        'Ids in the document are remapped. A document with any invalid record is refused ' +
        'whole: `detail` lists the first problems with their paths, and nothing is written. ' +
        '`dry_run=true` says what would be created or merged.',
      querystring: ImportQuery,
      body: ExportDocument,
      response: { 200: ImportSummary, ...errorResponses(400, 413) },
    },
    handler: async (request) =>
      service.importDocument(request.owner, request.body as Record<string, unknown>, {
        mode: request.query.mode ?? 'restore',
        dryRun: request.query.dry_run ?? false,
      }),
  });
};
