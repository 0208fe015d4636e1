import type { Routes } from '@angular/router';
import type { CatalogKind } from './catalog-config';

const page = (kind: CatalogKind, title: string) => ({
  path: kind,
  title: `${title} · Interview Tracker`,
  data: { kind },
  loadComponent: () => import('./catalog-page').then((m) => m.CatalogPage),
});

export const routes: Routes = [
  page('companies', 'Companies'),
  page('roles', 'Roles'),
  page('skills', 'Skills'),
];
