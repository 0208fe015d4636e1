import { Injectable, inject } from '@angular/core';
import { Api } from '../../core/api/api-client';
import type { StageLabelsUpdate } from '../../core/api/api-types';

/** The user's stage names (the timeline and funnel are the interviews' and dashboard's). */
@Injectable({ providedIn: 'root' })
export class PipelineApi {
  private readonly api = inject(Api);
  private readonly c = this.api.client;

  stageLabels(signal?: AbortSignal) {
    return this.api.call(this.c.GET('/api/settings/stage-labels', { signal }));
  }

  updateStageLabels(body: StageLabelsUpdate) {
    return this.api.call(this.c.PUT('/api/settings/stage-labels', { body }));
  }
}
