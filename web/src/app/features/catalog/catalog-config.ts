import { Injectable, inject } from '@angular/core';
import type {
  Company,
  CompanyCreate,
  Role,
  RoleCreate,
  Skill,
  SkillCreate,
} from '../../core/api/api-types';
import { CatalogApi, type CatalogQuery } from './catalog-api';

export type FieldKind = 'text' | 'textarea' | 'url' | 'number' | 'chips' | 'toggle';

export interface CatalogField<K extends string = string> {
  key: K;
  label: string;
  kind: FieldKind;
  required?: boolean;
  maxLength?: number;
  min?: number;
  max?: number;
  wide?: boolean;
  hint?: string;
}

export interface CatalogColumn<K extends string = string> {
  key: K;
  label: string;
  kind?: 'text' | 'chips' | 'bool' | 'link';
  /** Hidden on narrow screens so the table stays readable on a phone. */
  wideOnly?: boolean;
}

export type Row = Record<string, unknown>;

/** What the generic catalog page needs to know about companies, roles or skills. */
export interface CatalogConfig {
  kind: CatalogKind;
  title: string;
  singular: string;
  icon: string;
  idKey: string;
  nameKey: string;
  searchHint: string;
  /** Extra filters the list endpoint offers. */
  filters: { category?: boolean; trending?: boolean };
  /**
   * The interview list's URL parameter that filters by this catalog, for interviews that keep a
   * row from being deleted; none for catalogs interviews do not reference.
   */
  interviewFilter?: 'company' | 'role';
  columns: CatalogColumn[];
  fields: CatalogField[];
  list(query: CatalogQuery, signal: AbortSignal): Promise<Row[]>;
  create(body: Row): Promise<Row>;
  update(id: number, body: Row): Promise<Row>;
  remove(id: number): Promise<unknown>;
}

export type CatalogKind = 'companies' | 'roles' | 'skills';

export const PAGE_SIZE = 50;

/** Form fields whose keys the API's create body must have. */
const fieldsOf = <Body>(fields: CatalogField<keyof Body & string>[]): CatalogField[] => fields;
/** Columns whose keys the API's rows must have. */
const columnsOf = <T>(columns: CatalogColumn<keyof T & string>[]): CatalogColumn[] => columns;

/** The three catalogs, each bound to its typed endpoints. */
@Injectable({ providedIn: 'root' })
export class Catalogs {
  private readonly api = inject(CatalogApi);

  get(kind: CatalogKind): CatalogConfig {
    return this.configs[kind];
  }

  private readonly configs: Record<CatalogKind, CatalogConfig> = {
    companies: {
      kind: 'companies',
      title: 'Companies',
      singular: 'company',
      icon: 'business',
      idKey: 'company_id',
      nameKey: 'company_name',
      searchHint: 'Name or industry',
      filters: {},
      interviewFilter: 'company',
      columns: columnsOf<Company>([
        { key: 'company_name', label: 'Name' },
        { key: 'industry', label: 'Industry' },
        { key: 'company_size', label: 'Size', wideOnly: true },
        { key: 'headquarters', label: 'Headquarters', wideOnly: true },
        { key: 'website', label: 'Website', kind: 'link', wideOnly: true },
      ]),
      fields: fieldsOf<CompanyCreate>([
        { key: 'company_name', label: 'Name', kind: 'text', required: true, maxLength: 200 },
        { key: 'industry', label: 'Industry', kind: 'text', maxLength: 100 },
        { key: 'company_size', label: 'Size', kind: 'text', maxLength: 50, hint: 'e.g. 1000-5000' },
        { key: 'headquarters', label: 'Headquarters', kind: 'text', maxLength: 200 },
        { key: 'website', label: 'Website', kind: 'url', maxLength: 500, wide: true },
        { key: 'company_description', label: 'Description', kind: 'textarea', wide: true },
      ]),
      // The form's fields are the create body's keys (fieldsOf), so its value has that shape.
      list: (q, signal) => this.api.listCompanies(q, signal),
      create: (body) => this.api.createCompany(body as CompanyCreate),
      update: (id, body) => this.api.updateCompany(id, body as Partial<CompanyCreate>),
      remove: (id) => this.api.removeCompany(id),
    },
    roles: {
      kind: 'roles',
      title: 'Roles',
      singular: 'role',
      icon: 'badge',
      idKey: 'role_id',
      nameKey: 'role_name',
      searchHint: 'Name or description',
      filters: { category: true },
      interviewFilter: 'role',
      columns: columnsOf<Role>([
        { key: 'role_name', label: 'Name' },
        { key: 'role_category', label: 'Category' },
        { key: 'typical_skills', label: 'Typical skills', kind: 'chips', wideOnly: true },
      ]),
      fields: fieldsOf<RoleCreate>([
        { key: 'role_name', label: 'Name', kind: 'text', required: true, maxLength: 200 },
        {
          key: 'role_category',
          label: 'Category',
          kind: 'text',
          maxLength: 100,
          hint: 'e.g. Engineering',
        },
        { key: 'typical_skills', label: 'Typical skills', kind: 'chips', wide: true },
        { key: 'role_description', label: 'Description', kind: 'textarea', wide: true },
      ]),
      list: (q, signal) => this.api.listRoles(q, signal),
      create: (body) => this.api.createRole(body as RoleCreate),
      update: (id, body) => this.api.updateRole(id, body as Partial<RoleCreate>),
      remove: (id) => this.api.removeRole(id),
    },
    skills: {
      kind: 'skills',
      title: 'Skills',
      singular: 'skill',
      icon: 'psychology',
      idKey: 'skill_id',
      nameKey: 'skill_name',
      searchHint: 'Name or description',
      filters: { category: true, trending: true },
      columns: columnsOf<Skill>([
        { key: 'skill_name', label: 'Name' },
        { key: 'skill_category', label: 'Category' },
        { key: 'skill_type', label: 'Type', wideOnly: true },
        { key: 'market_demand', label: 'Demand', wideOnly: true },
        { key: 'is_trending', label: 'Trending', kind: 'bool' },
      ]),
      fields: fieldsOf<SkillCreate>([
        { key: 'skill_name', label: 'Name', kind: 'text', required: true, maxLength: 200 },
        {
          key: 'skill_category',
          label: 'Category',
          kind: 'text',
          maxLength: 100,
          hint: 'e.g. Programming Language',
        },
        { key: 'skill_type', label: 'Type', kind: 'text', maxLength: 100, hint: 'e.g. Technical' },
        {
          key: 'market_demand',
          label: 'Market demand',
          kind: 'text',
          maxLength: 20,
          hint: 'e.g. high',
        },
        {
          key: 'average_salary_impact_percentage',
          label: 'Salary impact (%)',
          kind: 'number',
          min: -999.99,
          max: 999.99,
        },
        { key: 'is_trending', label: 'Trending', kind: 'toggle' },
        { key: 'proficiency_levels', label: 'Proficiency levels', kind: 'chips', wide: true },
        { key: 'learning_resources', label: 'Learning resources', kind: 'chips', wide: true },
        {
          key: 'official_documentation_url',
          label: 'Documentation URL',
          kind: 'url',
          maxLength: 500,
          wide: true,
        },
        { key: 'skill_description', label: 'Description', kind: 'textarea', wide: true },
      ]),
      list: (q, signal) => this.api.listSkills(q, signal),
      create: (body) => this.api.createSkill(body as SkillCreate),
      update: (id, body) => this.api.updateSkill(id, body as Partial<SkillCreate>),
      remove: (id) => this.api.removeSkill(id),
    },
  };
}
