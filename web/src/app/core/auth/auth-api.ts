import { Injectable, inject } from '@angular/core';
import { Api } from '../api/api-client';
import type { Credentials, OwnerSetup } from '../api/api-types';

/** The endpoints that open and close a session; the account and users screens have their own. */
@Injectable({ providedIn: 'root' })
export class AuthApi {
  private readonly api = inject(Api);
  private readonly c = this.api.client;

  status() {
    return this.api.call(this.c.GET('/api/auth/status'));
  }

  login(body: Credentials) {
    return this.api.call(this.c.POST('/api/auth/login', { body }));
  }

  setup(body: OwnerSetup) {
    return this.api.call(this.c.POST('/api/auth/setup', { body }));
  }

  logout() {
    return this.api.call(this.c.POST('/api/auth/logout'));
  }
}
