// The question bank: filtered, stably paged lists, partial updates and soft deletes.
import {
  and,
  arrayContains,
  count,
  eq,
  getTableColumns,
  inArray,
  type SQL,
  sql,
} from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { type OwnerId, ownedBy, ownerIs } from '../../db/owner.js';
import { createPagedList, pageOfIds } from '../../db/paged-list.js';
import { questions } from '../../db/schema.js';
import { clippedText, containsPattern, matchesAny, totalOrder } from '../../db/sql.js';
import { notFound, validationError } from '../../http/errors.js';
import type {
  CategoryListParams,
  QUESTION_SORT_FIELDS,
  QuestionCreateBody,
  QuestionListParams,
  QuestionUpdateBody,
} from './questions.schemas.js';

type QuestionRecord = typeof questions.$inferSelect;

/** A list row: long notes cut (GET /api/questions/{id} has them whole). */
const listColumns = {
  ...getTableColumns(questions),
  ...clippedText(
    {
      question_context: questions.question_context,
      assumptions: questions.assumptions,
      answer_summary: questions.answer_summary,
      answer_markdown_content: questions.answer_markdown_content,
      additional_information: questions.additional_information,
    },
    {
      follow_up_questions: questions.follow_up_questions,
      prerequisites: questions.prerequisites,
      key_concepts: questions.key_concepts,
      common_mistakes: questions.common_mistakes,
      tips_and_tricks: questions.tips_and_tricks,
      suggested_frameworks: questions.suggested_frameworks,
      approach_steps: questions.approach_steps,
    },
  ),
};

const SORT_COLUMNS = {
  created_at: questions.created_at,
  times_asked: questions.times_asked,
  times_practiced: questions.times_practiced,
  average_rating: questions.average_rating,
  // A PostgreSQL enum sorts in its declared order: easy < medium < hard < expert.
  question_difficulty: questions.question_difficulty,
} satisfies Record<(typeof QUESTION_SORT_FIELDS)[number], unknown>;

function ordering(sortBy: keyof typeof SORT_COLUMNS, order: 'asc' | 'desc'): SQL[] {
  return totalOrder(SORT_COLUMNS[sortBy], questions.question_id, order);
}

/** What the list's SQL depends on (values go in through placeholders; see shaped-statements.ts). */
function shapeOf(owner: OwnerId, query: QuestionListParams) {
  return {
    filters: {
      owned: owner !== null,
      category: query.category !== undefined,
      difficulty: query.difficulty !== undefined,
      search: Boolean(query.search),
      tags: Boolean(query.tags?.length),
    },
    sort: query.sort_by,
    order: query.order,
    limit: query.limit,
    paged: query.skip > 0,
  };
}
type ListShape = ReturnType<typeof shapeOf>;

const valuesOf = (owner: OwnerId, query: QuestionListParams) => ({
  owner,
  is_active: query.is_active,
  category: query.category,
  difficulty: query.difficulty,
  search: query.search ? containsPattern(query.search) : undefined,
  tags: query.tags,
  offset: query.skip,
});

const placeholder = sql.placeholder;

function listFilter(shape: ListShape['filters']): SQL | undefined {
  return and(
    ownerIs(questions.user_id, shape.owned),
    eq(questions.is_active, placeholder('is_active')),
    shape.category ? eq(questions.question_category, placeholder('category')) : undefined,
    shape.difficulty ? eq(questions.question_difficulty, placeholder('difficulty')) : undefined,
    shape.search
      ? matchesAny(placeholder('search'), questions.question_text, questions.question_context)
      : undefined,
    // `@>`: the question carries every tag asked for (served by the GIN index on tags). The
    // column's encoder writes the list as a PostgreSQL array, on both drivers.
    shape.tags
      ? arrayContains(questions.tags, sql.param(placeholder('tags'), questions.tags))
      : undefined,
  );
}

export function createQuestionsService(database: Pick<Database, 'db' | 'soleWriter'>) {
  const { db } = database;
  const pagedList = createPagedList(database, {
    name: 'question',
    shapeOf,
    valuesOf,
    // The page's ids, sorted and cut over narrow rows, then the full rows of those ids only:
    // cutting and measuring long text for every match would cost more than the page.
    page: (shape: ListShape) => {
      const order = ordering(shape.sort, shape.order);
      const page = pageOfIds(
        db
          .select({ id: questions.question_id })
          .from(questions)
          .where(listFilter(shape.filters))
          .orderBy(...order)
          .$dynamic(),
        shape,
      );
      return db
        .select(listColumns)
        .from(page)
        .innerJoin(questions, eq(questions.question_id, page.id))
        .orderBy(...order);
    },
    count: (filters) => db.select({ n: count() }).from(questions).where(listFilter(filters)),
  });

  async function get(owner: OwnerId, questionId: number): Promise<QuestionRecord> {
    const [row] = await db
      .select()
      .from(questions)
      .where(and(eq(questions.question_id, questionId), ownedBy(questions.user_id, owner)))
      .limit(1);
    if (!row) throw notFound(`Question ${questionId} not found`);
    return row;
  }

  /** related_questions must name questions that exist (and not the question itself). */
  async function checkRelated(
    owner: OwnerId,
    related: number[] | null | undefined,
    selfId?: number,
  ) {
    if (!related?.length) return;
    if (selfId !== undefined && related.includes(selfId)) {
      throw validationError('body/related_questions must not include the question itself');
    }
    const wanted = [...new Set(related)];
    const found = await db
      .select({ id: questions.question_id })
      .from(questions)
      .where(and(inArray(questions.question_id, wanted), ownedBy(questions.user_id, owner)));
    const known = new Set(found.map((row) => row.id));
    const missing = wanted.filter((id) => !known.has(id));
    if (missing.length > 0) {
      throw notFound(`Related question(s) ${missing.join(', ')} not found`);
    }
  }

  return {
    get,

    /** One page and its total (paged-list.ts), with the paging asked. */
    async list(owner: OwnerId, query: QuestionListParams) {
      const { total, data } = await pagedList.list(owner, query);
      return { total, skip: query.skip, limit: query.limit, data };
    },

    async listByCategory(
      owner: OwnerId,
      category: QuestionRecord['question_category'],
      query: CategoryListParams,
    ): Promise<QuestionRecord[]> {
      return db
        .select()
        .from(questions)
        .where(
          and(
            ownedBy(questions.user_id, owner),
            eq(questions.is_active, true),
            eq(questions.question_category, category),
          ),
        )
        .orderBy(...ordering('created_at', 'desc'))
        .offset(query.skip)
        .limit(query.limit);
    },

    async create(owner: OwnerId, input: QuestionCreateBody): Promise<QuestionRecord> {
      await checkRelated(owner, input.related_questions);
      const [row] = await db
        .insert(questions)
        .values({ ...input, user_id: owner })
        .returning();
      return row as QuestionRecord;
    },

    async update(
      owner: OwnerId,
      questionId: number,
      patch: QuestionUpdateBody,
    ): Promise<QuestionRecord> {
      const current = await get(owner, questionId);
      await checkRelated(owner, patch.related_questions, questionId);
      if (Object.keys(patch).length === 0) return current;
      const [row] = await db
        .update(questions)
        .set(patch)
        .where(eq(questions.question_id, questionId))
        .returning();
      return row as QuestionRecord;
    },

    /** Soft delete: the question stays readable by id and restorable with is_active: true. */
    async remove(owner: OwnerId, questionId: number): Promise<void> {
      await get(owner, questionId);
      // Only an active question changes, so a repeated delete leaves updated_at alone.
      await db
        .update(questions)
        .set({ is_active: false })
        .where(and(eq(questions.question_id, questionId), eq(questions.is_active, true)));
    },
  };
}

export type QuestionsService = ReturnType<typeof createQuestionsService>;
