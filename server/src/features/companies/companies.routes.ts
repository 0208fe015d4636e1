import { count, eq } from 'drizzle-orm';
import { companies, interviews } from '../../db/schema.js';
import { catalogRoutes } from '../catalog/catalog.routes.js';
import { createCatalogService } from '../catalog/catalog.service.js';
import { CompanySchemas } from './companies.schemas.js';

export const companiesRoutes = catalogRoutes({
  path: '/api/companies',
  tag: 'companies',
  noun: ['company', 'companies'],
  idParam: 'company_id',
  schemas: CompanySchemas,
  examples: {
    create: {
      company_name: 'TechCorp Inc',
      industry: 'Technology',
      company_size: '1000-5000',
      headquarters: 'San Francisco, CA',
      website: 'https://techcorp.com',
      company_description: 'Leading technology company',
    },
  },
  service: (db) =>
    createCatalogService(db, {
      table: companies,
      label: 'Company',
      id: companies.company_id,
      name: companies.company_name,
      searchAlso: companies.industry,
      async blockDelete(db, companyId) {
        const [row] = await db
          .select({ n: count() })
          .from(interviews)
          .where(eq(interviews.company_id, companyId));
        const n = row?.n ?? 0;
        return n > 0
          ? `Company ${companyId} is still referenced by ${n} interview(s); reassign or remove them first`
          : undefined;
      },
    }),
});
