// The file format of the starter knowledge pack (resources/starter-pack/*.yaml), as a schema:
// the loader validates every entry against it, so a malformed entry fails at load (and in
// the pack's test) instead of surfacing as a broken answer.
import Type, { type Static } from 'typebox';
import { QUESTION_CATEGORIES, QUESTION_DIFFICULTIES } from '../db/schema.js';
import { StringEnum } from '../http/schema-helpers.js';

const Sentence = Type.String({ minLength: 3, maxLength: 400 });

export const PackFollowUp = Type.Object(
  {
    question: Type.String({ minLength: 10, maxLength: 300, pattern: '\\?$' }),
    answer: Type.String({ minLength: 40, maxLength: 1500 }),
  },
  { additionalProperties: false },
);

/** A call of a coding solution and what it must return (deep equality). */
const SolutionCase = Type.Object(
  { args: Type.Array(Type.Unknown()), expected: Type.Unknown() },
  { additionalProperties: false },
);

/** A class solution driven by a sequence of method calls: ["put", 1, 1] → expected[i]. */
const SolutionScenario = Type.Object(
  {
    constructor: Type.Array(Type.Unknown()),
    calls: Type.Array(Type.Array(Type.Unknown(), { minItems: 1 }), { minItems: 1 }),
    expected: Type.Array(Type.Unknown()),
  },
  { additionalProperties: false },
);

export const PackSolution = Type.Object(
  {
    /** File under resources/starter-pack/solutions/, TypeScript. */
    file: Type.String({ pattern: '^[a-z0-9-]+\\.ts$' }),
    /** The exported function or class the cases call. */
    export: Type.String({ pattern: '^[A-Za-z_][A-Za-z0-9_]*$' }),
    cases: Type.Optional(Type.Array(SolutionCase, { minItems: 3 })),
    scenarios: Type.Optional(Type.Array(SolutionScenario, { minItems: 1 })),
  },
  { additionalProperties: false },
);

export const PackEntryFile = Type.Object(
  {
    id: Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 80 }),
    question: Type.String({ minLength: 10, maxLength: 500 }),
    category: StringEnum(QUESTION_CATEGORIES),
    difficulty: StringEnum(QUESTION_DIFFICULTIES),
    tags: Type.Array(Type.String({ pattern: '^[a-z0-9][a-z0-9-]*$' }), {
      minItems: 1,
      maxItems: 8,
    }),
    summary: Type.String({ minLength: 40, maxLength: 700 }),
    key_concepts: Type.Array(Sentence, { minItems: 3, maxItems: 10 }),
    approach: Type.Array(Sentence, { minItems: 3, maxItems: 10 }),
    mistakes: Type.Array(Sentence, { minItems: 2, maxItems: 8 }),
    follow_ups: Type.Array(PackFollowUp, { minItems: 3, maxItems: 3 }),
    answer: Type.String({ minLength: 400, maxLength: 12_000 }),
    solution: Type.Optional(PackSolution),
  },
  { additionalProperties: false },
);

export type PackEntryData = Static<typeof PackEntryFile>;
export type PackSolutionData = Static<typeof PackSolution>;
