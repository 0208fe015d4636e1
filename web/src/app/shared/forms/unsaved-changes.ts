import { inject } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import type { CanDeactivateFn } from '@angular/router';
import { confirmAction } from '../confirm-dialog/confirm-dialog';

/** A page whose form can hold edits that are not saved yet. */
export interface HasUnsavedChanges {
  hasUnsavedChanges(): boolean;
}

/**
 * Route guard (`canDeactivate`) that asks before leaving a page with unsaved edits. A reload or
 * a closed tab never reaches the router: the page also asks on `beforeunload`.
 */
export const confirmLeavingUnsaved: CanDeactivateFn<HasUnsavedChanges> = (page) =>
  !page.hasUnsavedChanges() ||
  confirmAction(inject(MatDialog), {
    title: 'Leave without saving?',
    message: 'Your changes on this page are not saved yet. Leaving drops them.',
    confirmLabel: 'Leave',
    cancelLabel: 'Keep editing',
    action: async () => {},
  });

/** For a page's `(window:beforeunload)`: the browser asks before dropping unsaved edits. */
export function warnBeforeUnload(page: HasUnsavedChanges, event: BeforeUnloadEvent): void {
  if (page.hasUnsavedChanges()) event.preventDefault();
}
