import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { AbstractControl, FormGroup, ValidatorFn } from '@angular/forms';
import type { ApiError } from '../../core/api/api-error';
import { WEB_ADDRESS_RULE } from './web-address';

/**
 * Puts an API validation error on the field it names (`body/<field> …`) so the form shows it
 * under that field. Returns false when no field of this form is named: show it by the button.
 */
export function showApiErrorOnField(
  form: FormGroup,
  error: ApiError,
  fallbackField?: string,
): boolean {
  const name = error.field ?? (error.code === 'conflict' ? fallbackField : undefined);
  const control = name ? form.get(name) : null;
  if (!control) return false;
  control.setErrors({ ...(control.errors ?? {}), api: error.detail });
  control.markAsTouched();
  return true;
}

/** What can take the focus inside a field: its input, or a Material select. */
const FOCUSABLE = 'input, textarea, select, [tabindex]:not([tabindex="-1"])';

/**
 * Scrolls the first invalid field in `host` into view and focuses it. Its `scroll-margin-top`
 * (styles.scss) stops it below the sticky top bar; focus() alone would leave it under the bar.
 */
export function revealFirstInvalid(host: HTMLElement): void {
  // A Material form field carries its control's ng-invalid class, and comes first.
  const field = host.querySelector<HTMLElement>('.ng-invalid:not(form)');
  if (!field) return;
  field.scrollIntoView?.({ block: 'start' });
  const target = field.matches(FOCUSABLE) ? field : field.querySelector<HTMLElement>(FOCUSABLE);
  target?.focus({ preventScroll: true });
}

/** The message a field shows for its first error. */
export function errorText(control: AbstractControl | null): string {
  const errors = control?.errors;
  if (!errors) return '';
  if (typeof errors['api'] === 'string') {
    // "body/offer_deadline must not be before body/application_date", under offer_deadline:
    // "Must not be before the application date".
    const text = errors['api']
      .replace(/^body\/[a-z_]+(\/\d+)?\s+/, '')
      .replace(/body\/([a-z_]+)/g, (_, field: string) => `the ${field.replace(/_/g, ' ')}`);
    return text.charAt(0).toUpperCase() + text.slice(1);
  }
  if (typeof errors['notBefore'] === 'string') return `Must not be before ${errors['notBefore']}`;
  if (errors['required']) return 'Required';
  if (errors['maxlength']) return `At most ${errors['maxlength'].requiredLength} characters`;
  if (errors['minlength']) return `At least ${errors['minlength'].requiredLength} characters`;
  if (errors['min']) return `At least ${errors['min'].min}`;
  if (errors['max']) return `At most ${errors['max'].max}`;
  if (errors['email']) return 'Not an email address';
  if (errors['webAddress']) return WEB_ADDRESS_RULE;
  if (errors['mismatch']) return 'Does not match the new password';
  if (errors['pattern']) return 'Not in the expected format';
  return 'Invalid value';
}

/**
 * For a "repeat the password" field: an error on it while it differs from `other`. Pass the
 * other control's `valueChanges` to `recheckOn` so typing there re-checks this one too.
 */
export function sameAs(other: AbstractControl): ValidatorFn {
  return (control) => (control.value && other.value !== control.value ? { mismatch: true } : null);
}

/** Re-validates `control` whenever `source` changes, for as long as the component lives. */
export function recheckOn(control: AbstractControl, source: AbstractControl): void {
  source.valueChanges
    .pipe(takeUntilDestroyed())
    .subscribe(() => control.updateValueAndValidity({ emitEvent: false }));
}

/** Free text may come back as null; enum values (string literal unions) never are blank. */
type Blankable<T> = {
  [K in keyof T]: T[K] extends string ? (string extends T[K] ? T[K] | null : T[K]) : T[K];
};

/** Blank text becomes null, so clearing a field clears it in the API instead of storing "". */
export function blankToNull<T extends Record<string, unknown>>(value: T): Blankable<T> {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    out[key] =
      typeof v === 'string' && v.trim() === '' ? null : typeof v === 'string' ? v.trim() : v;
  }
  return out as Blankable<T>;
}

/** Only the controls the user changed, for partial updates (PUT sends only what changed). */
export function changedValues<T extends Record<string, unknown>>(
  form: FormGroup,
  value: T,
): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(value) as (keyof T & string)[]) {
    if (form.get(key)?.dirty) out[key] = value[key];
  }
  return out;
}
