import type { Feature } from '../../http/feature.js';
import { errorResponses } from '../../http/schema-helpers.js';
import { InterviewParams } from '../interviews/interview-params.schemas.js';
import {
  Funnel,
  FunnelQuery,
  StageLabels,
  StageLabelsUpdate,
  Timeline,
} from './pipeline.schemas.js';
import { createPipelineService } from './pipeline.service.js';

export const pipelineRoutes: Feature = async (app, { database }) => {
  const service = createPipelineService({ db: database.db });

  app.get('/api/interviews/:interview_id/timeline', {
    schema: {
      tags: ['interviews'],
      operationId: 'getInterviewTimeline',
      summary: "An interview's history: stage, status and result changes, its rounds' too",
      description:
        'Append-only events, oldest first: the creation of the interview and of each round, ' +
        'every change of stage, interview_status and interview_result, of round_status and ' +
        'round_result, the cancellation (deleted) of the interview and the removal of a round.',
      params: InterviewParams,
      response: { 200: Timeline, ...errorResponses(400, 404) },
    },
    handler: async (request) => service.timeline(request.owner, request.params.interview_id),
  });

  app.get('/api/settings/stage-labels', {
    schema: {
      tags: ['settings'],
      operationId: 'getStageLabels',
      summary: "The caller's names for the application stages",
      description: 'Every stage in order; a stage never renamed has its default name.',
      response: { 200: StageLabels },
    },
    handler: async (request) => service.labels(request.owner),
  });

  app.put('/api/settings/stage-labels', {
    schema: {
      tags: ['settings'],
      operationId: 'updateStageLabels',
      summary: 'Rename application stages',
      description:
        'The set of stages is fixed; only their names change, for the caller only. Stages not ' +
        'sent keep their names; an empty name gives the default back. Returns every stage.',
      body: StageLabelsUpdate,
      response: { 200: StageLabels, ...errorResponses(400) },
    },
    handler: async (request) => service.setLabels(request.owner, request.body),
  });

  app.get('/api/stats/funnel', {
    schema: {
      tags: ['stats'],
      operationId: 'getStatsFunnel',
      summary: 'The application funnel, time to rounds, response rates, ratings by category',
      description:
        'Each stage counts the interviews whose history reached it or a later stage, so an ' +
        'offer later rejected still counts as an offer; an application that ended (rejected, ' +
        'ghosted, withdrawn) counts as applied. The list behind a stage is GET ' +
        '/api/interviews?reached_stage=<stage> with the same filters. Dates filter on ' +
        'application_date, else the day the interview was entered.',
      querystring: FunnelQuery,
      response: { 200: Funnel, ...errorResponses(400) },
    },
    handler: async (request) => service.funnel(request.owner, request.query),
  });
};
