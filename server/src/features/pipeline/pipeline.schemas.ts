import Type, { type Static } from 'typebox';
import {
  EVENT_ENTITIES,
  EVENT_FIELDS,
  INTERVIEW_TYPES,
  QUESTION_CATEGORIES,
  STAGES,
} from '../../db/schema.js';
import { DateString, Id, Nullable, StringEnum, Timestamp } from '../../http/schema-helpers.js';

export const FUNNEL_STAGES = ['applied', 'screening', 'interviewing', 'offer', 'accepted'] as const;

export const TimelineEvent = Type.Object(
  {
    event_id: Id('Event id; later events have larger ids'),
    interview_id: Id('Interview id'),
    round_id: Nullable(Id('The round, for a round event')),
    entity: StringEnum(EVENT_ENTITIES),
    field: StringEnum(EVENT_FIELDS, {
      description:
        'The field that changed, or created (to_value: the stage, or the round status) or ' +
        'deleted (from_value: the status before; an interview goes to cancelled)',
    }),
    from_value: Nullable(Type.String()),
    to_value: Nullable(Type.String()),
    occurred_at: Timestamp(),
  },
  { title: 'TimelineEvent' },
);

export const Timeline = Type.Array(TimelineEvent, { description: 'Oldest first' });

export const StageLabel = Type.Object(
  {
    stage: StringEnum(STAGES),
    label: Type.String({ description: "The user's name for the stage, else the default" }),
    default_label: Type.String(),
  },
  { title: 'StageLabel' },
);

export const StageLabels = Type.Array(StageLabel, { description: 'Every stage, in order' });

export const StageLabelsUpdate = Type.Object(
  {
    labels: Type.Object(
      Object.fromEntries(
        STAGES.map((stage) => [
          stage,
          Type.Optional(Type.String({ maxLength: 50, description: 'Empty resets the name' })),
        ]),
      ),
      { additionalProperties: false },
    ),
  },
  {
    additionalProperties: false,
    title: 'StageLabelsUpdate',
    examples: [{ labels: { screening: 'Recruiter call', ghosted: '' } }],
  },
);

export const FunnelQuery = Type.Object({
  date_from: Type.Optional(
    DateString({
      description: 'Applied on or after (application_date, else the day it was entered)',
    }),
  ),
  date_to: Type.Optional(DateString({ description: 'Applied on or before' })),
  company_id: Type.Optional(Id('Only this company')),
  role_id: Type.Optional(Id('Only this role')),
  interview_type: Type.Optional(StringEnum(INTERVIEW_TYPES)),
});

const Count = () => Type.Integer({ minimum: 0 });
const Ratio = (description: string) =>
  Nullable(Type.Number({ minimum: 0, description: `${description}; null when undefined` }));

const ResponseRate = {
  applications: Count(),
  responded: Type.Integer({ minimum: 0, description: 'Applications with at least one round' }),
  rate: Ratio('responded / applications'),
};

export const Funnel = Type.Object(
  {
    total_interviews: Type.Integer({ minimum: 0, description: 'Interviews matching the filters' }),
    stages: Type.Array(
      Type.Object({
        stage: StringEnum(FUNNEL_STAGES),
        count: Type.Integer({
          minimum: 0,
          description: 'Interviews whose history reached this stage or a later one',
        }),
        conversion: Ratio('count / the previous stage count (null for applied)'),
      }),
      { description: 'applied, screening, interviewing, offer, accepted' },
    ),
    median_days_to_first_round: Nullable(
      Type.Number({ description: 'From application to the first round (its date)' }),
    ),
    median_days_first_to_last_round: Nullable(
      Type.Number({ description: 'From the first round to the last, for interviews with rounds' }),
    ),
    response_rate: Type.Object(ResponseRate),
    response_rate_by_company: Type.Array(
      Type.Object({
        company_id: Nullable(Id('Company id, null: no company')),
        company_name: Nullable(Type.String()),
        ...ResponseRate,
      }),
      { description: 'Most applications first' },
    ),
    response_rate_by_referral_source: Type.Array(
      Type.Object({
        referral_source: Nullable(Type.String({ description: 'null: none given' })),
        ...ResponseRate,
      }),
      { description: 'Most applications first' },
    ),
    average_rating_by_category: Type.Array(
      Type.Object({
        question_category: StringEnum(QUESTION_CATEGORIES),
        average_rating: Type.Number({
          description: 'Mean answer rating, on the question bank average_rating 0-5 scale',
        }),
        ratings: Type.Integer({ minimum: 1, description: 'Rated answers counted' }),
      }),
      { description: 'Rated answers in the matching interviews, by question category' },
    ),
  },
  { title: 'Funnel' },
);

export type StageLabelsBody = Static<typeof StageLabelsUpdate>;
export type FunnelParams = Static<typeof FunnelQuery>;
export type FunnelBody = Static<typeof Funnel>;
