// Two users on one server must not see each other through any route. The table below names
// every operation of the OpenAPI document and what another user's ids or lists must give; a
// route added without a row here fails the first test, so no route escapes the check.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Account, as, makeMember, makeToken, setupOwner } from './accounts.js';
import { createTestApp, parseSse, type TestContext } from './test-app.js';

/** In every name and note user A writes: B must never read it. */
const MARKER = 'QzLeakMarker';
/** Only in A's bank notes: an answer for B that drew on A's bank would carry it. */
const NOTES = 'QzAlphaNotes rate limiting by sliding window';
const QUESTION = 'How would you design a rate limiter for a public API gateway?';

type Case =
  /** A's ids in the path: B gets a 404, as for ids that never existed. */
  | { kind: 'byId'; body?: Record<string, unknown> }
  /** B reads a list, a search or counts: nothing of A's is in it. */
  | { kind: 'read'; url?: string; body?: Record<string, unknown> }
  /** Owner only: B, a member, gets a 403. */
  | { kind: 'ownerOnly'; body?: Record<string, unknown> }
  /** Acts on the caller alone or holds no user's data; `why` says which, tests below check. */
  | { kind: 'self'; why: string };

const OPERATIONS: Record<string, Case> = {
  getServiceInfo: { kind: 'self', why: 'public service info' },
  getHealth: { kind: 'self', why: 'public liveness' },
  getReady: { kind: 'self', why: 'public readiness' },
  getAuthStatus: { kind: 'self', why: "the caller's own user (checked below)" },
  setupOwner: { kind: 'self', why: 'refused once an owner exists' },
  login: { kind: 'self', why: 'signs in the caller' },
  logout: { kind: 'self', why: "ends the caller's session" },
  getCurrentUser: { kind: 'self', why: "the caller's own user (checked below)" },
  changePassword: { kind: 'self', why: "the caller's own password" },
  createToken: { kind: 'self', why: 'a token of the caller' },
  listTokens: { kind: 'read' },
  deleteToken: { kind: 'byId' },
  listUsers: { kind: 'ownerOnly' },
  createUser: {
    kind: 'ownerOnly',
    body: { email: 'x@example.com', password: 'long enough password' },
  },
  updateUser: { kind: 'ownerOnly', body: { disabled: true } },
  listAgents: { kind: 'self', why: 'the fixed list of agents' },
  answerQuestion: { kind: 'read', body: { question: QUESTION } },
  streamAnswer: { kind: 'read', body: { question: QUESTION } },
  streamAnswerGet: {
    kind: 'read',
    url: `/api/agents/answer-stream?question=${encodeURIComponent(QUESTION)}`,
  },
  listInterviews: { kind: 'read', url: `/api/interviews?search=${MARKER}` },
  createInterview: { kind: 'self', why: 'cross-references checked below' },
  getInterview: { kind: 'byId' },
  updateInterview: { kind: 'byId', body: { strengths: 'B was here' } },
  deleteInterview: { kind: 'byId' },
  listRounds: { kind: 'byId' },
  createRound: { kind: 'byId', body: { round_number: 2, round_type: 'technical' } },
  getRound: { kind: 'byId' },
  updateRound: { kind: 'byId', body: { feedback: 'B was here' } },
  deleteRound: { kind: 'byId' },
  listInterviewQuestions: { kind: 'byId' },
  createInterviewQuestion: { kind: 'byId', body: { question_id: 0 } },
  getInterviewQuestion: { kind: 'byId' },
  updateInterviewQuestion: { kind: 'byId', body: { candidate_answer: 'B was here' } },
  deleteInterviewQuestion: { kind: 'byId' },
  listCompanies: { kind: 'read', url: `/api/companies?search=${MARKER}` },
  createCompany: { kind: 'self', why: 'names are unique per user (checked below)' },
  getCompany: { kind: 'byId' },
  updateCompany: { kind: 'byId', body: { industry: 'B was here' } },
  deleteCompany: { kind: 'byId' },
  listRoles: { kind: 'read', url: `/api/roles?search=${MARKER}` },
  createRole: { kind: 'self', why: 'names are unique per user (checked below)' },
  getRole: { kind: 'byId' },
  updateRole: { kind: 'byId', body: { role_category: 'B was here' } },
  deleteRole: { kind: 'byId' },
  listSkills: { kind: 'read', url: `/api/skills?search=${MARKER}` },
  createSkill: { kind: 'self', why: 'cross-references checked below' },
  getSkill: { kind: 'byId' },
  updateSkill: { kind: 'byId', body: { skill_category: 'B was here' } },
  deleteSkill: { kind: 'byId' },
  listQuestions: { kind: 'read', url: `/api/questions?tags=${MARKER}` },
  createQuestion: { kind: 'self', why: 'cross-references checked below' },
  listQuestionsByCategory: { kind: 'read' },
  getQuestion: { kind: 'byId' },
  updateQuestion: { kind: 'byId', body: { tags: ['B was here'] } },
  deleteQuestion: { kind: 'byId' },
  listStarterPack: { kind: 'self', why: "imported_question_id is the caller's (checked below)" },
  getStarterPackEntry: { kind: 'self', why: "imported_question_id is the caller's (below)" },
  importStarterPack: { kind: 'self', why: "imports into the caller's bank (checked below)" },
  getStatsOverview: { kind: 'read' },
  listUpcomingRounds: { kind: 'read' },
  getInterviewTimeline: { kind: 'byId' },
  getStageLabels: { kind: 'read' },
  updateStageLabels: { kind: 'self', why: "renames the caller's stages (getStageLabels reads)" },
  getStatsFunnel: { kind: 'read' },
  listTasks: { kind: 'read' },
  createTask: { kind: 'self', why: "another user's interview is refused (tasks.test.ts)" },
  getTask: { kind: 'byId' },
  updateTask: { kind: 'byId', body: { done: true } },
  patchTask: { kind: 'byId', body: { title: 'B was here' } },
  deleteTask: { kind: 'byId' },
  listInterviewTasks: { kind: 'byId' },
  getCalendar: { kind: 'read' },
  getCalendarLink: { kind: 'self', why: "the caller's own link (calendar.test.ts)" },
  createCalendarLink: { kind: 'self', why: "replaces the caller's own link (calendar.test.ts)" },
  deleteCalendarLink: { kind: 'self', why: "revokes the caller's own link (calendar.test.ts)" },
  exportData: { kind: 'read' },
  exportInterviewsCsv: { kind: 'read' },
  exportQuestionsCsv: { kind: 'read' },
  importData: { kind: 'self', why: "writes into the caller's account (transfer.test.ts)" },
  importQuestionsCsv: { kind: 'self', why: "writes into the caller's bank (csv.test.ts)" },
  reviewAnswer: { kind: 'self', why: "a question_id of A's is a 404 (checked below)" },
  streamAnswerFeedback: { kind: 'self', why: "a question_id of A's is a 404 (checked below)" },
  listDueQuestions: { kind: 'read', url: `/api/practice/due?tags=${MARKER}` },
  getPracticeStats: { kind: 'self', why: "counts of the caller's own reviews (checked below)" },
  reviewQuestion: { kind: 'byId', body: { rating: 'good' } },
  listQuestionReviews: { kind: 'byId' },
  createPracticeSession: { kind: 'self', why: "a role or interview of A's is a 404 (below)" },
  getPracticeSession: { kind: 'byId' },
  answerPracticeSession: { kind: 'byId', body: { question_id: 1, answer: 'B was here' } },
};

interface Operation {
  id: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
}

let ctx: TestContext;
let a: Account;
let b: Account;
let operations: Operation[];
/** A's ids, by path parameter name. */
const ids: Record<string, number | string> = {};
let bQuestionId: number;
let packEntry: { id: string; question: string };

async function ok(res: { statusCode: number; body: string; json(): unknown }, status = 201) {
  if (res.statusCode !== status) throw new Error(`${res.statusCode} ${res.body}`);
  return res.json() as Record<string, number>;
}

beforeAll(async () => {
  ctx = await createTestApp({ env: { AUTH: 'password' } });
  a = await setupOwner(ctx.app);
  b = await makeMember(ctx.app, a);
  const asA = as(ctx.app, a);
  const post = async (url: string, payload: object) =>
    ok(await asA({ method: 'POST', url, payload }));

  const company = await post('/api/companies', { company_name: `Alpha ${MARKER} Inc` });
  const role = await post('/api/roles', { role_name: `Alpha ${MARKER} Engineer` });
  const skill = await post('/api/skills', { skill_name: `Alpha ${MARKER} skill` });
  const interview = await post('/api/interviews', {
    seniority_level: 'senior',
    company_id: company.company_id,
    role_id: role.role_id,
    custom_role_title: `Alpha ${MARKER} title`,
  });
  const round = await post(`/api/interviews/${interview.interview_id}/rounds`, {
    round_number: 1,
    round_type: 'system_design',
    round_name: `Alpha ${MARKER} round`,
    scheduled_date: '2999-01-01',
  });
  const question = await post('/api/questions', {
    question_text: QUESTION,
    question_category: 'system_design',
    answer_summary: `${NOTES} ${MARKER}`,
    tags: [MARKER],
  });
  const link = await post(`/api/interviews/${interview.interview_id}/questions`, {
    question_id: question.question_id,
    round_id: round.round_id,
    candidate_answer: `Alpha ${MARKER} answer`,
  });
  await ok(
    await asA({
      method: 'PUT',
      url: '/api/settings/stage-labels',
      payload: { labels: { screening: `Alpha ${MARKER}` } },
    }),
    200,
  );
  const task = await post('/api/tasks', {
    title: `Alpha ${MARKER} task`,
    due_date: '2999-01-02',
    interview_id: interview.interview_id,
  });
  const pack = await ok(await asA({ url: '/api/starter-pack?limit=1' }), 200);
  packEntry = (pack.data as unknown as { id: string; question: string }[])[0] as never;
  const imported = await ok(
    await asA({
      method: 'POST',
      url: '/api/starter-pack/import',
      payload: { ids: [packEntry.id] },
    }),
    200,
  );
  const token = await ok(
    await asA({ method: 'POST', url: '/api/auth/tokens', payload: { name: MARKER } }),
  );
  // A practises the imported question, so A's own question stays due (and listed).
  const practised = (imported.imported as unknown as { question_id: number }[])[0]?.question_id;
  await post(`/api/practice/${practised}/reviews`, {
    rating: 'good',
    answer_text: `Alpha ${MARKER} practice answer`,
  });
  const session = await post('/api/practice/sessions', { category: 'system_design', count: 1 });
  Object.assign(ids, {
    company_id: company.company_id,
    role_id: role.role_id,
    skill_id: skill.skill_id,
    interview_id: interview.interview_id,
    round_id: round.round_id,
    question_id: question.question_id,
    interview_question_id: link.interview_question_id,
    task_id: task.task_id,
    token_id: token.token_id,
    user_id: a.user_id,
    entry_id: packEntry.id,
    category: 'system_design',
    session_id: session.session_id,
  });
  bQuestionId = Number(
    (
      await ok(
        await as(
          ctx.app,
          b,
        )({
          method: 'POST',
          url: '/api/questions',
          payload: {
            question_text: 'What is a B-tree and where is it used?',
            question_category: 'technical',
          },
        }),
      )
    ).question_id,
  );

  const document = (await ctx.app.inject({ url: '/openapi.json' })).json() as {
    paths: Record<string, Record<string, { operationId: string }>>;
  };
  operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({
      id: op.operationId,
      method: method.toUpperCase() as Operation['method'],
      path,
    })),
  );
});
afterAll(async () => ctx?.close());

const fill = (path: string) =>
  path.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!(name in ids)) throw new Error(`no id of A for path parameter ${name}`);
    return encodeURIComponent(String(ids[name]));
  });

const byKind = (kind: Case['kind']) => () =>
  operations.filter((op) => OPERATIONS[op.id]?.kind === kind);

describe('the leak table', () => {
  it('names every operation of the API document', () => {
    expect(operations.length).toBeGreaterThan(50);
    expect(operations.map((op) => op.id).filter((id) => !(id in OPERATIONS))).toEqual([]);
    expect(Object.keys(OPERATIONS).filter((id) => !operations.some((op) => op.id === id))).toEqual(
      [],
    );
  });
});

describe('user B', () => {
  it("gets a 404 for every route on A's ids, and changes nothing of A's", async () => {
    const before = await as(ctx.app, a)({ url: `/api/interviews/${ids.interview_id}` });
    const checked: string[] = [];
    for (const op of byKind('byId')()) {
      const spec = OPERATIONS[op.id] as Extract<Case, { kind: 'byId' }>;
      const body = op.id === 'createInterviewQuestion' ? { question_id: bQuestionId } : spec.body;
      const res = await as(
        ctx.app,
        b,
      )({
        method: op.method,
        url: fill(op.path),
        ...(body ? { payload: body } : {}),
      });
      expect(res.statusCode, `${op.id} ${op.method} ${fill(op.path)}: ${res.body}`).toBe(404);
      expect(res.json().detail).toMatch(/not found/);
      checked.push(op.id);
    }
    expect(checked.length).toBeGreaterThanOrEqual(20);
    const after = await as(ctx.app, a)({ url: `/api/interviews/${ids.interview_id}` });
    expect(after.json()).toEqual(before.json());
    expect(after.json().rounds).toHaveLength(1);
    expect(after.json().questions).toHaveLength(1);
    // A's token still works: B's DELETE did nothing.
    expect((await as(ctx.app, a)({ url: '/api/auth/tokens' })).json()).toHaveLength(1);
  });

  it('reads none of A in any list, search, count or answer, while A does', async () => {
    for (const op of byKind('read')()) {
      const spec = OPERATIONS[op.id] as Extract<Case, { kind: 'read' }>;
      const request = {
        method: op.method,
        url: spec.url ?? fill(op.path),
        ...(spec.body ? { payload: spec.body } : {}),
      };
      const mine = await as(ctx.app, b)(request);
      expect(mine.statusCode, `${op.id}: ${mine.body}`).toBe(200);
      expect(mine.body, op.id).not.toContain(MARKER);
      expect(mine.body, op.id).not.toContain('QzAlphaNotes');
      // The same request as A finds A's rows: the check above could fail.
      const theirs = await as(ctx.app, a)(request);
      expect(theirs.body, `${op.id} as A`).toContain(
        op.id === 'getStatsOverview' ? '"total_interviews":1' : MARKER,
      );
    }
  });

  it('starts with zero counts and an empty upcoming list', async () => {
    const stats = (await as(ctx.app, b)({ url: '/api/stats/overview' })).json();
    expect(stats).toMatchObject({
      total_interviews: 0,
      total_questions: 1,
      total_companies: 0,
      total_roles: 0,
      total_skills: 0,
    });
    expect((await as(ctx.app, b)({ url: '/api/stats/upcoming-rounds' })).json()).toEqual([]);
  });

  it('gets an answer that draws on no bank question of A', async () => {
    const answer = await as(
      ctx.app,
      b,
    )({
      method: 'POST',
      url: '/api/agents/answer',
      payload: { question: QUESTION },
    });
    expect(answer.json().metadata.bank_questions_used).toEqual([]);
    const stream = await as(
      ctx.app,
      b,
    )({
      method: 'POST',
      url: '/api/agents/answer-stream',
      payload: { question: QUESTION },
    });
    const complete = parseSse(stream.body).find((e) => e.event_type === 'answer_complete');
    expect(
      (complete?.data.metadata as { bank_questions_used?: unknown[] } | undefined)
        ?.bank_questions_used,
    ).toEqual([]);
    const forA = await as(
      ctx.app,
      a,
    )({
      method: 'POST',
      url: '/api/agents/answer',
      payload: { question: QUESTION },
    });
    expect(forA.json().metadata.bank_questions_used).toEqual([
      expect.objectContaining({ question_id: ids.question_id }),
    ]);
  });

  it("practises on none of A's questions, roles or interviews", async () => {
    const asB = as(ctx.app, b);
    for (const url of ['/api/agents/feedback', '/api/agents/feedback-stream']) {
      const res = await asB({
        method: 'POST',
        url,
        payload: { question_id: ids.question_id, answer: 'B was here' },
      });
      expect(res.statusCode, url).toBe(404);
    }
    for (const payload of [
      { role_id: ids.role_id, count: 1 },
      { interview_id: ids.interview_id, count: 1 },
    ]) {
      const res = await asB({ method: 'POST', url: '/api/practice/sessions', payload });
      expect(res.statusCode).toBe(404);
    }
    // B's queue holds B's question only; B's stats count no review of A's.
    const due = (await asB({ url: '/api/practice/due?limit=100' })).json();
    expect(due.data.map((q: { question_id: number }) => q.question_id)).toEqual([bQuestionId]);
    const stats = (await asB({ url: '/api/practice/stats' })).json();
    expect(stats).toMatchObject({ total_reviews: 0, streak_days: 0, due_now: 1 });
    const statsA = (await as(ctx.app, a)({ url: '/api/practice/stats' })).json();
    expect(statsA.total_reviews).toBe(1);
  });

  it("cannot point a row of theirs at A's rows", async () => {
    const own = await ok(
      await as(
        ctx.app,
        b,
      )({ method: 'POST', url: '/api/interviews', payload: { seniority_level: 'mid' } }),
    );
    const cases: [string, string, object, string][] = [
      [
        'POST',
        '/api/interviews',
        { seniority_level: 'mid', company_id: ids.company_id },
        `Company ${ids.company_id} not found`,
      ],
      [
        'POST',
        '/api/interviews',
        { seniority_level: 'mid', role_id: ids.role_id },
        `Role ${ids.role_id} not found`,
      ],
      [
        'PUT',
        `/api/interviews/${own.interview_id}`,
        { company_id: ids.company_id },
        `Company ${ids.company_id} not found`,
      ],
      [
        'POST',
        `/api/interviews/${own.interview_id}/questions`,
        { question_id: ids.question_id },
        `Question ${ids.question_id} not found`,
      ],
      [
        'POST',
        `/api/interviews/${own.interview_id}/questions`,
        { question_id: bQuestionId, round_id: ids.round_id },
        `Round ${ids.round_id} not found in interview ${own.interview_id}`,
      ],
      [
        'POST',
        '/api/skills',
        { skill_name: 'B skill', parent_skill_id: ids.skill_id },
        `Parent skill ${ids.skill_id} not found`,
      ],
      [
        'POST',
        '/api/skills',
        { skill_name: 'B skill 2', related_skills: [ids.skill_id] },
        `Related skill(s) ${ids.skill_id} not found`,
      ],
      [
        'POST',
        '/api/questions',
        {
          question_text: 'A question of B that relates',
          question_category: 'other',
          related_questions: [ids.question_id],
        },
        `Related question(s) ${ids.question_id} not found`,
      ],
    ];
    for (const [method, url, payload, detail] of cases) {
      const res = await as(ctx.app, b)({ method: method as 'POST', url, payload });
      expect(res.statusCode, `${method} ${url}`).toBe(404);
      expect(res.json().detail).toBe(detail);
    }
    const list = await as(ctx.app, b)({ url: '/api/interviews' });
    expect(list.json().total).toBe(1);
    expect((await as(ctx.app, b)({ url: '/api/skills' })).json()).toEqual([]);
  });

  it("may use A's names: names are unique per user", async () => {
    for (const [url, payload] of [
      ['/api/companies', { company_name: `alpha ${MARKER.toUpperCase()} inc` }],
      ['/api/roles', { role_name: `Alpha ${MARKER} Engineer` }],
      ['/api/skills', { skill_name: `Alpha ${MARKER} skill` }],
    ] as const) {
      const res = await as(ctx.app, b)({ method: 'POST', url, payload });
      expect(res.statusCode, url).toBe(201);
      const again = await as(ctx.app, b)({ method: 'POST', url, payload });
      expect(again.statusCode, url).toBe(400);
      expect(again.json().code).toBe('conflict');
    }
  });

  it("sees the starter pack as not yet imported, and imports into B's own bank", async () => {
    const entry = await as(ctx.app, b)({ url: `/api/starter-pack/${packEntry.id}` });
    expect(entry.json().imported_question_id).toBeNull();
    const forA = await as(ctx.app, a)({ url: `/api/starter-pack/${packEntry.id}` });
    expect(forA.json().imported_question_id).toEqual(expect.any(Number));
    const listed = await as(ctx.app, b)({ url: '/api/starter-pack?limit=1' });
    expect(listed.json().data[0]).toMatchObject({ id: packEntry.id, imported_question_id: null });
    const imported = await as(
      ctx.app,
      b,
    )({
      method: 'POST',
      url: '/api/starter-pack/import',
      payload: { ids: [packEntry.id] },
    });
    expect(imported.json()).toMatchObject({ imported: [{ id: packEntry.id }], skipped: [] });
    const mine = imported.json().imported[0].question_id;
    expect(mine).not.toBe(forA.json().imported_question_id);
    expect((await as(ctx.app, a)({ url: `/api/questions/${mine}` })).statusCode).toBe(404);
  });

  it('is themselves in /api/auth/me and /api/auth/status, and cannot manage users', async () => {
    expect((await as(ctx.app, b)({ url: '/api/auth/me' })).json()).toMatchObject({
      user_id: b.user_id,
      role: 'member',
    });
    expect((await as(ctx.app, b)({ url: '/api/auth/status' })).json().user).toMatchObject({
      user_id: b.user_id,
    });
    for (const op of byKind('ownerOnly')()) {
      const spec = OPERATIONS[op.id] as Extract<Case, { kind: 'ownerOnly' }>;
      const res = await as(
        ctx.app,
        b,
      )({
        method: op.method,
        url: fill(op.path),
        ...(spec.body ? { payload: spec.body } : {}),
      });
      expect(res.statusCode, op.id).toBe(403);
      expect(res.json()).toMatchObject({
        code: 'forbidden',
        detail: 'Only the owner can manage users',
      });
    }
    expect((await as(ctx.app, a)({ url: '/api/users' })).json()).toHaveLength(2);
  });

  it('with a Bearer token sees exactly what the cookie shows', async () => {
    const token = await makeToken(ctx.app, b);
    const res = await ctx.app.inject({
      url: '/api/interviews',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.json().data.map((row: { user_id?: unknown }) => row.user_id)).not.toContain(
      a.user_id,
    );
    expect(res.body).not.toContain(MARKER);
  });
});
