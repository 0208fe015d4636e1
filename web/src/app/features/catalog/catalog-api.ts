import { Injectable, inject } from '@angular/core';
import { Api } from '../../core/api/api-client';
import type { CompanyCreate, RoleCreate, SkillCreate } from '../../core/api/api-types';

/** The list filters; companies take only `search`, roles add `category`, skills `is_trending`. */
export interface CatalogQuery {
  search?: string;
  category?: string;
  is_trending?: boolean;
  skip: number;
  limit: number;
}

/** The catalogs a picker or filter menu chooses from by name. */
export type LookupKind = 'company' | 'role';

export interface LookupOption {
  id: number;
  name: string;
}

/** The API caps a page at this many rows. */
const MAX_PAGE = 100;

/** The company, role and skill endpoints, and companies and roles as id/name pairs. */
@Injectable({ providedIn: 'root' })
export class CatalogApi {
  private readonly api = inject(Api);
  private readonly c = this.api.client;

  listCompanies(query: Omit<CatalogQuery, 'category' | 'is_trending'>, signal?: AbortSignal) {
    return this.api.call(this.c.GET('/api/companies', { params: { query }, signal }));
  }

  createCompany(body: CompanyCreate) {
    return this.api.call(this.c.POST('/api/companies', { body }));
  }

  updateCompany(id: number, body: Partial<CompanyCreate>) {
    return this.api.call(
      this.c.PUT('/api/companies/{company_id}', { params: { path: { company_id: id } }, body }),
    );
  }

  removeCompany(id: number) {
    return this.api.call(
      this.c.DELETE('/api/companies/{company_id}', { params: { path: { company_id: id } } }),
    );
  }

  listRoles(query: Omit<CatalogQuery, 'is_trending'>, signal?: AbortSignal) {
    return this.api.call(this.c.GET('/api/roles', { params: { query }, signal }));
  }

  createRole(body: RoleCreate) {
    return this.api.call(this.c.POST('/api/roles', { body }));
  }

  updateRole(id: number, body: Partial<RoleCreate>) {
    return this.api.call(
      this.c.PUT('/api/roles/{role_id}', { params: { path: { role_id: id } }, body }),
    );
  }

  removeRole(id: number) {
    return this.api.call(
      this.c.DELETE('/api/roles/{role_id}', { params: { path: { role_id: id } } }),
    );
  }

  listSkills(query: CatalogQuery, signal?: AbortSignal) {
    return this.api.call(this.c.GET('/api/skills', { params: { query }, signal }));
  }

  createSkill(body: SkillCreate) {
    return this.api.call(this.c.POST('/api/skills', { body }));
  }

  updateSkill(id: number, body: Partial<SkillCreate>) {
    return this.api.call(
      this.c.PUT('/api/skills/{skill_id}', { params: { path: { skill_id: id } }, body }),
    );
  }

  removeSkill(id: number) {
    return this.api.call(
      this.c.DELETE('/api/skills/{skill_id}', { params: { path: { skill_id: id } } }),
    );
  }

  /** The first 20 companies or roles whose name matches `term` (all of them for a blank term). */
  async lookup(kind: LookupKind, term: string, signal?: AbortSignal): Promise<LookupOption[]> {
    const search = term.trim();
    return this.lookupPage(kind, { skip: 0, limit: 20, ...(search ? { search } : {}) }, signal);
  }

  /** Every company or role, a page at a time, for filter menus. */
  async lookupAll(kind: LookupKind, signal?: AbortSignal): Promise<LookupOption[]> {
    const out: LookupOption[] = [];
    for (let skip = 0; ; skip += MAX_PAGE) {
      const page = await this.lookupPage(kind, { skip, limit: MAX_PAGE }, signal);
      out.push(...page);
      if (page.length < MAX_PAGE) return out;
    }
  }

  /** Creates a company or role from just its name (the picker's "Create …" option). */
  async createLookup(kind: LookupKind, name: string): Promise<LookupOption> {
    if (kind === 'company') {
      const c = await this.createCompany({ company_name: name.trim() });
      return { id: c.company_id, name: c.company_name };
    }
    const r = await this.createRole({ role_name: name.trim() });
    return { id: r.role_id, name: r.role_name };
  }

  private async lookupPage(
    kind: LookupKind,
    query: CatalogQuery,
    signal?: AbortSignal,
  ): Promise<LookupOption[]> {
    if (kind === 'company') {
      const rows = await this.listCompanies(query, signal);
      return rows.map((c) => ({ id: c.company_id, name: c.company_name }));
    }
    const rows = await this.listRoles(query, signal);
    return rows.map((r) => ({ id: r.role_id, name: r.role_name }));
  }
}
