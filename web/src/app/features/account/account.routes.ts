import type { Routes } from '@angular/router';

export const routes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'tokens' },
  {
    path: 'password',
    title: 'Change password · Interview Tracker',
    loadComponent: () => import('./password-page').then((m) => m.PasswordPage),
  },
  {
    path: 'tokens',
    title: 'API tokens · Interview Tracker',
    loadComponent: () => import('./tokens-page').then((m) => m.TokensPage),
  },
];
