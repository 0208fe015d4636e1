import Type, { type Static } from 'typebox';
import {
  INTERVIEW_RESULTS,
  INTERVIEW_STATUSES,
  INTERVIEW_TYPES,
  SENIORITY_LEVELS,
  STAGES,
} from '../../db/schema.js';
import {
  DateString,
  Document,
  Envelope,
  Id,
  INT_MAX,
  Limit,
  NameList,
  Note,
  Nullable,
  Order,
  optional,
  Pagination,
  StringEnum,
  Text,
  TextList,
  Timestamp,
  WebAddress,
  WithReadOnly,
} from '../../http/schema-helpers.js';
import { Company } from '../companies/companies.schemas.js';
import { InterviewQuestion } from '../interview-questions/interview-questions.schemas.js';
import { Role } from '../roles/roles.schemas.js';
import { Round } from '../rounds/rounds.schemas.js';

const seniority = StringEnum(SENIORITY_LEVELS, { examples: ['senior'] });

// Defaults belong to creation only: Ajv fills defaults in, so a partial update built from a
// schema with defaults would silently reset the fields it did not send.
const flags = (withDefaults: boolean) => {
  const d = (value: unknown) => (withDefaults ? { default: value } : {});
  return {
    interview_type: StringEnum(INTERVIEW_TYPES, d('actual')),
    interview_status: StringEnum(INTERVIEW_STATUSES, d('scheduled')),
    interview_result: StringEnum(INTERVIEW_RESULTS, d('pending')),
    stage: StringEnum(STAGES, {
      ...d('applied'),
      description:
        'Where the application stands: wishlist, applied, screening, interviewing, offer, ' +
        'accepted; rejected, ghosted and withdrawn end it. Every change is in the timeline',
    }),
    is_remote: Type.Boolean(d(false)),
    cv_tailored_for_role: Type.Boolean(d(false)),
  };
};

const references = {
  company_id: Nullable(Id('Company id; must exist')),
  role_id: Nullable(Id('Role id; must exist')),
};

const details = {
  custom_role_title: Nullable(Text(200, { examples: ['Senior Full Stack Engineer'] })),
  job_description: Nullable(Document()),
  main_skills_required: Nullable(NameList({ examples: [['Python', 'React', 'AWS']] })),
  required_experience_years: Nullable(Type.Integer({ minimum: 0, maximum: 50 })),
  job_location: Nullable(Text(200, { examples: ['San Francisco, CA'] })),
  salary_range: Nullable(Text(100, { examples: ['$150,000 - $200,000'] })),
  application_date: Nullable(DateString()),
  job_posting_url: Nullable(WebAddress()),
  referral_source: Nullable(Text(200)),
  first_interview_date: Nullable(DateString()),
  final_interview_date: Nullable(DateString()),
  offer_date: Nullable(DateString()),
  offer_deadline: Nullable(DateString()),
  overall_feedback: Nullable(Note()),
  strengths: Nullable(Note()),
  areas_for_improvement: Nullable(Note()),
  offer_details: Nullable(Note()),
  preparation_notes: Nullable(Note()),
  resources_used: Nullable(Note()),
  time_spent_preparing_hours: Nullable(
    Type.Number({ minimum: 0, maximum: 999.99, description: 'numeric(5,2): hours, 0 to 999.99' }),
  ),
  cv_content: Nullable(Document()),
  cv_file_path: Nullable(Text(500)),
  cv_file_url: Nullable(WebAddress()),
  cv_version: Nullable(Text(50)),
  cv_highlights: Nullable(TextList()),
  cv_uploaded_at: Nullable(Timestamp()),
  cv_last_updated: Nullable(Timestamp()),
  cv_version_id: Nullable(Type.Integer({ minimum: 1, maximum: INT_MAX })),
  created_by: Nullable(Text(100, { examples: ['user@example.com'] })),
};

const interviewProperties = {
  interview_id: Id('Interview id'),
  company_id: references.company_id,
  company_name: Nullable(Type.String({ description: "The company's name, null without one" })),
  role_id: references.role_id,
  role_name: Nullable(Type.String({ description: "The role's name, null without one" })),
  seniority_level: seniority,
  ...flags(false),
  ...details,
  created_at: Timestamp(),
  updated_at: Timestamp(),
};

export const InterviewDetail = Type.Object(
  {
    ...interviewProperties,
    company: Nullable(Company),
    role: Nullable(Role),
    rounds: Type.Array(Round, { description: 'By round_number, then round_id' }),
    questions: Type.Array(InterviewQuestion, {
      description: 'Question links by order_asked (unordered last), then id',
    }),
  },
  { title: 'InterviewDetail' },
);

export const InterviewCreate = WithReadOnly(
  Type.Object(
    {
      seniority_level: seniority,
      ...optional(references),
      ...optional(flags(true)),
      ...optional(details),
    },
    { additionalProperties: false, title: 'InterviewCreate' },
  ),
  InterviewDetail,
);

export const InterviewUpdate = WithReadOnly(
  Type.Object(
    optional({ seniority_level: seniority, ...references, ...flags(false), ...details }),
    { additionalProperties: false, title: 'InterviewUpdate' },
  ),
  InterviewDetail,
);

export const Interview = Type.Object(interviewProperties, { title: 'Interview' });

export const INTERVIEW_SORT_KEYS = [
  'created_at',
  'application_date',
  'first_interview_date',
  'company_name',
  'interview_status',
  'stage',
] as const;

export const InterviewListQuery = Type.Object({
  ...Pagination,
  limit: Limit(20),
  company_id: Type.Optional(Id('Only interviews at this company')),
  role_id: Type.Optional(Id('Only interviews for this role')),
  interview_type: Type.Optional(StringEnum(INTERVIEW_TYPES)),
  interview_status: Type.Optional(StringEnum(INTERVIEW_STATUSES)),
  interview_result: Type.Optional(StringEnum(INTERVIEW_RESULTS)),
  seniority_level: Type.Optional(StringEnum(SENIORITY_LEVELS)),
  is_remote: Type.Optional(Type.Boolean()),
  stage: Type.Optional(
    Type.Array(StringEnum(STAGES), {
      maxItems: STAGES.length,
      description: 'Only interviews at one of these stages (repeat the parameter for more)',
    }),
  ),
  reached_stage: Type.Optional(
    StringEnum(STAGES, {
      description:
        'Only interviews whose history reached this stage or a later one (wishlist to accepted), ' +
        'whatever they are now; for rejected, ghosted or withdrawn: ever at that stage. The ' +
        'list behind each step of GET /api/stats/funnel',
    }),
  ),
  date_from: Type.Optional(
    DateString({
      description: 'Applied on or after this date (application_date, else the creation date)',
    }),
  ),
  date_to: Type.Optional(
    DateString({
      description: 'Applied on or before this date (application_date, else the creation date)',
    }),
  ),
  referral_source: Type.Optional(
    Type.String({
      maxLength: 200,
      description: 'Exactly this referral source; an empty value: interviews without one',
    }),
  ),
  has_rounds: Type.Optional(
    Type.Boolean({ description: 'true: only interviews with a round; false: only without' }),
  ),
  search: Type.Optional(
    Type.String({
      maxLength: 200,
      description:
        'Case-insensitive substring of the company name, custom role title or role name (% and _ are literal)',
    }),
  ),
  sort_by: StringEnum(INTERVIEW_SORT_KEYS, {
    default: 'created_at',
    description:
      'Enums sort in their declared order; empty values come last in both directions; ties break on interview_id in the same direction',
  }),
  order: Order,
});

export const InterviewListItem = Type.Object(
  {
    ...interviewProperties,
    truncated_fields: Type.Array(Type.String(), {
      description:
        'Fields cut in this list item, which GET /api/interviews/{id} has whole: long text cut to 500 characters, lists of sentences to their first 10 entries of 200 characters',
    }),
  },
  { title: 'InterviewListItem' },
);

export const InterviewList = Envelope(InterviewListItem, 'InterviewList');

export const InterviewDeleteQuery = Type.Object({
  permanent: Type.Boolean({
    default: false,
    description:
      'false (default): cancel, the interview stays readable and counted. true: remove a ' +
      'cancelled interview for good, with its rounds and question links',
  }),
});

export type InterviewCreateBody = Static<typeof InterviewCreate>;
export type InterviewUpdateBody = Static<typeof InterviewUpdate>;
export type InterviewListParams = Static<typeof InterviewListQuery>;
