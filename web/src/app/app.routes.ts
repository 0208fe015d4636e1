import type { Routes } from '@angular/router';
import {
  requireAccounts,
  requireLoggedOut,
  requireOwner,
  requireSetup,
  requireUser,
} from './core/auth/auth-guards';

export const routes: Routes = [
  {
    path: 'login',
    title: 'Log in · Interview Tracker',
    canActivate: [requireLoggedOut],
    loadComponent: () => import('./features/auth/login-page').then((m) => m.LoginPage),
  },
  {
    path: 'setup',
    title: 'Create the owner account · Interview Tracker',
    canActivate: [requireSetup],
    loadComponent: () => import('./features/auth/setup-page').then((m) => m.SetupPage),
  },
  {
    // Everything else needs a logged-in user when the server has accounts.
    path: '',
    canActivateChild: [requireUser],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'dashboard' },
      {
        path: 'dashboard',
        title: 'Dashboard · Interview Tracker',
        loadComponent: () =>
          import('./features/dashboard/dashboard-page').then((m) => m.DashboardPage),
      },
      {
        path: 'interviews',
        loadChildren: () => import('./features/interviews/interviews.routes').then((m) => m.routes),
      },
      {
        path: 'questions',
        loadChildren: () => import('./features/questions/questions.routes').then((m) => m.routes),
      },
      {
        path: '',
        loadChildren: () => import('./features/catalog/catalog.routes').then((m) => m.routes),
      },
      {
        path: 'room',
        title: 'Interview room · Interview Tracker',
        loadComponent: () => import('./features/room/room-page').then((m) => m.RoomPage),
      },
      {
        path: 'settings',
        title: 'Settings · Interview Tracker',
        loadComponent: () =>
          import('./features/settings/settings-page').then((m) => m.SettingsPage),
      },
      {
        path: 'practice',
        title: 'Practice · Interview Tracker',
        loadComponent: () =>
          import('./features/practice/practice-page').then((m) => m.PracticePage),
      },
      {
        path: 'account',
        canActivate: [requireAccounts],
        loadChildren: () => import('./features/account/account.routes').then((m) => m.routes),
      },
      {
        path: 'users',
        title: 'Users · Interview Tracker',
        canActivate: [requireOwner],
        loadComponent: () => import('./features/users/users-page').then((m) => m.UsersPage),
      },
      {
        path: '**',
        title: 'Not found · Interview Tracker',
        loadComponent: () => import('./core/layout/not-found').then((m) => m.NotFound),
      },
    ],
  },
];
