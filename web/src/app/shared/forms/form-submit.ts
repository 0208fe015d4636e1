import { type ElementRef, type Signal, signal } from '@angular/core';
import type { FormGroup } from '@angular/forms';
import { toApiError } from '../../core/api/api-error';
import { revealFirstInvalid, showApiErrorOnField } from './form-utils';

/** Said by the button whenever a field holds the reason: that field may be scrolled away. */
export const CHECK_FIELDS = 'Check the highlighted fields.';

export interface FormSubmitOptions {
  /** The field a `conflict` error (a duplicate name) belongs under; conflicts name no field. */
  conflictField?: string;
  /**
   * The component holding the form (`inject(ElementRef)`): when a submit finds invalid fields,
   * the first one is scrolled into view and focused, as a long page may have it out of sight.
   */
  host?: ElementRef<HTMLElement>;
}

export interface FormSubmit {
  /** True while a save runs: bind the submit button's `[disabled]` and spinner to it. */
  readonly saving: Signal<boolean>;
  /** The message beside the submit button, or null. */
  readonly error: Signal<string | null>;
  /**
   * Saves the way every form here does: nothing is sent while a field is invalid; one save at a
   * time (a second submit while one runs is ignored); an API error goes under the field it
   * names, else its `detail` goes by the button. After a save the form is pristine again, so
   * `changedValues()` sees only later edits. `save` sends the request and then closes the
   * dialog or navigates; it throws to report a failure.
   */
  run(save: () => Promise<unknown>): Promise<void>;
}

/**
 * The submit state of a form. `forms` may be a function giving the groups in play at submit
 * time, for a dialog whose second group only counts in one mode. Field names must not repeat
 * across those groups: an API error goes to the first group with a control of that name.
 */
export function formSubmit(
  forms: FormGroup | (() => readonly FormGroup[]),
  options: FormSubmitOptions = {},
): FormSubmit {
  const saving = signal(false);
  const error = signal<string | null>(null);
  const groups = () => (typeof forms === 'function' ? forms() : [forms]);

  return {
    saving: saving.asReadonly(),
    error: error.asReadonly(),
    async run(save) {
      if (saving()) return;
      error.set(null);
      const invalid = groups().filter((group) => group.invalid);
      if (invalid.length) {
        for (const group of invalid) group.markAllAsTouched();
        error.set(CHECK_FIELDS);
        if (options.host) revealFirstInvalid(options.host.nativeElement);
        return;
      }
      saving.set(true);
      try {
        await save();
        for (const group of groups()) group.markAsPristine();
      } catch (cause) {
        const failure = toApiError(cause);
        const onField = groups().some((group) =>
          showApiErrorOnField(group, failure, options.conflictField),
        );
        error.set(onField ? CHECK_FIELDS : failure.detail);
        if (onField && options.host) revealFirstInvalid(options.host.nativeElement);
      } finally {
        saving.set(false);
      }
    },
  };
}
