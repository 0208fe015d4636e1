import { Injectable, inject } from '@angular/core';
import { Api } from '../../core/api/api-client';
import type { FunnelQuery, StageLabelsUpdate } from '../../core/api/api-types';

/** The timeline, stage names and funnel endpoints. */
@Injectable({ providedIn: 'root' })
export class PipelineApi {
  private readonly api = inject(Api);
  private readonly c = this.api.client;

  timeline(interviewId: number, signal?: AbortSignal) {
    return this.api.call(
      this.c.GET('/api/interviews/{interview_id}/timeline', {
        params: { path: { interview_id: interviewId } },
        signal,
      }),
    );
  }

  stageLabels(signal?: AbortSignal) {
    return this.api.call(this.c.GET('/api/settings/stage-labels', { signal }));
  }

  updateStageLabels(body: StageLabelsUpdate) {
    return this.api.call(this.c.PUT('/api/settings/stage-labels', { body }));
  }

  funnel(query: FunnelQuery, signal?: AbortSignal) {
    return this.api.call(this.c.GET('/api/stats/funnel', { params: { query }, signal }));
  }
}
