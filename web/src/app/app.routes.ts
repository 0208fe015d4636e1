import type { Routes } from '@angular/router';

export const routes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'dashboard' },
  {
    path: 'dashboard',
    title: 'Dashboard · Interview Tracker',
    loadComponent: () => import('./features/dashboard/dashboard-page').then((m) => m.DashboardPage),
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
    path: '**',
    title: 'Not found · Interview Tracker',
    loadComponent: () => import('./core/layout/not-found').then((m) => m.NotFound),
  },
];
