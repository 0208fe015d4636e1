import Type, { type Static } from 'typebox';
import { QUESTION_CATEGORIES, QUESTION_DIFFICULTIES } from '../../db/schema.js';
import {
  Document,
  Id,
  INT_MAX,
  Note,
  Nullable,
  optional,
  StringEnum,
  TextList,
  Timestamp,
  WithReadOnly,
} from '../../http/schema-helpers.js';
import { InterviewParams } from '../interviews/interview-params.schemas.js';

const rating = (description: string) =>
  Nullable(Type.Integer({ minimum: 1, maximum: 10, description }));

// Defaults belong to creation only: Ajv fills defaults in, so an update schema carrying them
// would reset the fields a partial update did not send.
const flags = (withDefaults: boolean) => ({
  was_asked: Type.Boolean(withDefaults ? { default: true } : {}),
  was_prepared: Type.Boolean(withDefaults ? { default: false } : {}),
});

const details = {
  round_id: Nullable(Id('The round it was asked in; must belong to the same interview')),
  order_asked: Nullable(Type.Integer({ minimum: 1, maximum: INT_MAX, examples: [1] })),
  candidate_answer: Nullable(Document()),
  answer_quality_rating: rating('1 to 10'),
  time_taken_minutes: Nullable(Type.Integer({ minimum: 0, maximum: INT_MAX })),
  interviewer_feedback: Nullable(Note()),
  what_went_well: Nullable(Note()),
  what_could_improve: Nullable(Note()),
  preparation_notes: Nullable(Note()),
  confidence_level: rating('1 to 10'),
  follow_up_questions_asked: Nullable(TextList()),
  follow_up_answers: Nullable(TextList()),
};

/** Accepted for compatibility with clients that send it; the path's interview id wins. */
const ignoredInterviewId = {
  interview_id: Type.Optional(
    Nullable(Type.Integer({ description: "Ignored: the path's interview id wins" })),
  ),
};

export const InterviewQuestion = Type.Object(
  {
    interview_question_id: Id('Link id'),
    interview_id: Id('Interview id'),
    question_id: Id('Question id'),
    question_text: Type.String(),
    question_category: StringEnum(QUESTION_CATEGORIES),
    question_difficulty: StringEnum(QUESTION_DIFFICULTIES),
    ...flags(false),
    ...details,
    created_at: Timestamp(),
    updated_at: Timestamp(),
  },
  { title: 'InterviewQuestion' },
);

export const InterviewQuestionCreate = WithReadOnly(
  Type.Object(
    {
      ...ignoredInterviewId,
      question_id: Id('The question asked; must exist'),
      ...optional(flags(true)),
      ...optional(details),
    },
    { additionalProperties: false, title: 'InterviewQuestionCreate' },
  ),
  InterviewQuestion,
);

export const InterviewQuestionUpdate = WithReadOnly(
  Type.Object(
    { ...ignoredInterviewId, ...optional({ ...flags(false), ...details }) },
    {
      additionalProperties: false,
      title: 'InterviewQuestionUpdate',
      description: 'question_id cannot change: unlink and link again instead',
    },
  ),
  InterviewQuestion,
);

export const InterviewQuestionParams = Type.Object({
  ...InterviewParams.properties,
  interview_question_id: Id("The link's id"),
});

export type InterviewQuestionCreateBody = Static<typeof InterviewQuestionCreate>;
export type InterviewQuestionUpdateBody = Static<typeof InterviewQuestionUpdate>;
