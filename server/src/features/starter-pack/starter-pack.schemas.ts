import Type, { type Static } from 'typebox';
import { QUESTION_CATEGORIES, QUESTION_DIFFICULTIES } from '../../db/schema.js';
import { Envelope, Limit, Pagination, StringEnum } from '../../http/schema-helpers.js';
import { AGENT_IDS } from '../../llm/agent-ids.js';

const EntryId = Type.String({
  pattern: '^[a-z0-9]+(-[a-z0-9]+)*$',
  maxLength: 80,
  description: 'Stable id of a starter-pack entry, e.g. sd-url-shortener',
  examples: ['sd-url-shortener'],
});

const summaryFields = {
  id: EntryId,
  agent: StringEnum(AGENT_IDS, { description: 'The agent whose pack it belongs to' }),
  question: Type.String(),
  category: StringEnum(QUESTION_CATEGORIES),
  difficulty: StringEnum(QUESTION_DIFFICULTIES),
  tags: Type.Array(Type.String()),
  summary: Type.String(),
  imported_question_id: Type.Union([Type.Integer(), Type.Null()], {
    description: 'The bank question it was imported as (same question text), or null',
  }),
};

export const PackEntrySummary = Type.Object(summaryFields, { title: 'StarterPackEntrySummary' });

export const PackEntry = Type.Object(
  {
    ...summaryFields,
    key_concepts: Type.Array(Type.String()),
    approach: Type.Array(Type.String()),
    mistakes: Type.Array(Type.String()),
    follow_ups: Type.Array(Type.Object({ question: Type.String(), answer: Type.String() })),
    answer: Type.String({ description: 'The model answer in Markdown (code inlined)' }),
  },
  { title: 'StarterPackEntry' },
);

export const PackList = Envelope(PackEntrySummary, 'StarterPackList');

export const PackListQuery = Type.Object({
  ...Pagination,
  limit: Limit(50),
  search: Type.Optional(
    Type.String({ maxLength: 200, description: 'Words to search for, closest entries first' }),
  ),
  agent: Type.Optional(StringEnum(AGENT_IDS)),
  category: Type.Optional(StringEnum(QUESTION_CATEGORIES)),
});

export const PackEntryParams = Type.Object({ entry_id: EntryId });

export const PackImport = Type.Object(
  {
    ids: Type.Optional(
      Type.Array(EntryId, { minItems: 1, maxItems: 500, description: 'Entries to import' }),
    ),
    agent: Type.Optional(StringEnum(AGENT_IDS, { description: "Import this agent's entries" })),
    category: Type.Optional(
      StringEnum(QUESTION_CATEGORIES, { description: 'Import the entries of this category' }),
    ),
  },
  {
    additionalProperties: false,
    title: 'StarterPackImport',
    description:
      'Which entries to import: `ids`, or every entry of an `agent` and/or `category`. ' +
      'Entries already in the bank (same question text) are skipped.',
    examples: [{ category: 'system_design' }, { ids: ['sd-url-shortener', 'coding-two-sum'] }],
  },
);

export const PackImportResult = Type.Object(
  {
    imported: Type.Array(Type.Object({ id: EntryId, question_id: Type.Integer() })),
    skipped: Type.Array(
      Type.Object({
        id: EntryId,
        question_id: Type.Integer({ description: 'The bank question that already holds it' }),
      }),
    ),
  },
  { title: 'StarterPackImportResult' },
);

export type PackListParams = Static<typeof PackListQuery>;
export type PackImportBody = Static<typeof PackImport>;
