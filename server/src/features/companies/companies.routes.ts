import { companies, interviews } from '../../db/schema.js';
import { catalogRoutes } from '../catalog/catalog.routes.js';
import { createCatalogService, whileInterviewsReference } from '../catalog/catalog.service.js';
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
      blockDelete: whileInterviewsReference('Company', interviews.company_id),
    }),
});
