import { Injectable, inject } from '@angular/core';
import { Api } from '../api/api-client';

export type LookupKind = 'company' | 'role';

export interface LookupOption {
  id: number;
  name: string;
}

/** Companies and roles as id/name pairs, for pickers and filters. */
@Injectable({ providedIn: 'root' })
export class Lookups {
  private readonly api = inject(Api);

  async search(kind: LookupKind, term: string, signal?: AbortSignal): Promise<LookupOption[]> {
    const query = { skip: 0, limit: 20, ...(term.trim() ? { search: term.trim() } : {}) };
    if (kind === 'company') {
      const rows = await this.api.call(
        this.api.client.GET('/api/companies', { params: { query }, signal }),
      );
      return rows.map((c) => ({ id: c.company_id, name: c.company_name }));
    }
    const rows = await this.api.call(
      this.api.client.GET('/api/roles', { params: { query }, signal }),
    );
    return rows.map((r) => ({ id: r.role_id, name: r.role_name }));
  }

  /** Every company or role (the API caps a page at 100), for filter menus. */
  async all(kind: LookupKind, signal?: AbortSignal): Promise<LookupOption[]> {
    const out: LookupOption[] = [];
    for (let skip = 0; ; skip += 100) {
      const query = { skip, limit: 100 };
      const page =
        kind === 'company'
          ? (
              await this.api.call(
                this.api.client.GET('/api/companies', { params: { query }, signal }),
              )
            ).map((c) => ({ id: c.company_id, name: c.company_name }))
          : (
              await this.api.call(this.api.client.GET('/api/roles', { params: { query }, signal }))
            ).map((r) => ({ id: r.role_id, name: r.role_name }));
      out.push(...page);
      if (page.length < 100) return out;
    }
  }

  async create(kind: LookupKind, name: string): Promise<LookupOption> {
    if (kind === 'company') {
      const c = await this.api.call(
        this.api.client.POST('/api/companies', { body: { company_name: name.trim() } }),
      );
      return { id: c.company_id, name: c.company_name };
    }
    const r = await this.api.call(
      this.api.client.POST('/api/roles', { body: { role_name: name.trim() } }),
    );
    return { id: r.role_id, name: r.role_name };
  }
}
