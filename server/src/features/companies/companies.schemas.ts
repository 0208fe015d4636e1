import { Nullable, Text } from '../../http/schema-helpers.js';
import { catalogSchemas } from '../catalog/catalog.schemas.js';

export const CompanySchemas = catalogSchemas({
  entity: 'Company',
  idKey: 'company_id',
  nameKey: 'company_name',
  nameExample: 'TechCorp Inc',
  searchAlso: 'industry',
  fields: {
    industry: Nullable(Text(100, { examples: ['Technology'] })),
    company_size: Nullable(Text(50, { examples: ['1000-5000'] })),
    headquarters: Nullable(Text(200, { examples: ['San Francisco, CA'] })),
    website: Nullable(Text(500, { examples: ['https://techcorp.com'] })),
    company_description: Nullable(Text()),
  },
});

/** Embedded in an interview's detail. */
export const Company = CompanySchemas.Entry;
