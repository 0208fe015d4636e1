import { type AbstractControl, FormControl, FormGroup, Validators } from '@angular/forms';
import type {
  Interview,
  InterviewCreate,
  InterviewResult,
  InterviewStatus,
  InterviewType,
  SeniorityLevel,
  Stage,
} from '../../core/api/api-types';
import { blankToNull } from '../../shared/forms/form-utils';
import { webAddress, withWebAddresses } from '../../shared/forms/web-address';
import { toNumber } from '../../shared/numbers';

const text = (max?: number) =>
  new FormControl<string | null>(null, max ? [Validators.maxLength(max)] : []);
const link = () => new FormControl<string | null>(null, [Validators.maxLength(500), webAddress]);
const date = () => new FormControl<string | null>(null);
const list = () => new FormControl<string[] | null>(null);

/**
 * Dates that must not come before another: [later, earlier, how the earlier one is named].
 * The API refuses the same pairs.
 */
const DATE_ORDER = [
  ['first_interview_date', 'application_date', 'the application date'],
  ['final_interview_date', 'first_interview_date', 'the first interview'],
  ['offer_date', 'application_date', 'the application date'],
  ['offer_deadline', 'offer_date', 'the offer date'],
  ['offer_deadline', 'application_date', 'the application date'],
] as const;

/**
 * A group validator that puts a date-order error on the later field, where the user looks for
 * it ("Must not be before the application date"), rather than on the form. It runs on every
 * change, so moving either date clears it; an API error naming two fields (about their order)
 * goes too, as this check has the same rule.
 */
function datesInOrder(group: AbstractControl): null {
  for (const later of new Set(DATE_ORDER.map(([name]) => name))) {
    const control = group.get(later);
    if (!control) continue;
    const date = control.value as string | null;
    const broken = DATE_ORDER.find(([name, earlier]) => {
      const before = group.get(earlier)?.value as string | null;
      return name === later && !!date && !!before && date < before;
    });
    const { notBefore: _, ...errors } = control.errors ?? {};
    if (typeof errors['api'] === 'string' && /body\/\w+.*body\//.test(errors['api'])) {
      delete errors['api'];
    }
    if (broken) errors['notBefore'] = broken[2];
    control.setErrors(Object.keys(errors).length ? errors : null, { emitEvent: false });
  }
  return null;
}

/** Every field of an interview, as the API names them. */
export function interviewForm() {
  return new FormGroup(
    {
      company_id: new FormControl<number | null>(null),
      role_id: new FormControl<number | null>(null),
      custom_role_title: text(200),
      interview_type: new FormControl<InterviewType>('actual', {
        nonNullable: true,
        validators: Validators.required,
      }),
      seniority_level: new FormControl<SeniorityLevel | null>(null, Validators.required),
      stage: new FormControl<Stage>('applied', { nonNullable: true }),
      interview_status: new FormControl<InterviewStatus>('scheduled', { nonNullable: true }),
      interview_result: new FormControl<InterviewResult>('pending', { nonNullable: true }),
      is_remote: new FormControl(false, { nonNullable: true }),
      job_location: text(200),
      salary_range: text(100),
      required_experience_years: new FormControl<number | null>(null, [
        Validators.min(0),
        Validators.max(50),
      ]),
      main_skills_required: list(),
      job_description: text(),
      job_posting_url: link(),
      referral_source: text(200),
      created_by: text(100),
      application_date: date(),
      first_interview_date: date(),
      final_interview_date: date(),
      offer_date: date(),
      offer_deadline: date(),
      preparation_notes: text(),
      resources_used: text(),
      time_spent_preparing_hours: new FormControl<number | null>(null, [
        Validators.min(0),
        Validators.max(999.99),
      ]),
      overall_feedback: text(),
      strengths: text(),
      areas_for_improvement: text(),
      offer_details: text(),
      cv_version: text(50),
      cv_tailored_for_role: new FormControl(false, { nonNullable: true }),
      cv_highlights: list(),
      cv_content: text(),
      cv_file_path: text(500),
      cv_file_url: link(),
      cv_uploaded_at: date(),
      cv_last_updated: date(),
      cv_version_id: new FormControl<number | null>(null, [Validators.min(1)]),
    },
    { validators: datesInOrder },
  );
}

export type InterviewForm = ReturnType<typeof interviewForm>;

/** `2024-12-01T10:00:00.000Z` → `2024-12-01T11:00` for a datetime-local input (local time). */
export function toLocalInput(iso: string | null): string | null {
  if (!iso) return null;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function fromLocalInput(value: string | null): string | null {
  if (!value) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/** Fills the form from a stored interview. */
export function patchInterviewForm(form: InterviewForm, interview: Interview): void {
  const values: Record<string, unknown> = {};
  for (const key of Object.keys(form.controls)) {
    values[key] = (interview as Record<string, unknown>)[key] ?? null;
  }
  values['cv_uploaded_at'] = toLocalInput(interview.cv_uploaded_at);
  values['cv_last_updated'] = toLocalInput(interview.cv_last_updated);
  form.reset(values as never);
}

/** The request body: blanks cleared, numbers as numbers, links http(s), local times UTC. */
export function interviewBody(form: InterviewForm): InterviewCreate {
  const raw = withWebAddresses(blankToNull(form.getRawValue()), ['job_posting_url', 'cv_file_url']);
  return {
    ...raw,
    seniority_level: raw.seniority_level ?? 'mid',
    required_experience_years: toNumber(raw.required_experience_years),
    time_spent_preparing_hours: toNumber(raw.time_spent_preparing_hours),
    cv_version_id: toNumber(raw.cv_version_id),
    cv_uploaded_at: fromLocalInput(raw.cv_uploaded_at),
    cv_last_updated: fromLocalInput(raw.cv_last_updated),
  };
}
