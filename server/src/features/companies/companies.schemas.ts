import Type from 'typebox';
import {
  Id,
  Limit,
  Name,
  Nullable,
  optional,
  Pagination,
  Text,
  Timestamp,
  UpdateOf,
} from '../../http/schema-helpers.js';

const fields = {
  industry: Nullable(Text(100, { examples: ['Technology'] })),
  company_size: Nullable(Text(50, { examples: ['1000-5000'] })),
  headquarters: Nullable(Text(200, { examples: ['San Francisco, CA'] })),
  website: Nullable(Text(500, { examples: ['https://techcorp.com'] })),
  company_description: Nullable(Text()),
};

export const CompanyCreate = Type.Object(
  {
    company_name: Name(200, {
      description: 'Unique, case-insensitively',
      examples: ['TechCorp Inc'],
    }),
    ...optional(fields),
  },
  { additionalProperties: false, title: 'CompanyCreate' },
);

export const CompanyUpdate = UpdateOf(CompanyCreate, 'CompanyUpdate');

export const Company = Type.Object(
  {
    company_id: Id('Company id'),
    company_name: Type.String(),
    ...fields,
    created_at: Timestamp(),
    updated_at: Timestamp(),
  },
  { title: 'Company' },
);

export const CompanyListQuery = Type.Object({
  ...Pagination,
  limit: Limit(50),
  search: Type.Optional(
    Type.String({ maxLength: 200, description: 'Case-insensitive match on name or industry' }),
  ),
});
