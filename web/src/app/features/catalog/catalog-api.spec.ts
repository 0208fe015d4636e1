import { TestBed } from '@angular/core/testing';
import { FakeFetch, json } from '../../../testing/fake-fetch';
import { testProviders } from '../../../testing/providers';
import { ApiError } from '../../core/api/api-error';
import { CatalogApi } from './catalog-api';

const company = (id: number, name = `Company ${id}`) => ({ company_id: id, company_name: name });

describe('CatalogApi', () => {
  let fake: FakeFetch;
  let api: CatalogApi;

  beforeEach(() => {
    fake = new FakeFetch();
    TestBed.configureTestingModule({ providers: testProviders(fake) });
    api = TestBed.inject(CatalogApi);
  });

  describe('lookup', () => {
    it('searches companies by the trimmed term and gives id/name pairs', async () => {
      fake.on('GET', '/api/companies', () => json([company(3, 'Globex'), company(8, 'Globe Inc')]));
      const options = await api.lookup('company', '  glob ');
      expect(options).toEqual([
        { id: 3, name: 'Globex' },
        { id: 8, name: 'Globe Inc' },
      ]);
      expect(fake.requests[0]?.path).toBe('/api/companies?skip=0&limit=20&search=glob');
    });

    it('lists the first roles without a search when the term is blank', async () => {
      fake.on('GET', '/api/roles', () => json([{ role_id: 2, role_name: 'Staff Engineer' }]));
      expect(await api.lookup('role', '   ')).toEqual([{ id: 2, name: 'Staff Engineer' }]);
      expect(fake.requests[0]?.path).toBe('/api/roles?skip=0&limit=20');
    });
  });

  it('reads every company for a filter menu, a page of 100 at a time', async () => {
    const all = Array.from({ length: 130 }, (_, i) => company(i + 1));
    fake.on('GET', '/api/companies', (req) => {
      const query = new URL(req.path, 'http://test').searchParams;
      const skip = Number(query.get('skip'));
      return json(all.slice(skip, skip + Number(query.get('limit'))));
    });
    const options = await api.lookupAll('company');
    expect(options).toHaveLength(130);
    expect(options.at(-1)).toEqual({ id: 130, name: 'Company 130' });
    expect(fake.requests.map((r) => r.path)).toEqual([
      '/api/companies?skip=0&limit=100',
      '/api/companies?skip=100&limit=100',
    ]);
  });

  it('creates a role from its trimmed name', async () => {
    fake.on('POST', '/api/roles', (req) => json({ role_id: 12, ...(req.body as object) }, 201));
    expect(await api.createLookup('role', '  Data Engineer ')).toEqual({
      id: 12,
      name: 'Data Engineer',
    });
    expect(fake.requests[0]?.body).toEqual({ role_name: 'Data Engineer' });
  });

  it("rejects with the server's reason when a name is taken", async () => {
    fake.on('POST', '/api/companies', () =>
      json({ detail: 'Company with this name already exists', code: 'conflict' }, 409),
    );
    const failure = await api.createLookup('company', 'Globex').catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({
      status: 409,
      detail: 'Company with this name already exists',
      code: 'conflict',
    });
  });

  it('updates a skill at its own path with only the given fields', async () => {
    fake.on('PUT', '/api/skills/4', (req) =>
      json({ skill_id: 4, skill_name: 'Go', ...(req.body as object) }),
    );
    const saved = await api.updateSkill(4, { is_trending: true });
    expect(saved).toMatchObject({ skill_id: 4, is_trending: true });
    expect(fake.requests[0]).toMatchObject({ method: 'PUT', body: { is_trending: true } });
  });
});
