// The five routes of a catalog resource (list, create, get, replace fields, delete), declared
// once with their whole contract; companies, roles and skills each call this with their schemas.
import type { PgTable } from 'drizzle-orm/pg-core';
import Type, { type TObject, type TSchema } from 'typebox';
import type { Db } from '../../db/database.js';
import type { Feature } from '../../http/feature.js';
import { errorResponses, Id } from '../../http/schema-helpers.js';
import type { CatalogListQuery, CatalogService } from './catalog.service.js';

export interface CatalogRoutesSpec<TTable extends PgTable> {
  /** URL path, e.g. `/api/companies`. */
  path: string;
  tag: string;
  /** Singular and plural nouns for summaries: ['company', 'companies']. */
  noun: [string, string];
  idParam: string;
  schemas: { Entry: TObject; Create: TObject; Update: TObject; ListQuery: TObject };
  examples?: { create?: Record<string, unknown> };
  service: (db: Db) => CatalogService<TTable>;
}

const capitalize = (word: string) => word[0]?.toUpperCase() + word.slice(1);

export function catalogRoutes<TTable extends PgTable>(spec: CatalogRoutesSpec<TTable>): Feature {
  const { path, tag, idParam, schemas } = spec;
  const [one, many] = spec.noun;
  const opId = (verb: string, noun: string) => `${verb}${capitalize(noun).replace(/\s/g, '')}`;
  const Params = Type.Object({ [idParam]: Id(`The ${one}'s id`) });
  const withExample = (schema: TSchema) =>
    spec.examples?.create ? { ...schema, examples: [spec.examples.create] } : schema;
  const idOf = (params: unknown) => (params as Record<string, number>)[idParam] as number;

  return async (app, { database }) => {
    const service = spec.service(database.db);

    app.get(path, {
      schema: {
        tags: [tag],
        operationId: opId('list', many),
        summary: `List ${many}, ordered by name`,
        querystring: schemas.ListQuery,
        response: { 200: Type.Array(schemas.Entry), ...errorResponses(400) },
      },
      handler: async (request) =>
        service.list(request.query as unknown as CatalogListQuery & Record<string, unknown>),
    });

    app.post(path, {
      schema: {
        tags: [tag],
        operationId: opId('create', one),
        summary: `Create a ${one}`,
        body: withExample(schemas.Create),
        response: { 201: schemas.Entry, ...errorResponses(400) },
      },
      handler: async (request, reply) =>
        reply.status(201).send(await service.create(request.body as TTable['$inferInsert'])),
    });

    app.get(`${path}/:${idParam}`, {
      schema: {
        tags: [tag],
        operationId: opId('get', one),
        summary: `Get a ${one} by id`,
        params: Params,
        response: { 200: schemas.Entry, ...errorResponses(400, 404) },
      },
      handler: async (request) => service.get(idOf(request.params)),
    });

    app.put(`${path}/:${idParam}`, {
      schema: {
        tags: [tag],
        operationId: opId('update', one),
        summary: `Update a ${one}: only the fields sent change`,
        params: Params,
        body: schemas.Update,
        response: { 200: schemas.Entry, ...errorResponses(400, 404) },
      },
      handler: async (request) =>
        service.update(idOf(request.params), request.body as Partial<TTable['$inferInsert']>),
    });

    app.delete(`${path}/:${idParam}`, {
      schema: {
        tags: [tag],
        operationId: opId('delete', one),
        summary: `Delete a ${one} (refused while interviews still reference it)`,
        params: Params,
        response: { 204: Type.Null({ description: 'Deleted' }), ...errorResponses(400, 404) },
      },
      handler: async (request, reply) => {
        await service.remove(idOf(request.params));
        return reply.status(204).send(null);
      },
    });
  };
}
