import type { Routes } from '@angular/router';
import { confirmLeavingUnsaved } from '../../shared/forms/unsaved-changes';

export const routes: Routes = [
  {
    path: '',
    title: 'Question bank · Interview Tracker',
    loadComponent: () => import('./questions-page').then((m) => m.QuestionsPage),
  },
  {
    path: 'new',
    title: 'New question · Interview Tracker',
    loadComponent: () => import('./question-form-page').then((m) => m.QuestionFormPage),
    canDeactivate: [confirmLeavingUnsaved],
  },
  {
    path: 'starter-pack',
    title: 'Starter pack · Interview Tracker',
    loadComponent: () => import('./starter-pack-page').then((m) => m.StarterPackPage),
  },
  {
    path: ':id',
    title: 'Question · Interview Tracker',
    loadComponent: () => import('./question-detail-page').then((m) => m.QuestionDetailPage),
  },
  {
    path: ':id/edit',
    title: 'Edit question · Interview Tracker',
    loadComponent: () => import('./question-form-page').then((m) => m.QuestionFormPage),
    canDeactivate: [confirmLeavingUnsaved],
  },
];
