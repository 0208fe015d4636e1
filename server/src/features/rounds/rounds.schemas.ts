import Type, { type Static } from 'typebox';
import { INTERVIEW_RESULTS, INTERVIEW_STATUSES, ROUND_TYPES } from '../../db/schema.js';
import {
  DateString,
  Id,
  INT_MAX,
  Note,
  Nullable,
  optional,
  StringEnum,
  Text,
  TextList,
  TimeString,
  Timestamp,
  WebAddress,
  WithReadOnly,
} from '../../http/schema-helpers.js';
import { InterviewParams } from '../interviews/interview-params.schemas.js';

const required = {
  round_number: Type.Integer({ minimum: 1, maximum: INT_MAX, examples: [1] }),
  round_type: StringEnum(ROUND_TYPES, { examples: ['phone_screen'] }),
};

// Defaults belong to creation only: Ajv fills defaults in, so an update schema carrying them
// would reset the fields a partial update did not send.
const flags = (withDefaults: boolean) => {
  const d = (value: unknown) => (withDefaults ? { default: value } : {});
  return {
    is_virtual: Type.Boolean(d(true)),
    round_status: StringEnum(INTERVIEW_STATUSES, d('scheduled')),
    round_result: StringEnum(INTERVIEW_RESULTS, d('pending')),
  };
};

const details = (withDefaults: boolean) => ({
  round_name: Nullable(Text(200, { examples: ['Technical Phone Screen'] })),
  scheduled_date: Nullable(DateString()),
  scheduled_time: Nullable(TimeString()),
  duration_minutes: Nullable(Type.Integer({ minimum: 0, maximum: INT_MAX })),
  timezone: Nullable(Text(50, withDefaults ? { default: 'UTC' } : {})),
  meeting_platform: Nullable(Text(100, { examples: ['Zoom'] })),
  meeting_link: Nullable(WebAddress()),
  physical_location: Nullable(Text(500)),
  interviewer_name: Nullable(Text(200)),
  interviewer_title: Nullable(Text(200)),
  interviewer_linkedin_url: Nullable(WebAddress()),
  interviewer_email: Nullable(Text(200)),
  interviewer_notes: Nullable(Note()),
  feedback: Nullable(Note()),
  rating: Nullable(Type.Integer({ minimum: 1, maximum: 10 })),
  preparation_notes: Nullable(Note()),
  questions_asked_summary: Nullable(Note()),
  key_topics_covered: Nullable(TextList()),
  follow_up_actions: Nullable(Note()),
});

/** Accepted for compatibility with clients that send it; the path's interview id wins. */
const ignoredInterviewId = {
  interview_id: Type.Optional(
    Nullable(Type.Integer({ description: "Ignored: the path's interview id wins" })),
  ),
};

export const Round = Type.Object(
  {
    round_id: Id('Round id'),
    interview_id: Id('The interview this round belongs to'),
    ...required,
    ...flags(false),
    ...details(false),
    created_at: Timestamp(),
    updated_at: Timestamp(),
  },
  { title: 'Round' },
);

export const RoundCreate = WithReadOnly(
  Type.Object(
    {
      ...ignoredInterviewId,
      ...required,
      ...optional(flags(true)),
      ...optional(details(true)),
    },
    { additionalProperties: false, title: 'RoundCreate' },
  ),
  Round,
);

export const RoundUpdate = WithReadOnly(
  Type.Object(
    { ...ignoredInterviewId, ...optional({ ...required, ...flags(false), ...details(false) }) },
    { additionalProperties: false, title: 'RoundUpdate' },
  ),
  Round,
);

export const RoundParams = Type.Object({
  ...InterviewParams.properties,
  round_id: Id("The round's id"),
});

export type RoundCreateBody = Static<typeof RoundCreate>;
export type RoundUpdateBody = Static<typeof RoundUpdate>;
