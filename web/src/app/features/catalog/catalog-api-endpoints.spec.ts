import { TestBed } from '@angular/core/testing';
import { FakeFetch, json } from '../../../testing/fake-fetch';
import { testProviders } from '../../../testing/providers';
import { CatalogApi } from './catalog-api';

describe('CatalogApi endpoints', () => {
  let fake: FakeFetch;
  let api: CatalogApi;

  beforeEach(() => {
    fake = new FakeFetch();
    fake.on('GET', /.*/, () => json([]));
    fake.on('POST', /.*/, (req) => json({ id: 1, ...(req.body as object) }, 201));
    fake.on('PUT', /.*/, (req) => json({ id: 1, ...(req.body as object) }));
    fake.on('DELETE', /.*/, () => new Response(null, { status: 204 }));
    TestBed.configureTestingModule({ providers: testProviders(fake) });
    api = TestBed.inject(CatalogApi);
  });

  it.each<[string, (api: CatalogApi) => Promise<unknown>, string, string, unknown]>([
    [
      'lists companies',
      (a) => a.listCompanies({ search: 'glob', skip: 0, limit: 10 }),
      'GET',
      '/api/companies?search=glob&skip=0&limit=10',
      undefined,
    ],
    [
      'creates a company',
      (a) => a.createCompany({ company_name: 'Globex' }),
      'POST',
      '/api/companies',
      { company_name: 'Globex' },
    ],
    [
      'updates a company',
      (a) => a.updateCompany(3, { industry: 'Retail' }),
      'PUT',
      '/api/companies/3',
      { industry: 'Retail' },
    ],
    ['deletes a company', (a) => a.removeCompany(3), 'DELETE', '/api/companies/3', undefined],
    [
      'lists roles',
      (a) => a.listRoles({ category: 'Engineering', skip: 20, limit: 20 }),
      'GET',
      '/api/roles?category=Engineering&skip=20&limit=20',
      undefined,
    ],
    [
      'creates a role',
      (a) => a.createRole({ role_name: 'Staff Engineer' }),
      'POST',
      '/api/roles',
      { role_name: 'Staff Engineer' },
    ],
    [
      'updates a role',
      (a) => a.updateRole(5, { role_category: 'Data' }),
      'PUT',
      '/api/roles/5',
      { role_category: 'Data' },
    ],
    ['deletes a role', (a) => a.removeRole(5), 'DELETE', '/api/roles/5', undefined],
    [
      'lists skills',
      (a) => a.listSkills({ is_trending: true, skip: 0, limit: 50 }),
      'GET',
      '/api/skills?is_trending=true&skip=0&limit=50',
      undefined,
    ],
    [
      'creates a skill',
      (a) => a.createSkill({ skill_name: 'Go' }),
      'POST',
      '/api/skills',
      { skill_name: 'Go' },
    ],
    ['deletes a skill', (a) => a.removeSkill(4), 'DELETE', '/api/skills/4', undefined],
  ])('%s at its endpoint', async (_what, call, method, path, body) => {
    await call(api);
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]).toMatchObject({ method, path });
    expect(fake.requests[0]?.body).toEqual(body);
  });

  it('passes the abort signal of a list on, so leaving a page cancels its request', async () => {
    const controller = new AbortController();
    await api.listSkills({ skip: 0, limit: 50 }, controller.signal);
    await api.listRoles({ skip: 0, limit: 50 }, controller.signal);
    await api.listCompanies({ skip: 0, limit: 50 }, controller.signal);
    controller.abort();
    expect(fake.requests.map((r) => r.signal?.aborted)).toEqual([true, true, true]);
  });

  it('reads every role for a filter menu and stops after a full last page', async () => {
    const roles = Array.from({ length: 200 }, (_, i) => ({
      role_id: i + 1,
      role_name: `Role ${i + 1}`,
    }));
    fake.on('GET', '/api/roles', (req) => {
      const query = new URL(req.path, 'http://test').searchParams;
      const skip = Number(query.get('skip'));
      return json(roles.slice(skip, skip + Number(query.get('limit'))));
    });
    const options = await api.lookupAll('role');
    expect(options).toHaveLength(200);
    expect(options[0]).toEqual({ id: 1, name: 'Role 1' });
    // Exactly two full pages: one more request finds the empty third page and ends.
    expect(fake.requests.map((r) => r.path)).toEqual([
      '/api/roles?skip=0&limit=100',
      '/api/roles?skip=100&limit=100',
      '/api/roles?skip=200&limit=100',
    ]);
  });

  it('creates a company from its trimmed name and gives it back as an option', async () => {
    fake.on('POST', '/api/companies', (req) =>
      json({ company_id: 21, ...(req.body as object) }, 201),
    );
    expect(await api.createLookup('company', '  Initech ')).toEqual({ id: 21, name: 'Initech' });
    expect(fake.requests[0]?.body).toEqual({ company_name: 'Initech' });
  });
});
