import { Injectable, inject } from '@angular/core';
import { Api } from '../../core/api/api-client';

/** The agents the room can route a question to. The answer stream is `AnswerStream`'s job. */
@Injectable({ providedIn: 'root' })
export class AgentsApi {
  private readonly api = inject(Api);

  available(signal?: AbortSignal) {
    return this.api.call(this.api.client.GET('/api/agents/available', { signal }));
  }
}
