import { Injectable, inject } from '@angular/core';
import { Api } from '../../core/api/api-client';
import type { PackImport, PackQuery } from '../../core/api/api-types';

/** The starter pack's endpoints: browse and search its entries, read one, import into the bank. */
@Injectable({ providedIn: 'root' })
export class StarterPackApi {
  private readonly api = inject(Api);
  private readonly c = this.api.client;

  list(query: PackQuery, signal?: AbortSignal) {
    return this.api.call(this.c.GET('/api/starter-pack', { params: { query }, signal }));
  }

  get(id: string, signal?: AbortSignal) {
    return this.api.call(
      this.c.GET('/api/starter-pack/{entry_id}', { params: { path: { entry_id: id } }, signal }),
    );
  }

  /** Entries already in the bank (same question text) come back as `skipped`. */
  import(body: PackImport) {
    return this.api.call(this.c.POST('/api/starter-pack/import', { body }));
  }
}
