import { Injectable, inject } from '@angular/core';
import { Api } from '../../core/api/api-client';
import type { FunnelQuery } from '../../core/api/api-types';

/** The figures the dashboard shows. */
@Injectable({ providedIn: 'root' })
export class StatsApi {
  private readonly api = inject(Api);
  private readonly c = this.api.client;

  overview(signal?: AbortSignal) {
    return this.api.call(this.c.GET('/api/stats/overview', { signal }));
  }

  /** The application funnel, response rates and ratings, for the filters given. */
  funnel(query: FunnelQuery, signal?: AbortSignal) {
    return this.api.call(this.c.GET('/api/stats/funnel', { params: { query }, signal }));
  }

  /** The next scheduled rounds, soonest first. */
  upcomingRounds(limit: number, signal?: AbortSignal) {
    return this.api.call(
      this.c.GET('/api/stats/upcoming-rounds', { params: { query: { limit } }, signal }),
    );
  }
}
