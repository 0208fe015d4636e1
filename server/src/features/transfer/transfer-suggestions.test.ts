// Suggested tasks across an import into a tracker that already has data (so every id changes):
// a ticked suggestion stays ticked and is not suggested again, a deleted one stays gone, and
// neither is confused with the target's own suggestion for a record that had the same id.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCompany, makeInterview, makeRound } from '../../../test/factories.js';
import { createTestApp, type TestContext } from '../../../test/test-app.js';
import type { App } from '../../app.js';

let source: TestContext;
let target: TestContext;
beforeAll(async () => {
  [source, target] = await Promise.all([createTestApp(), createTestApp()]);
});
afterAll(async () => {
  await source?.close();
  await target?.close();
});

const dayFromToday = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

type Task = Record<string, unknown>;

async function tasksOf(app: App): Promise<Task[]> {
  const res = await app.inject({ method: 'GET', url: '/api/tasks?limit=100' });
  expect(res.statusCode, res.body).toBe(200);
  const body = res.json();
  return (Array.isArray(body) ? body : body.data) as Task[];
}

/** An interview at `company` with a round yesterday (a follow-up is due) and an offer deadline. */
async function interviewWithSuggestions(app: App, company: string) {
  const made = await makeCompany(app, { company_name: company });
  const interview = await makeInterview(app, {
    company_id: made.company_id,
    offer_deadline: dayFromToday(5),
  });
  const round = await makeRound(app, interview.interview_id as number, {
    round_name: 'Onsite',
    scheduled_date: dayFromToday(-1),
  });
  return { interviewId: interview.interview_id as number, roundId: round.round_id as number };
}

describe('suggested tasks through export and import', () => {
  it('keeps a ticked follow-up ticked and a deleted offer reminder gone, under new ids', async () => {
    // The target has its own interview and round first, with the ids the source's will have.
    const own = await interviewWithSuggestions(target.app, 'Target Co');
    const ownTasks = await tasksOf(target.app);
    expect(ownTasks).toHaveLength(2);

    const theirs = await interviewWithSuggestions(source.app, 'Source Co');
    expect(theirs).toEqual(own);
    const suggested = await tasksOf(source.app);
    const followUp = suggested.find((t) => t.kind === 'follow_up');
    const offer = suggested.find((t) => t.kind === 'offer_deadline');
    const tick = await source.app.inject({
      method: 'PATCH',
      url: `/api/tasks/${followUp?.task_id}`,
      payload: { done: true },
    });
    expect(tick.statusCode, tick.body).toBe(200);
    const del = await source.app.inject({ method: 'DELETE', url: `/api/tasks/${offer?.task_id}` });
    expect(del.statusCode).toBe(204);

    const exported = await source.app.inject({ method: 'GET', url: '/api/export' });
    expect(exported.statusCode).toBe(200);
    const imported = await target.app.inject({
      method: 'POST',
      url: '/api/import?mode=merge',
      payload: exported.json(),
    });
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.json().collections.dismissed_suggestions).toEqual({ created: 1, merged: 0 });

    const after = await tasksOf(target.app);
    const list = await target.app.inject({
      method: 'GET',
      url: `/api/interviews?company_id=${await companyId(target.app, 'Source Co')}`,
    });
    const importedInterview = list.json().data[0].interview_id as number;
    const forImported = after.filter((t) => t.interview_id === importedInterview);
    // The ticked follow-up came across done, and nothing was suggested again for its round.
    expect(forImported).toEqual([
      expect.objectContaining({ kind: 'follow_up', done: true, title: followUp?.title }),
    ]);
    // The target's own two suggestions are untouched.
    expect(after.filter((t) => t.interview_id === own.interviewId)).toEqual(
      ownTasks.map((t) => expect.objectContaining({ task_id: t.task_id, done: false })),
    );
    expect(after).toHaveLength(3);
  });
});

async function companyId(app: App, name: string) {
  const res = await app.inject({
    method: 'GET',
    url: `/api/companies?search=${encodeURIComponent(name)}`,
  });
  const body = res.json();
  return ((Array.isArray(body) ? body : body.data) as Task[])[0]?.company_id;
}
