// Finds the user's own bank questions closest to a new question, with PostgreSQL full-text
// search (works the same on PGlite). The stored notes then shape the answer.
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { type OwnerId, ownedBy } from '../../db/owner.js';
import { questions } from '../../db/schema.js';
import type { BankReference } from '../../llm/types.js';

// Stems of the words that frame a question rather than say what it is about.
const FRAMING_LEXEMES = [
  'would',
  'could',
  'design',
  'build',
  'explain',
  'implement',
  'tell',
  'time',
  'describ',
  'walk',
  'approach',
  'work',
  'use',
  'question',
  'interview',
  'go',
  'make',
  'give',
  'exampl',
  'write',
  'function',
  'best',
  'way',
  'differ',
  'someth',
  'need',
  'handl',
  'creat',
];

export async function searchBank(
  db: Db,
  owner: OwnerId,
  text: string,
  limit = 3,
): Promise<BankReference[]> {
  const lexemeRows = await db.execute<{ lexeme: string }>(
    sql`select unnest(tsvector_to_array(to_tsvector('english', ${text}))) as lexeme`,
  );
  const lexemes = (lexemeRows as unknown as { rows: { lexeme: string }[] }).rows
    .map((r) => r.lexeme)
    .filter((l) => !FRAMING_LEXEMES.includes(l) && /^[a-z0-9]+$/.test(l))
    .slice(0, 32);
  if (lexemes.length === 0) return [];

  const query = sql`to_tsquery('english', ${lexemes.join(' | ')})`;
  const lexemeArray = sql`array[${sql.join(
    lexemes.map((l) => sql`${l}`),
    sql`, `,
  )}]::text[]`;
  const overlap = sql<number>`(select count(*)::int from unnest(tsvector_to_array(search_vector)) as l where l = any(${lexemeArray}))`;
  // One shared word is chance; ask for two unless the question has only one topic word.
  const needed = Math.min(2, lexemes.length);
  const rows = await db
    .select({
      question_id: questions.question_id,
      question_text: questions.question_text,
      question_category: questions.question_category,
      answer_summary: questions.answer_summary,
      answer_markdown_content: questions.answer_markdown_content,
      key_concepts: questions.key_concepts,
      approach_steps: questions.approach_steps,
      common_mistakes: questions.common_mistakes,
      tips_and_tricks: questions.tips_and_tricks,
      follow_up_questions: questions.follow_up_questions,
      overlap,
      rank: sql<number>`ts_rank_cd(search_vector, ${query}, 32)::float8`,
    })
    .from(questions)
    .where(
      and(
        ownedBy(questions.user_id, owner),
        eq(questions.is_active, true),
        sql`search_vector @@ ${query}`,
        sql`${overlap} >= ${needed}`,
      ),
    )
    .orderBy(
      desc(overlap),
      desc(sql`ts_rank_cd(search_vector, ${query}, 32)`),
      desc(questions.question_id),
    )
    .limit(limit);
  return rows.map(({ overlap: _overlap, ...row }) => ({ ...row, rank: Number(row.rank) }));
}
