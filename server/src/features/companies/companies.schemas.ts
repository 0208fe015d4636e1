import type { Static } from 'typebox';
import { catalogSchemas, withExamples } from '../../http/catalog-schemas.js';
import { Note, Nullable, Text, WebAddress } from '../../http/schema-helpers.js';

const schemas = catalogSchemas({
  entity: 'Company',
  idKey: 'company_id',
  nameKey: 'company_name',
  nameExample: 'TechCorp Inc',
  searchAlso: 'industry',
  fields: {
    industry: Nullable(Text(100, { examples: ['Technology'] })),
    company_size: Nullable(Text(50, { examples: ['1000-5000'] })),
    headquarters: Nullable(Text(200, { examples: ['San Francisco, CA'] })),
    website: Nullable(WebAddress({ examples: ['https://techcorp.com'] })),
    company_description: Nullable(Note()),
  },
  filters: {},
});

/** Also embedded in an interview's detail. */
export const Company = schemas.Entry;
export const CompanyCreate = withExamples(schemas.Create, {
  company_name: 'TechCorp Inc',
  industry: 'Technology',
  company_size: '1000-5000',
  headquarters: 'San Francisco, CA',
  website: 'https://techcorp.com',
  company_description: 'Leading technology company',
});
export const CompanyUpdate = schemas.Update;
export const CompanyListQuery = schemas.ListQuery;
export const CompanyParams = schemas.Params;

export type CompanyCreateBody = Static<typeof CompanyCreate>;
export type CompanyUpdateBody = Static<typeof CompanyUpdate>;
export type CompanyListParams = Static<typeof CompanyListQuery>;
