import { eq, getTableColumns } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeQuestion, unique } from '../../../test/factories.js';
import { countRows, createTestApp, type TestContext } from '../../../test/test-app.js';
import { QUESTION_CATEGORIES, questions } from '../../db/schema.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => ctx?.close());

const ISO_Z = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

const fullPayload = () => ({
  question_text: unique('How would you design a URL shortening service?'),
  question_category: 'system_design',
  question_difficulty: 'hard',
  question_context: 'Senior backend loop',
  assumptions: '100M URLs a month',
  answer_markdown_link: 'https://example.com/answer.md',
  answer_summary: 'Design should include URL generation, storage, redirection',
  answer_markdown_content: '# Answer',
  reference_image_urls: ['https://example.com/a.png'],
  diagram_url: 'https://example.com/diagram.png',
  video_explanation_url: 'https://example.com/video',
  follow_up_questions: ['How would you handle collisions?'],
  related_questions: [] as number[],
  prerequisites: ['Hashing basics'],
  additional_information: 'Classic question',
  key_concepts: ['Hashing', 'Database Design', 'Caching'],
  common_mistakes: ['Not considering collision handling'],
  tips_and_tricks: ['Use base62 encoding'],
  time_to_answer_minutes: 45,
  suggested_frameworks: ['RESHADED'],
  approach_steps: ['Clarify', 'Estimate', 'Design'],
  source: 'Glassdoor',
  source_url: 'https://example.com/source',
  author: 'Jane',
  times_practiced: 3,
  average_rating: 4.25,
  tags: ['system_design', 'scalability'],
  is_active: true,
  created_by: 'admin',
});

const NULLABLE_COLUMNS = Object.keys(fullPayload()).filter(
  (key) =>
    ![
      'question_text',
      'question_category',
      'question_difficulty',
      'times_practiced',
      'is_active',
    ].includes(key),
);

describe('POST /api/questions', () => {
  it('creates a question and returns every stored field', async () => {
    const related = await makeQuestion(ctx.app);
    const payload = { ...fullPayload(), related_questions: [related.question_id as number] };
    const res = await ctx.app.inject({ method: 'POST', url: '/api/questions', payload });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toEqual({
      question_id: expect.any(Number),
      ...payload,
      times_asked: 0,
      created_at: expect.stringMatching(ISO_Z),
      updated_at: expect.stringMatching(ISO_Z),
    });
    const [stored] = await ctx.database.db
      .select()
      .from(questions)
      .where(eq(questions.question_id, body.question_id));
    expect(stored).toMatchObject({ ...payload, times_asked: 0 });
  });

  it('applies defaults, fills the rest with null, ignores times_asked sent back', async () => {
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/questions/',
      payload: {
        question_text: 'Tell me about a conflict.',
        question_category: 'behavioral',
        times_asked: 99,
      },
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({
      question_difficulty: 'medium',
      times_asked: 0,
      times_practiced: 0,
      is_active: true,
    });
    for (const column of NULLABLE_COLUMNS) expect(body[column], column).toBeNull();
    // Every column but the owner, which the API keeps to itself (the caller is the owner).
    const { user_id: _owner, ...columns } = getTableColumns(questions);
    expect(Object.keys(body).sort()).toEqual(Object.keys(columns).sort());
  });

  const valid = { question_text: 'A valid question text?', question_category: 'coding' };
  it.each(
    (
      [
        [{}, 'body/question_text is required'],
        [{ question_text: valid.question_text }, 'body/question_category is required'],
        [
          { ...valid, question_text: 'Too short' },
          'body/question_text must be at least 10 characters',
        ],
        [{ ...valid, question_text: ' '.repeat(12) }, 'body/question_text must not be blank'],
        [
          { ...valid, question_text: 'x'.repeat(5001) },
          'body/question_text must be at most 5000 characters',
        ],
        [{ ...valid, question_text: 42 }, 'body/question_text must be a string'],
        [{ ...valid, question_text: null }, 'body/question_text must not be null'],
        [
          { ...valid, question_category: 'astrology' },
          `body/question_category must be one of: ${QUESTION_CATEGORIES.join(', ')}`,
        ],
        [
          { ...valid, question_difficulty: 'trivial' },
          'body/question_difficulty must be one of: easy, medium, hard, expert',
        ],
        [{ ...valid, question_difficulty: null }, 'body/question_difficulty must not be null'],
        [{ ...valid, is_active: null }, 'body/is_active must not be null'],
        [{ ...valid, times_practiced: null }, 'body/times_practiced must not be null'],
        [{ ...valid, times_practiced: -1 }, 'body/times_practiced must be 0 or more'],
        [{ ...valid, time_to_answer_minutes: -1 }, 'body/time_to_answer_minutes must be 0 or more'],
        [
          { ...valid, time_to_answer_minutes: 1.5 },
          'body/time_to_answer_minutes must be a whole number',
        ],
        [
          { ...valid, time_to_answer_minutes: '45' },
          'body/time_to_answer_minutes must be a whole number',
        ],
        [{ ...valid, average_rating: 10 }, 'body/average_rating must be 9.99 or less'],
        [{ ...valid, average_rating: -0.5 }, 'body/average_rating must be 0 or more'],
        [{ ...valid, tags: [1] }, 'body/tags/0 must be a string'],
        [{ ...valid, related_questions: [0] }, 'body/related_questions/0 must be 1 or more'],
        [
          { ...valid, source_url: 'x'.repeat(501) },
          'body/source_url must be at most 500 characters',
        ],
        [{ ...valid, author: 'x'.repeat(201) }, 'body/author must be at most 200 characters'],
        [
          { ...valid, created_by: 'x'.repeat(101) },
          'body/created_by must be at most 100 characters',
        ],
        [[valid], 'body must be a JSON object'],
      ] as [object, string][]
    ).map(([payload, detail]) => ({ payload, detail })),
  )('400 "$detail", writing nothing', async ({ payload, detail }) => {
    const before = await countRows(ctx.database, questions);
    const res = await ctx.app.inject({ method: 'POST', url: '/api/questions', payload });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ detail, code: 'validation_error' });
    expect(await countRows(ctx.database, questions)).toBe(before);
  });

  it('is a 404 naming related questions that do not exist, and writes nothing', async () => {
    const before = await countRows(ctx.database, questions);
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/questions',
      payload: { ...valid, related_questions: [999998, 999999] },
    });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({
      detail: 'Related question(s) 999998, 999999 not found',
      code: 'not_found',
    });
    expect(await countRows(ctx.database, questions)).toBe(before);
  });
});

describe('GET /api/questions/{question_id}', () => {
  it('returns the question', async () => {
    const question = await makeQuestion(ctx.app, { tags: ['x'], average_rating: 0 });
    const res = await ctx.app.inject({ url: `/api/questions/${question.question_id}` });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual(question);
    expect(res.json().average_rating).toBe(0);
  });

  it('is a 404 for an unknown id and a 400 for a malformed one', async () => {
    const missing = await ctx.app.inject({ url: '/api/questions/999999' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({
      detail: 'Question 999999 not found',
      code: 'not_found',
    });
    const malformed = await ctx.app.inject({ url: '/api/questions/abc' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().detail).toBe('path/question_id must be a whole number');
  });
});
