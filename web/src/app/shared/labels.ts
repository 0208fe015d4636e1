// Display labels for the API's enum values. Typed as Records so a value added to the API
// (after `npm run api:generate`) fails the build until it has a label here.
import type {
  AgentId,
  InterviewResult,
  InterviewSortField,
  InterviewStatus,
  InterviewType,
  QuestionCategory,
  QuestionDifficulty,
  QuestionSortField,
  RoundType,
  SeniorityLevel,
  Stage,
} from '../core/api/api-types';

export const STATUS_LABELS: Record<InterviewStatus, string> = {
  scheduled: 'Scheduled',
  in_progress: 'In progress',
  completed: 'Completed',
  cancelled: 'Cancelled',
  rescheduled: 'Rescheduled',
};

/** The stages' default names; each user may rename them (GET /api/settings/stage-labels). */
export const STAGE_LABELS: Record<Stage, string> = {
  wishlist: 'Wishlist',
  applied: 'Applied',
  screening: 'Screening',
  interviewing: 'Interviewing',
  offer: 'Offer',
  accepted: 'Accepted',
  rejected: 'Rejected',
  ghosted: 'Ghosted',
  withdrawn: 'Withdrawn',
};

export const RESULT_LABELS: Record<InterviewResult, string> = {
  pending: 'Pending',
  passed: 'Passed',
  failed: 'Failed',
  offer_received: 'Offer received',
  offer_accepted: 'Offer accepted',
  offer_declined: 'Offer declined',
};

/** What a round can come to. An offer is the interview's result, never one round's. */
export const ROUND_RESULTS: readonly InterviewResult[] = ['pending', 'passed', 'failed'];

export const TYPE_LABELS: Record<InterviewType, string> = {
  actual: 'Actual',
  mock: 'Mock',
  practice: 'Practice',
};

export const SENIORITY_LABELS: Record<SeniorityLevel, string> = {
  intern: 'Intern',
  junior: 'Junior',
  mid: 'Mid',
  senior: 'Senior',
  staff: 'Staff',
  principal: 'Principal',
  lead: 'Lead',
  manager: 'Manager',
  director: 'Director',
};

export const ROUND_TYPE_LABELS: Record<RoundType, string> = {
  phone_screen: 'Phone screen',
  technical: 'Technical',
  coding: 'Coding',
  system_design: 'System design',
  behavioral: 'Behavioral',
  cultural_fit: 'Cultural fit',
  hiring_manager: 'Hiring manager',
  final: 'Final',
  assessment: 'Assessment',
  other: 'Other',
};

export const CATEGORY_LABELS: Record<QuestionCategory, string> = {
  technical: 'Technical',
  behavioral: 'Behavioral',
  product: 'Product',
  system_design: 'System design',
  coding: 'Coding',
  case_study: 'Case study',
  brainteaser: 'Brainteaser',
  cultural_fit: 'Cultural fit',
  leadership: 'Leadership',
  other: 'Other',
};

export const DIFFICULTY_LABELS: Record<QuestionDifficulty, string> = {
  easy: 'Easy',
  medium: 'Medium',
  hard: 'Hard',
  expert: 'Expert',
};

/** The interviewers of the room, by the names the agents API gives them. */
export const AGENT_LABELS: Record<AgentId, string> = {
  product_manager: 'Product Manager',
  technical: 'Technical',
  architect: 'Software Architect',
  coding: 'Coding',
  behavioral: 'Behavioral',
  system_design: 'System Design',
};

export const INTERVIEW_SORT_LABELS: Record<InterviewSortField, string> = {
  created_at: 'Date added',
  application_date: 'Application date',
  first_interview_date: 'First interview',
  company_name: 'Company',
  interview_status: 'Status',
  stage: 'Stage',
};

export const QUESTION_SORT_LABELS: Record<QuestionSortField, string> = {
  created_at: 'Date added',
  times_asked: 'Times asked',
  times_practiced: 'Times practised',
  average_rating: 'Average rating',
  question_difficulty: 'Difficulty',
};

export interface Option<T extends string> {
  value: T;
  label: string;
}

/** A label map as options for a select, in the API's declared order. */
export function optionsOf<T extends string>(labels: Record<T, string>): Option<T>[] {
  return (Object.keys(labels) as T[]).map((value) => ({ value, label: labels[value] }));
}

export function isOneOf<T extends string>(labels: Record<T, string>, value: unknown): value is T {
  return typeof value === 'string' && Object.hasOwn(labels, value);
}
