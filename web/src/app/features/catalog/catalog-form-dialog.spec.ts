import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { FakeFetch, flush, json } from '../../../testing/fake-fetch';
import { testProviders } from '../../../testing/providers';
import { type CatalogKind, Catalogs } from './catalog-config';
import { CatalogFormDialog } from './catalog-form-dialog';

describe('CatalogFormDialog', () => {
  let fake: FakeFetch;
  let closed: unknown;

  async function open(row?: Record<string, unknown>, kind: CatalogKind = 'companies') {
    TestBed.configureTestingModule({
      imports: [CatalogFormDialog],
      providers: [
        ...testProviders(fake),
        { provide: MatDialogRef, useValue: { close: (value: unknown) => (closed = value) } },
        {
          provide: MAT_DIALOG_DATA,
          useFactory: () => ({ config: TestBed.inject(Catalogs).get(kind), row }),
        },
      ],
    });
    const fixture = TestBed.createComponent(CatalogFormDialog);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const type = (key: string, value: string) => {
      const input = el.querySelector<HTMLInputElement>(`[data-testid="field-${key}"]`)!;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    const save = async () => {
      el.querySelector<HTMLButtonElement>('[data-testid="save"]')!.click();
      await flush();
      await fixture.whenStable();
    };
    return { el, type, save };
  }

  beforeEach(() => {
    fake = new FakeFetch();
    closed = undefined;
  });

  it('requires a name and sends nothing without one', async () => {
    const { el, save } = await open();
    await save();
    expect(el.querySelector('mat-error')?.textContent).toContain('Required');
    expect(fake.requests).toHaveLength(0);
  });

  it('shows a duplicate-name error from the API under the name field', async () => {
    fake.on('POST', '/api/companies', () =>
      json(
        { detail: 'Company with this name already exists', code: 'conflict', request_id: 'r' },
        400,
      ),
    );
    const { el, type, save } = await open();
    type('company_name', 'TechCorp Inc');
    type('industry', 'Technology');
    await save();

    const nameField = el
      .querySelector('[data-testid="field-company_name"]')!
      .closest('mat-form-field')!;
    expect(nameField.querySelector('mat-error')?.textContent).toContain(
      'Company with this name already exists',
    );
    expect(closed).toBeUndefined();
    expect(fake.requests[0]?.body).toMatchObject({
      company_name: 'TechCorp Inc',
      industry: 'Technology',
      website: null,
    });
  });

  it('creates the company and closes with it', async () => {
    fake.on('POST', '/api/companies', (req) =>
      json({ company_id: 3, ...(req.body as object) }, 201),
    );
    const { type, save } = await open();
    type('company_name', '  Globex  ');
    await save();
    expect(fake.requests[0]?.body).toMatchObject({ company_name: 'Globex' });
    expect(closed).toMatchObject({ company_id: 3, company_name: 'Globex' });
  });

  it('sends only the changed fields when editing', async () => {
    fake.on('PUT', '/api/companies/5', (req) =>
      json({ company_id: 5, company_name: 'Acme', ...(req.body as object) }),
    );
    const { type, save } = await open({ company_id: 5, company_name: 'Acme', industry: 'Retail' });
    type('industry', 'Technology');
    await save();
    expect(fake.requests[0]).toMatchObject({ method: 'PUT', body: { industry: 'Technology' } });
  });

  it('sends a number field as a number, as the API requires', async () => {
    fake.on('POST', '/api/skills', (req) => json({ skill_id: 9, ...(req.body as object) }, 201));
    const { type, save } = await open(undefined, 'skills');
    type('skill_name', 'Rust');
    type('average_salary_impact_percentage', '12.5');
    await save();
    expect(fake.requests[0]?.body).toMatchObject({
      skill_name: 'Rust',
      average_salary_impact_percentage: 12.5,
    });
    expect(closed).toMatchObject({ skill_id: 9 });
  });

  it('clears a number field with null rather than 0', async () => {
    fake.on('PUT', '/api/skills/4', (req) =>
      json({ skill_id: 4, skill_name: 'Go', ...(req.body as object) }),
    );
    const { type, save } = await open(
      { skill_id: 4, skill_name: 'Go', average_salary_impact_percentage: 8 },
      'skills',
    );
    type('average_salary_impact_percentage', '');
    await save();
    expect(fake.requests[0]).toMatchObject({
      method: 'PUT',
      body: { average_salary_impact_percentage: null },
    });
  });

  it('sends a website typed without https:// with it, and refuses one that is no web address', async () => {
    fake.on('POST', '/api/companies', (req) =>
      json({ company_id: 3, ...(req.body as object) }, 201),
    );
    const { el, type, save } = await open();
    type('company_name', 'Globex');
    type('website', 'not a url');
    await save();
    const website = el.querySelector('[data-testid="field-website"]')!.closest('mat-form-field')!;
    expect(website.querySelector('mat-error')?.textContent).toContain('Must be a web address');
    expect(fake.requests).toHaveLength(0);

    type('website', 'globex.com');
    await save();
    expect(fake.requests[0]?.body).toMatchObject({ website: 'https://globex.com' });
  });
});
