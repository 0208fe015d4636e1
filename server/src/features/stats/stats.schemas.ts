import Type, { type Static } from 'typebox';
import {
  INTERVIEW_RESULTS,
  INTERVIEW_STATUSES,
  QUESTION_CATEGORIES,
  QUESTION_DIFFICULTIES,
  ROUND_TYPES,
  STAGES,
} from '../../db/schema.js';
import { DateString, Id, Nullable, StringEnum } from '../../http/schema-helpers.js';

const Count = (description?: string) =>
  Type.Integer({ minimum: 0, ...(description ? { description } : {}) });

/** Every enum value is a key, zero where nothing has it. */
const CountMap = (values: readonly string[], title: string) =>
  Type.Object(Object.fromEntries(values.map((value) => [value, Count()])), { title });

export const StatsOverview = Type.Object(
  {
    total_interviews: Count('Every interview, cancelled (soft-deleted) ones included'),
    total_questions: Count('Active questions only'),
    total_companies: Count(),
    total_roles: Count(),
    total_skills: Count('Active skills only'),
    interviews_by_status: CountMap(INTERVIEW_STATUSES, 'InterviewsByStatus'),
    interviews_by_result: CountMap(INTERVIEW_RESULTS, 'InterviewsByResult'),
    interviews_by_stage: CountMap(STAGES, 'InterviewsByStage'),
    questions_by_category: CountMap(QUESTION_CATEGORIES, 'QuestionsByCategory'),
    questions_by_difficulty: CountMap(QUESTION_DIFFICULTIES, 'QuestionsByDifficulty'),
  },
  { title: 'StatsOverview' },
);

export const UpcomingRound = Type.Object(
  {
    round_id: Id('Round id'),
    interview_id: Id('Interview id'),
    round_number: Type.Integer({ minimum: 1 }),
    round_name: Nullable(Type.String()),
    round_type: StringEnum(ROUND_TYPES),
    round_status: StringEnum(INTERVIEW_STATUSES, { description: 'scheduled or rescheduled' }),
    scheduled_date: DateString(),
    scheduled_time: Nullable(Type.String({ description: 'HH:MM:SS' })),
    duration_minutes: Nullable(Type.Integer()),
    timezone: Nullable(Type.String()),
    is_virtual: Type.Boolean(),
    meeting_platform: Nullable(Type.String()),
    meeting_link: Nullable(Type.String()),
    physical_location: Nullable(Type.String()),
    interviewer_name: Nullable(Type.String()),
    interviewer_title: Nullable(Type.String()),
    company_id: Nullable(Id('Company id')),
    company_name: Nullable(Type.String()),
    role_id: Nullable(Id('Role id')),
    role_name: Nullable(Type.String()),
    custom_role_title: Nullable(Type.String()),
  },
  { title: 'UpcomingRound' },
);

export const UpcomingRoundsQuery = Type.Object({
  limit: Type.Integer({
    minimum: 1,
    maximum: 50,
    default: 5,
    description: 'Rounds to return (default 5, max 50)',
  }),
});

export type StatsOverviewBody = Static<typeof StatsOverview>;
export type UpcomingRoundsParams = Static<typeof UpcomingRoundsQuery>;
