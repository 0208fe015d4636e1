import Type, { type Static } from 'typebox';
import { CARD_STATES, PRACTICE_RATINGS } from '../../db/schema.js';
import { Id, Limit, Nullable, StringEnum, Timestamp } from '../../http/schema-helpers.js';
import { AGENT_IDS } from '../../llm/agent-ids.js';
import { AnswerFeedback } from '../agents/agents.schemas.js';
import { QuestionCategory, QuestionDifficulty } from '../questions/questions.schemas.js';

export const PracticeRating = StringEnum(PRACTICE_RATINGS, {
  description: 'How well you recalled it: again (forgot), hard, good, easy',
});

export const QuestionParams = Type.Object({ question_id: Id("The question's id") });
export const SessionParams = Type.Object({ session_id: Id("The session's id") });

export const DueQuery = Type.Object({
  limit: Limit(20),
  category: Type.Optional(QuestionCategory),
  tags: Type.Optional(
    Type.Array(Type.String({ minLength: 1, maxLength: 100 }), {
      maxItems: 20,
      description: 'Repeat the parameter (tags=a&tags=b): a question must carry every one',
    }),
  ),
});
export type DueParams = Static<typeof DueQuery>;

export const CardState = Type.Object(
  {
    question_id: Type.Integer(),
    due: Timestamp({ description: 'When the question is due again' }),
    state: StringEnum(CARD_STATES),
    stability: Type.Number({ description: 'FSRS stability, in days' }),
    difficulty: Type.Number({ description: 'FSRS difficulty, 1-10' }),
    elapsed_days: Type.Integer(),
    scheduled_days: Type.Integer(),
    reps: Type.Integer(),
    lapses: Type.Integer(),
    last_review: Nullable(Timestamp()),
  },
  { title: 'PracticeCard', description: "The FSRS scheduler's state of one question" },
);

export const DueQuestion = Type.Object(
  {
    question_id: Type.Integer(),
    question_text: Type.String(),
    question_category: QuestionCategory,
    question_difficulty: QuestionDifficulty,
    tags: Nullable(Type.Array(Type.String())),
    key_concepts: Nullable(Type.Array(Type.String())),
    answer_summary: Nullable(Type.String()),
    time_to_answer_minutes: Nullable(Type.Integer()),
    is_new: Type.Boolean({ description: 'Never reviewed yet' }),
    overdue_seconds: Type.Integer({ description: 'How long past due (0 for a new question)' }),
    card: Nullable(CardState),
  },
  { title: 'DueQuestion' },
);

export const DueList = Type.Object(
  {
    total: Type.Integer({ description: 'Questions due now (new ones included), all pages' }),
    new_count: Type.Integer({ description: 'Of which never reviewed' }),
    by_category: Type.Array(Type.Object({ category: QuestionCategory, count: Type.Integer() }), {
      description: 'Questions due now per category (filters applied except category)',
    }),
    data: Type.Array(DueQuestion),
  },
  { title: 'DueList' },
);

export const ReviewCreate = Type.Object(
  {
    rating: PracticeRating,
    answer_text: Type.Optional(Nullable(Type.String({ maxLength: 20_000 }))),
    duration_seconds: Type.Optional(
      Nullable(Type.Integer({ minimum: 0, maximum: 86_400, description: 'Time you took' })),
    ),
  },
  { additionalProperties: false, title: 'PracticeReviewCreate' },
);
export type ReviewCreateBody = Static<typeof ReviewCreate>;

export const Review = Type.Object(
  {
    review_id: Type.Integer(),
    question_id: Type.Integer(),
    rating: PracticeRating,
    answer_text: Nullable(Type.String()),
    duration_seconds: Nullable(Type.Integer()),
    reviewed_at: Timestamp(),
    due_before: Nullable(Timestamp({ description: 'Due date before this review (null: new)' })),
    due_after: Timestamp({ description: 'Due date this review set' }),
    session_id: Nullable(Type.Integer()),
    feedback: Nullable(AnswerFeedback),
  },
  { title: 'PracticeReview' },
);

export const ReviewResult = Type.Object(
  {
    review: Review,
    card: CardState,
    times_practiced: Type.Integer(),
    average_rating: Nullable(Type.Number()),
  },
  { title: 'PracticeReviewResult' },
);

export const ReviewHistory = Type.Object(
  {
    question_id: Type.Integer(),
    card: Nullable(CardState),
    data: Type.Array(Review, { description: 'Oldest first' }),
  },
  { title: 'PracticeReviewHistory' },
);

export const PracticeStats = Type.Object(
  {
    due_now: Type.Integer({ description: 'Questions due now, new ones included' }),
    due_today: Type.Integer({
      description: 'Due before the end of today (UTC), new ones included',
    }),
    new_count: Type.Integer(),
    reviewed_today: Type.Integer(),
    streak_days: Type.Integer({
      description: 'Consecutive days (UTC) with a review, ending today or yesterday',
    }),
    total_reviews: Type.Integer(),
  },
  { title: 'PracticeStats' },
);

export const SessionCreate = Type.Object(
  {
    interview_id: Type.Optional(Id('Practise for this interview: its role')),
    role_id: Type.Optional(Id('Practise for this role')),
    category: Type.Optional(QuestionCategory),
    count: Type.Integer({ minimum: 1, maximum: 20, description: 'How many questions (1-20)' }),
    agent: Type.Optional(StringEnum(AGENT_IDS, { description: 'The agent that reviews answers' })),
  },
  { additionalProperties: false, title: 'PracticeSessionCreate' },
);
export type SessionCreateBody = Static<typeof SessionCreate>;

export const SessionAnswerCreate = Type.Object(
  {
    question_id: Id('A question of the session not answered yet'),
    answer: Type.String({ minLength: 1, maxLength: 20_000, pattern: '\\S' }),
    duration_seconds: Type.Optional(Type.Integer({ minimum: 0, maximum: 86_400 })),
  },
  { additionalProperties: false, title: 'PracticeSessionAnswerCreate' },
);
export type SessionAnswerBody = Static<typeof SessionAnswerCreate>;

const SessionQuestion = Type.Object({
  position: Type.Integer({ minimum: 1 }),
  question_id: Type.Integer(),
  question_text: Type.String(),
  question_category: QuestionCategory,
  time_to_answer_minutes: Nullable(Type.Integer()),
  answered: Type.Boolean(),
  score: Nullable(Type.Integer()),
  duration_seconds: Nullable(Type.Integer()),
});

export const SessionSummary = Type.Object(
  {
    answered: Type.Integer(),
    total: Type.Integer(),
    average_score: Nullable(Type.Number()),
    by_category: Type.Array(
      Type.Object({
        category: QuestionCategory,
        answered: Type.Integer(),
        average_score: Nullable(Type.Number()),
      }),
    ),
    most_missed: Type.Array(Type.Object({ concept: Type.String(), count: Type.Integer() }), {
      description: 'Concepts missed most often, most first',
    }),
    total_seconds: Type.Integer(),
    average_seconds: Nullable(Type.Number({ description: 'Time per answer' })),
  },
  { title: 'PracticeSessionSummary' },
);

export const Session = Type.Object(
  {
    session_id: Type.Integer(),
    interview_id: Nullable(Type.Integer()),
    role_id: Nullable(Type.Integer()),
    category: Nullable(QuestionCategory),
    agent: Nullable(StringEnum(AGENT_IDS)),
    created_at: Timestamp(),
    completed_at: Nullable(Timestamp()),
    next_question_id: Nullable(Type.Integer({ description: 'The first question not answered' })),
    questions: Type.Array(SessionQuestion),
    answers: Type.Array(Review, { description: 'The answers given, with their feedback' }),
    summary: SessionSummary,
  },
  { title: 'PracticeSession' },
);

export const SessionAnswerResult = Type.Object(
  {
    feedback: AnswerFeedback,
    review: Review,
    card: CardState,
    next_question_id: Nullable(Type.Integer()),
    completed: Type.Boolean(),
  },
  { title: 'PracticeSessionAnswerResult' },
);
