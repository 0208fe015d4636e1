import { Injectable, inject } from '@angular/core';
import { Api } from '../../core/api/api-client';
import type { PasswordChange, TokenCreate } from '../../core/api/api-types';

/** The logged-in user's own password and personal API tokens. */
@Injectable({ providedIn: 'root' })
export class AccountApi {
  private readonly api = inject(Api);
  private readonly c = this.api.client;

  changePassword(body: PasswordChange) {
    return this.api.call(this.c.PUT('/api/auth/password', { body }));
  }

  listTokens(signal?: AbortSignal) {
    return this.api.call(this.c.GET('/api/auth/tokens', { signal }));
  }

  createToken(body: TokenCreate) {
    return this.api.call(this.c.POST('/api/auth/tokens', { body }));
  }

  revokeToken(id: number) {
    return this.api.call(
      this.c.DELETE('/api/auth/tokens/{token_id}', { params: { path: { token_id: id } } }),
    );
  }
}
