import Type from 'typebox';
import type { Feature } from '../../http/feature.js';
import { errorResponses } from '../../http/schema-helpers.js';
import { StatsOverview, UpcomingRound, UpcomingRoundsQuery } from './stats.schemas.js';
import { createStatsService } from './stats.service.js';

const tags = ['stats'];

export const statsRoutes: Feature = async (app, { database }) => {
  const service = createStatsService(database);

  app.get('/api/stats/overview', {
    schema: {
      tags,
      operationId: 'getStatsOverview',
      summary: 'Counts of interviews, questions and companies, by status, result and category',
      description:
        'total_interviews and the interview maps count every interview, cancelled (soft-deleted) ' +
        'ones included, as those stay readable and counted. total_questions and the question ' +
        'maps count active questions only. total_skills counts active skills. Every enum value ' +
        'appears in its map, with 0 where none.',
      response: { 200: StatsOverview },
    },
    handler: async (request) => service.overview(request.owner),
  });

  app.get('/api/stats/upcoming-rounds', {
    schema: {
      tags,
      operationId: 'listUpcomingRounds',
      summary: 'The next scheduled interview rounds, soonest first',
      description:
        'Rounds dated today (UTC) or later whose status is scheduled or rescheduled, excluding ' +
        'rounds of cancelled interviews; ordered by date, then time (untimed last), then round_id.',
      querystring: UpcomingRoundsQuery,
      response: { 200: Type.Array(UpcomingRound), ...errorResponses(400) },
    },
    handler: async (request) => service.upcomingRounds(request.owner, request.query),
  });
};
