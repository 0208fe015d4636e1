import { Readable } from 'node:stream';
import Type from 'typebox';
import type { Feature } from '../../http/feature.js';
import { errorResponses } from '../../http/schema-helpers.js';
import {
  CSV_BODY_LIMIT,
  CsvImportQuery,
  CsvImportResult,
  ExportDocument,
  IMPORT_BODY_LIMIT,
  ImportQuery,
  ImportSummary,
} from './transfer.schemas.js';
import { createTransferService } from './transfer.service.js';
import { createCsvService } from './transfer-csv.service.js';

const tags = ['import-export'];
const attachment = (name: string) => `attachment; filename="${name}"`;

export const transferRoutes: Feature = async (app, { database }) => {
  const service = createTransferService({ db: database.db });
  const csv = createCsvService({ db: database.db });

  // CSV bodies arrive as text; this plugin's routes only.
  app.addContentTypeParser(
    'text/csv',
    { parseAs: 'string', bodyLimit: CSV_BODY_LIMIT },
    (_request, body, done) => done(null, body),
  );

  const csvDownload = (operationId: string, summary: string) => ({
    tags,
    operationId,
    summary,
    description:
      'A header row, then one line per record; lists are joined with `;`; a cell starting ' +
      "with = + - @, a tab or a carriage return gets a leading `'` so a spreadsheet does not run it.",
    response: {
      200: { description: 'CSV', content: { 'text/csv': { schema: Type.String() } } },
      ...errorResponses(400),
    },
  });

  for (const [name, read] of [
    ['interviews', (owner: number | null) => csv.interviewsCsv(owner)],
    ['questions', (owner: number | null) => csv.questionsCsv(owner)],
  ] as const) {
    app.get(`/api/export/${name}.csv`, {
      schema: csvDownload(
        name === 'interviews' ? 'exportInterviewsCsv' : 'exportQuestionsCsv',
        `Your ${name} as CSV, streamed`,
      ),
      handler: async (request, reply) =>
        reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', attachment(`${name}.csv`))
          .header('cache-control', 'no-store')
          .send(Readable.from(read(request.owner)) as never),
    });
  }

  app.post('/api/import/questions.csv', {
    bodyLimit: CSV_BODY_LIMIT,
    schema: {
      tags,
      operationId: 'importQuestionsCsv',
      summary: 'Add questions from a CSV file (the columns of the questions export)',
      description:
        'Needs question_text and question_category columns; question_difficulty, ' +
        'question_context, answer_summary, tags and key_concepts (joined with `;`) and source ' +
        'are read too, other columns ignored. Any invalid row refuses the file (400, with the ' +
        'lines), unless `partial=true` keeps the valid rows.',
      querystring: CsvImportQuery,
      body: { content: { 'text/csv': { schema: Type.String({ maxLength: CSV_BODY_LIMIT }) } } },
      response: {
        200: { ...CsvImportResult, description: 'dry_run=true: what would be created' },
        201: CsvImportResult,
        ...errorResponses(400, 413),
      },
    },
    handler: async (request, reply) =>
      reply.status(request.query.dry_run ? 200 : 201).send(
        await csv.importQuestions(request.owner, request.body as string, {
          partial: request.query.partial ?? false,
          dryRun: request.query.dry_run ?? false,
        }),
      ),
  });

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
