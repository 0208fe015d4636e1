import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Database } from '../db/database.js';

export interface FeatureOptions {
  database: Database;
}

/** Each feature folder exports one of these; app.ts registers them in one list. */
export type Feature = FastifyPluginAsyncTypebox<FeatureOptions>;
