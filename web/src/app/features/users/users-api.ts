import { Injectable, inject } from '@angular/core';
import { Api } from '../../core/api/api-client';
import type { UserCreate, UserUpdate } from '../../core/api/api-types';

/** The owner's list of accounts: create one, disable or enable it. */
@Injectable({ providedIn: 'root' })
export class UsersApi {
  private readonly api = inject(Api);
  private readonly c = this.api.client;

  list(signal?: AbortSignal) {
    return this.api.call(this.c.GET('/api/users', { signal }));
  }

  create(body: UserCreate) {
    return this.api.call(this.c.POST('/api/users', { body }));
  }

  update(id: number, body: UserUpdate) {
    return this.api.call(
      this.c.PUT('/api/users/{user_id}', { params: { path: { user_id: id } }, body }),
    );
  }
}
