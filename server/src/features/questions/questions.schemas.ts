import Type, { type Static } from 'typebox';
import { QUESTION_CATEGORIES, QUESTION_DIFFICULTIES } from '../../db/schema.js';
import {
  Document,
  Id,
  INT_MAX,
  IntList,
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

export const QuestionCategory = StringEnum(QUESTION_CATEGORIES);
export const QuestionDifficulty = StringEnum(QUESTION_DIFFICULTIES);

const QuestionText = Type.String({
  minLength: 10,
  maxLength: 5000,
  pattern: '\\S',
  examples: ['How would you design a URL shortening service?'],
});

const nullableFields = {
  question_context: Nullable(Note()),
  assumptions: Nullable(Note()),
  answer_markdown_link: Nullable(WebAddress()),
  answer_summary: Nullable(Note()),
  answer_markdown_content: Nullable(Document()),
  reference_image_urls: Nullable(TextList()),
  diagram_url: Nullable(WebAddress()),
  video_explanation_url: Nullable(WebAddress()),
  follow_up_questions: Nullable(TextList()),
  related_questions: Nullable(IntList({ description: 'Ids of related questions' })),
  prerequisites: Nullable(TextList()),
  additional_information: Nullable(Note()),
  key_concepts: Nullable(TextList()),
  common_mistakes: Nullable(TextList()),
  tips_and_tricks: Nullable(TextList()),
  time_to_answer_minutes: Nullable(Type.Integer({ minimum: 0, maximum: INT_MAX })),
  suggested_frameworks: Nullable(TextList()),
  approach_steps: Nullable(TextList()),
  source: Nullable(Text(200)),
  source_url: Nullable(WebAddress()),
  author: Nullable(Text(200)),
  average_rating: Nullable(
    Type.Number({
      minimum: 0,
      maximum: 9.99,
      description:
        'The mean of the answer ratings recorded for this question (1-10 on each interview where ' +
        'it was asked), on a 0-5 scale, kept up to date as ratings are recorded; a value sent ' +
        'here stands until the next rating',
    }),
  ),
  tags: Nullable(NameList({ examples: [['system_design', 'scalability']] })),
  created_by: Nullable(Text(100)),
};

const PracticeCount = (options: Record<string, unknown> = {}) =>
  Type.Integer({ minimum: 0, maximum: INT_MAX, ...options });
const Active = (options: Record<string, unknown> = {}) =>
  Type.Boolean({ description: 'Inactive (deleted) questions are hidden from lists', ...options });
const times_asked = Type.Integer({
  minimum: 0,
  description: 'Server-maintained: incremented when the question is linked to an interview',
});

export const Question = Type.Object(
  {
    question_id: Id('Question id'),
    question_text: Type.String(),
    question_category: QuestionCategory,
    question_difficulty: QuestionDifficulty,
    ...nullableFields,
    times_asked,
    times_practiced: PracticeCount(),
    is_active: Active(),
    created_at: Timestamp(),
    updated_at: Timestamp(),
  },
  { title: 'Question' },
);

export const QuestionCreate = WithReadOnly(
  Type.Object(
    {
      question_text: QuestionText,
      question_category: QuestionCategory,
      question_difficulty: Type.Optional(StringEnum(QUESTION_DIFFICULTIES, { default: 'medium' })),
      times_practiced: Type.Optional(PracticeCount({ default: 0 })),
      is_active: Type.Optional(Active({ default: true })),
      ...optional(nullableFields),
    },
    {
      additionalProperties: false,
      title: 'QuestionCreate',
      description: 'times_asked is server-maintained and ignored here, like any unknown field',
    },
  ),
  Question,
);

// Built from the fields rather than Type.Partial(QuestionCreate): a default in an update schema
// would silently reset the column on every PUT that leaves it out.
export const QuestionUpdate = WithReadOnly(
  Type.Object(
    {
      ...optional({
        question_text: QuestionText,
        question_category: QuestionCategory,
        question_difficulty: QuestionDifficulty,
        times_practiced: PracticeCount(),
        is_active: Active(),
      }),
      ...optional(nullableFields),
    },
    {
      additionalProperties: false,
      title: 'QuestionUpdate',
      description: 'Only the fields sent change; is_active: true restores a deleted question',
    },
  ),
  Question,
);

export const QuestionListItem = Type.Object(
  {
    ...Question.properties,
    truncated_fields: Type.Array(Type.String(), {
      description:
        'Fields cut in this list item, which GET /api/questions/{id} has whole: long text cut to 500 characters, lists of sentences to their first 10 entries of 200 characters',
    }),
  },
  { title: 'QuestionListItem' },
);

export const QUESTION_SORT_FIELDS = [
  'created_at',
  'times_asked',
  'times_practiced',
  'average_rating',
  'question_difficulty',
] as const;

export const QuestionListQuery = Type.Object({
  ...Pagination,
  limit: Limit(20),
  category: Type.Optional(QuestionCategory),
  difficulty: Type.Optional(QuestionDifficulty),
  search: Type.Optional(
    Type.String({
      maxLength: 200,
      description: 'Case-insensitive substring of question_text or question_context',
    }),
  ),
  tags: Type.Optional(
    Type.Array(Type.String({ minLength: 1, maxLength: 100 }), {
      maxItems: 20,
      description: 'Repeat the parameter (tags=a&tags=b): a question must carry every one',
    }),
  ),
  is_active: Type.Boolean({
    default: true,
    description: 'true: live questions; false: deleted ones',
  }),
  sort_by: StringEnum(QUESTION_SORT_FIELDS, { default: 'created_at' }),
  order: Order,
});

export const QuestionParams = Type.Object({ question_id: Id("The question's id") });

export const CategoryParams = Type.Object({ category: QuestionCategory });

export const CategoryQuery = Type.Object({ ...Pagination, limit: Limit(50) });

export type QuestionRow = Static<typeof Question>;
export type QuestionCreateBody = Static<typeof QuestionCreate>;
export type QuestionUpdateBody = Static<typeof QuestionUpdate>;
export type QuestionListParams = Static<typeof QuestionListQuery>;
export type CategoryListParams = Static<typeof CategoryQuery>;
