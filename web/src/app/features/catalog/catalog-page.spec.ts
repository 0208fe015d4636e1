import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { FakeFetch, flush, json } from '../../../testing/fake-fetch';
import { testProviders } from '../../../testing/providers';
import type { CatalogKind } from './catalog-config';
import { CatalogPage } from './catalog-page';

@Component({ template: '' })
class Blank {}

const COMPANY = {
  company_id: 3,
  company_name: 'Acme',
  industry: null,
  company_size: null,
  headquarters: null,
  website: null,
  company_description: null,
  created_at: '2024-12-01T10:00:00Z',
  updated_at: '2024-12-01T10:00:00Z',
};
const ROLE = {
  role_id: 5,
  role_name: 'Staff Engineer',
  role_category: null,
  typical_skills: null,
  role_description: null,
  created_at: '2024-12-01T10:00:00Z',
  updated_at: '2024-12-01T10:00:00Z',
};
const IN_USE =
  'Company "Acme" is still used by 2 interviews: #3 (Staff Engineer) and #7; reassign or delete them first';

describe('CatalogPage: deleting a company or role that interviews use', () => {
  let fake: FakeFetch;

  async function open(kind: CatalogKind) {
    TestBed.configureTestingModule({
      imports: [CatalogPage],
      providers: [...testProviders(fake), provideRouter([{ path: '**', component: Blank }])],
    });
    const router = TestBed.inject(Router);
    await router.navigateByUrl(`/${kind}`);
    const fixture = TestBed.createComponent(CatalogPage);
    fixture.componentRef.setInput('kind', kind);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const settle = async () => {
      await flush();
      await fixture.whenStable();
    };
    const dialog = () => document.querySelector<HTMLElement>('app-confirm-dialog');
    const remove = async (name: string) => {
      el.querySelector<HTMLButtonElement>(`button[aria-label="Delete ${name}"]`)!.click();
      await settle();
      Array.from(dialog()!.querySelectorAll('button'))
        .find((b) => b.textContent?.trim() === 'Delete')!
        .click();
      await settle();
    };
    return { router, settle, dialog, remove };
  }

  beforeEach(() => {
    fake = new FakeFetch();
    fake.on('GET', '/api/companies', () => json([COMPANY]));
    fake.on('GET', '/api/roles', () => json([ROLE]));
  });

  afterEach(() => {
    document.querySelector('.cdk-overlay-container')?.remove();
  });

  it('shows why a company cannot go, with a link to the interviews that use it', async () => {
    fake.on('DELETE', '/api/companies/3', () => json({ detail: IN_USE, code: 'conflict' }, 400));
    const { router, settle, dialog, remove } = await open('companies');

    await remove('Acme');
    expect(dialog()?.querySelector('[data-testid="confirm-error"]')?.textContent).toBe(IN_USE);
    const link = dialog()?.querySelector<HTMLAnchorElement>('[data-testid="confirm-error-link"]');
    expect(link?.textContent?.trim()).toBe('Show these interviews');
    expect(link?.getAttribute('href')).toBe('/interviews?company=3');

    link!.click();
    await settle();
    expect(router.url).toBe('/interviews?company=3');
    // The dialog closes when the user follows the link.
    for (let i = 0; i < 50 && dialog(); i++) await settle();
    expect(dialog()).toBeNull();
  });

  it('links a role in use to the interviews filtered by that role', async () => {
    const detail =
      'Role "Staff Engineer" is still used by 1 interview: #3; reassign or delete them first';
    fake.on('DELETE', '/api/roles/5', () => json({ detail, code: 'conflict' }, 400));
    const { dialog, remove } = await open('roles');

    await remove('Staff Engineer');
    expect(dialog()?.querySelector('[data-testid="confirm-error"]')?.textContent).toBe(detail);
    expect(
      dialog()?.querySelector('[data-testid="confirm-error-link"]')?.getAttribute('href'),
    ).toBe('/interviews?role=5');
  });

  it('offers no link for a failure that is not about interviews', async () => {
    fake.on('DELETE', '/api/companies/3', () =>
      json({ detail: 'Company 3 not found', code: 'not_found' }, 404),
    );
    const { dialog, remove } = await open('companies');

    await remove('Acme');
    expect(dialog()?.querySelector('[data-testid="confirm-error"]')?.textContent).toBe(
      'Company 3 not found',
    );
    expect(dialog()?.querySelector('[data-testid="confirm-error-link"]')).toBeNull();
  });
});
