import type { Routes } from '@angular/router';
import { confirmLeavingUnsaved } from '../../shared/forms/unsaved-changes';

export const routes: Routes = [
  {
    path: '',
    title: 'Interviews · Interview Tracker',
    loadComponent: () => import('./interviews-page').then((m) => m.InterviewsPage),
  },
  {
    path: 'new',
    title: 'New interview · Interview Tracker',
    loadComponent: () => import('./interview-form-page').then((m) => m.InterviewFormPage),
    canDeactivate: [confirmLeavingUnsaved],
  },
  {
    path: ':id',
    title: 'Interview · Interview Tracker',
    loadComponent: () => import('./interview-detail-page').then((m) => m.InterviewDetailPage),
  },
  {
    path: ':id/edit',
    title: 'Edit interview · Interview Tracker',
    loadComponent: () => import('./interview-form-page').then((m) => m.InterviewFormPage),
    canDeactivate: [confirmLeavingUnsaved],
  },
];
