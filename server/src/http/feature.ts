import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import type { LlmProvider, QuestionRouter } from '../llm/types.js';

/** What every feature plugin receives from buildApp: the outside world, nothing global. */
export interface FeatureOptions {
  config: Config;
  database: Database;
  llm: LlmProvider;
  router: QuestionRouter;
  /** Silence after which an SSE stream sends a keep-alive comment. */
  heartbeatMs: number;
}

/** Each feature folder exports one of these; app.ts registers them in one list. */
export type Feature = FastifyPluginAsyncTypebox<FeatureOptions>;
