import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeMember, setupOwner } from '../../../test/accounts.js';
import { makeCompany, makeInterview, makeRound } from '../../../test/factories.js';
import { countRows, createTestApp, type TestContext } from '../../../test/test-app.js';
import { tasks } from '../../db/schema.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => ctx?.close());

/** A date `days` from today, as YYYY-MM-DD (UTC, like the database's current_date here). */
const dayFromToday = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

const get = async (url: string) => {
  const res = await ctx.app.inject({ method: 'GET', url });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Record<string, unknown>[];
};

describe('tasks made by hand', () => {
  it('creates, lists by due date, ticks done and deletes a task', async () => {
    const interview = await makeInterview(ctx.app);
    const created = await ctx.app.inject({
      method: 'POST',
      url: '/api/tasks',
      payload: {
        title: '  Send a thank-you note ',
        due_date: dayFromToday(1),
        interview_id: interview.interview_id,
        notes: 'Mention the caching question',
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const task = created.json();
    expect(task).toMatchObject({
      title: 'Send a thank-you note',
      kind: 'manual',
      done: false,
      completed_at: null,
      interview_id: interview.interview_id,
    });

    const later = await ctx.app.inject({
      method: 'POST',
      url: '/api/tasks',
      payload: { title: 'Far away', due_date: dayFromToday(40) },
    });
    expect(later.statusCode).toBe(201);

    const dueSoon = await get(`/api/tasks?due_before=${dayFromToday(7)}&done=false`);
    const ids = dueSoon.map((t) => t.task_id);
    expect(ids).toContain(task.task_id);
    expect(ids).not.toContain(later.json().task_id);

    const ticked = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/tasks/${task.task_id}`,
      payload: { done: true },
    });
    expect(ticked.statusCode).toBe(200);
    expect(ticked.json().done).toBe(true);
    expect(ticked.json().completed_at).toEqual(expect.any(String));
    const open = await get('/api/tasks?done=false');
    expect(open.map((t) => t.task_id)).not.toContain(task.task_id);

    const perInterview = await get(`/api/interviews/${interview.interview_id}/tasks`);
    expect(perInterview.map((t) => t.task_id)).toEqual([task.task_id]);

    const deleted = await ctx.app.inject({ method: 'DELETE', url: `/api/tasks/${task.task_id}` });
    expect(deleted.statusCode).toBe(204);
    const gone = await ctx.app.inject({ method: 'GET', url: `/api/tasks/${task.task_id}` });
    expect(gone.statusCode).toBe(404);
  });

  it('rejects a blank title, a bad date and an unknown interview, writing nothing', async () => {
    const before = await countRows(ctx.database, tasks);
    for (const payload of [
      { title: '   ', due_date: '2025-01-01' },
      { title: 'x', due_date: '2025-13-45' },
      { title: 'x', due_date: '2025-01-01', interview_id: 999_999 },
      { title: 'x', due_date: '2025-01-01', round_id: 1 },
    ]) {
      const res = await ctx.app.inject({ method: 'POST', url: '/api/tasks', payload });
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json().detail).toEqual(expect.any(String));
    }
    expect(await countRows(ctx.database, tasks)).toBe(before);
  });
});

describe('suggested tasks', () => {
  it('suggests a follow-up 3 days after a round with no result, once, and not after delete', async () => {
    const company = await makeCompany(ctx.app, { company_name: 'Follow Co' });
    const interview = await makeInterview(ctx.app, { company_id: company.company_id });
    const round = await makeRound(ctx.app, interview.interview_id as number, {
      round_name: 'Onsite',
      scheduled_date: dayFromToday(-1),
    });
    const url = `/api/interviews/${interview.interview_id}/tasks`;
    const first = await get(url);
    expect(first).toEqual([
      expect.objectContaining({
        kind: 'follow_up',
        title: 'Follow up with Follow Co after Onsite',
        due_date: dayFromToday(2),
        round_id: round.round_id,
      }),
    ]);
    // Reading again does not make a second one.
    expect(await get(url)).toHaveLength(1);

    const del = await ctx.app.inject({
      method: 'DELETE',
      url: `/api/tasks/${first[0]?.task_id}`,
    });
    expect(del.statusCode).toBe(204);
    expect(await get(url)).toEqual([]);
  });

  it('suggests nothing for a round with a result or long past, and answers an offer by its deadline', async () => {
    const interview = await makeInterview(ctx.app, { offer_deadline: dayFromToday(5) });
    const id = interview.interview_id as number;
    await makeRound(ctx.app, id, { scheduled_date: dayFromToday(-2), round_result: 'passed' });
    await makeRound(ctx.app, id, { round_number: 2, scheduled_date: dayFromToday(-90) });
    const list = await get(`/api/interviews/${id}/tasks`);
    expect(list).toEqual([
      expect.objectContaining({ kind: 'offer_deadline', due_date: dayFromToday(5) }),
    ]);
    // Done stays done: ticking it does not bring a fresh open copy.
    await ctx.app.inject({
      method: 'PUT',
      url: `/api/tasks/${list[0]?.task_id}`,
      payload: { done: true },
    });
    const again = await get(`/api/interviews/${id}/tasks`);
    expect(again).toEqual([expect.objectContaining({ done: true })]);
  });
});

describe('tasks follow their interview', () => {
  it('go away with an interview deleted for good, and lose a deleted round', async () => {
    const interview = await makeInterview(ctx.app);
    const id = interview.interview_id as number;
    const round = await makeRound(ctx.app, id, { round_result: 'passed' });
    const made = await ctx.app.inject({
      method: 'POST',
      url: '/api/tasks',
      payload: {
        title: 'Prepare',
        due_date: '2030-02-01',
        interview_id: id,
        round_id: round.round_id,
      },
    });
    expect(made.statusCode, made.body).toBe(201);
    const taskId = made.json().task_id;
    await ctx.app.inject({
      method: 'DELETE',
      url: `/api/interviews/${id}/rounds/${round.round_id}`,
    });
    const kept = await ctx.app.inject({ method: 'GET', url: `/api/tasks/${taskId}` });
    expect(kept.json()).toMatchObject({ interview_id: id, round_id: null });

    await ctx.app.inject({ method: 'DELETE', url: `/api/interviews/${id}` });
    const gone = await ctx.app.inject({
      method: 'DELETE',
      url: `/api/interviews/${id}?permanent=true`,
    });
    expect(gone.statusCode, gone.body).toBe(204);
    const after = await ctx.app.inject({ method: 'GET', url: `/api/tasks/${taskId}` });
    expect(after.statusCode).toBe(404);
  });
});

describe('tasks are private to their owner', () => {
  it("another user neither lists, reads, edits nor deletes someone's task", async () => {
    const accounts = await createTestApp({ env: { AUTH: 'password' } });
    try {
      const owner = await setupOwner(accounts.app);
      const member = await makeMember(accounts.app, owner);
      const created = await accounts.app.inject({
        method: 'POST',
        url: '/api/tasks',
        headers: owner.headers,
        payload: { title: 'Private', due_date: '2030-01-01' },
      });
      expect(created.statusCode).toBe(201);
      const id = created.json().task_id;
      const ownersInterview = await accounts.app.inject({
        method: 'POST',
        url: '/api/interviews',
        headers: owner.headers,
        payload: { seniority_level: 'senior' },
      });
      const onTheirs = await accounts.app.inject({
        method: 'POST',
        url: '/api/tasks',
        headers: member.headers,
        payload: {
          title: 'Sneaky',
          due_date: '2030-01-01',
          interview_id: ownersInterview.json().interview_id,
        },
      });
      expect(onTheirs.statusCode).toBe(400);
      expect(onTheirs.json().detail).toMatch(/no interview with id/);
      const list = await accounts.app.inject({
        method: 'GET',
        url: '/api/tasks',
        headers: member.headers,
      });
      expect(list.json()).toEqual([]);
      for (const method of ['GET', 'PUT', 'DELETE'] as const) {
        const res = await accounts.app.inject({
          method,
          url: `/api/tasks/${id}`,
          headers: member.headers,
          ...(method === 'PUT' ? { payload: { done: true } } : {}),
        });
        expect(res.statusCode, method).toBe(404);
      }
      const still = await accounts.app.inject({
        method: 'GET',
        url: `/api/tasks/${id}`,
        headers: owner.headers,
      });
      expect(still.json().done).toBe(false);
    } finally {
      await accounts.close();
    }
  }, 60_000); // builds an app of its own (migrations) inside the test
});
