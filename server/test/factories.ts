// Factories make exactly the rows a test needs, through the public API, with unique names.
import type { App } from '../src/app.js';
import type { Database } from '../src/db/database.js';
import { interviewRounds, interviews, questions } from '../src/db/schema.js';

let sequence = 0;
export const unique = (prefix: string) =>
  `${prefix} ${++sequence}-${Math.random().toString(36).slice(2, 7)}`;

type Json = Record<string, unknown>;

async function post(app: App, url: string, payload: Json): Promise<Json> {
  const response = await app.inject({ method: 'POST', url, payload });
  if (response.statusCode !== 201) {
    throw new Error(`factory POST ${url} failed: ${response.statusCode} ${response.body}`);
  }
  return response.json();
}

export const makeCompany = (app: App, fields: Json = {}) =>
  post(app, '/api/companies', { company_name: unique('Company'), ...fields });

export const makeRole = (app: App, fields: Json = {}) =>
  post(app, '/api/roles', { role_name: unique('Role'), ...fields });

export const makeSkill = (app: App, fields: Json = {}) =>
  post(app, '/api/skills', { skill_name: unique('Skill'), ...fields });

export const makeInterview = (app: App, fields: Json = {}) =>
  post(app, '/api/interviews', { seniority_level: 'senior', ...fields });

export const makeRound = (app: App, interviewId: number, fields: Json = {}) =>
  post(app, `/api/interviews/${interviewId}/rounds`, {
    round_number: 1,
    round_type: 'technical',
    ...fields,
  });

export const makeQuestion = (app: App, fields: Json = {}) =>
  post(app, '/api/questions', {
    question_text: unique('How would you design a system for'),
    question_category: 'system_design',
    ...fields,
  });

export const linkQuestion = (
  app: App,
  interviewId: number,
  questionId: number,
  fields: Json = {},
) => post(app, `/api/interviews/${interviewId}/questions`, { question_id: questionId, ...fields });

// Direct inserts, for tests that need interviews and rounds without going through their routes.
type InterviewInsert = typeof interviews.$inferInsert;
type RoundInsert = typeof interviewRounds.$inferInsert;

export async function insertInterview(database: Database, fields: Partial<InterviewInsert> = {}) {
  const [row] = await database.db
    .insert(interviews)
    .values({ seniority_level: 'senior', ...fields })
    .returning();
  if (!row) throw new Error('insertInterview returned no row');
  return row;
}

export async function insertRound(
  database: Database,
  interviewId: number,
  fields: Partial<RoundInsert> = {},
) {
  const [row] = await database.db
    .insert(interviewRounds)
    .values({ round_number: 1, round_type: 'technical', ...fields, interview_id: interviewId })
    .returning();
  if (!row) throw new Error('insertRound returned no row');
  return row;
}

/**
 * A question row written straight to the database, so that tests of the features which only
 * reference questions (interview links) do not depend on the questions API.
 */
export async function insertQuestion(
  database: Database,
  fields: Partial<typeof questions.$inferInsert> = {},
) {
  const [row] = await database.db
    .insert(questions)
    .values({
      question_text: unique('How would you design a system for'),
      question_category: 'system_design',
      ...fields,
    })
    .returning();
  if (!row) throw new Error('factory insertQuestion wrote no row');
  return row;
}
