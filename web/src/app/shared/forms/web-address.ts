import { Directive, inject } from '@angular/core';
import { type AbstractControl, NgControl, type ValidationErrors } from '@angular/forms';

// Link fields (job postings, meeting links, company sites, question sources) hold http(s)
// addresses, so a detail page can always show them as links. The API applies the same rule:
// a bare host gets https:// in front, anything else that is not an http(s) address is a 400.

/** What a field says when its text is not a web address; the API says the same. */
export const WEB_ADDRESS_RULE =
  'Must be a web address (http or https), like https://example.com/jobs/123';

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** The address as it is stored, null for a blank one, or undefined when it is not one. */
export function normaliseWebAddress(value: string): string | null | undefined {
  const text = value.trim();
  if (text === '') return null;
  if (/\s/.test(text)) return undefined;
  // "localhost:4200/x" has a colon but no scheme: a port after a host name is not a scheme.
  const hasScheme = SCHEME.test(text) && !/^[^/:]+:\d+(\/|$)/.test(text);
  const candidate = hasScheme ? text : `https://${text.replace(/^\/\//, '')}`;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  const host = url.hostname;
  const named = host.includes('.') || host === 'localhost';
  return named && !host.startsWith('.') && !host.endsWith('.') ? candidate : undefined;
}

/** Validator for a link field: blank, or a web address once https:// is put in front. */
export function webAddress(control: AbstractControl): ValidationErrors | null {
  const value: unknown = control.value;
  if (typeof value !== 'string' || normaliseWebAddress(value) !== undefined) return null;
  return { webAddress: true };
}

/** `body` with its link fields as they are stored: a bare host gets https:// in front. */
export function withWebAddresses<T extends object>(body: T, fields: readonly (keyof T)[]): T {
  const out = { ...body };
  for (const key of fields) {
    const value = out[key];
    if (typeof value === 'string') out[key] = (normaliseWebAddress(value) ?? value) as T[keyof T];
  }
  return out;
}

/**
 * On a link input (`<input appWebAddress formControlName="…">`): once the user leaves it, a
 * bare host gets https:// in front, so what will be saved is what the field shows.
 */
@Directive({
  selector: 'input[appWebAddress]',
  host: { '(blur)': 'normalise()' },
})
export class WebAddressInput {
  private readonly ngControl = inject(NgControl);

  protected normalise(): void {
    const control = this.ngControl.control;
    const value: unknown = control?.value;
    if (typeof value !== 'string') return;
    const stored = normaliseWebAddress(value);
    if (stored && stored !== value) control?.setValue(stored);
  }
}
