import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeMember, setupOwner } from '../../../test/accounts.js';
import { makeCompany, makeInterview, makeRound } from '../../../test/factories.js';
import { createTestApp, type TestContext } from '../../../test/test-app.js';
import { loggerOptions, redactQueryToken } from '../../app.js';
import { loadConfig } from '../../config.js';
import { zonedInstant } from './zoned-time.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => ctx?.close());

/** Parses a feed with ical.js; returns its VEVENTs by UID. */
function parse(body: string) {
  const calendar = new ICAL.Component(ICAL.parse(body));
  const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
  return new Map(events.map((e) => [e.uid, e]));
}

describe('zonedInstant', () => {
  it('reads a wall-clock time in its timezone, across daylight saving', () => {
    expect(zonedInstant('2024-12-05', '14:00:00', 'Europe/Paris').toISOString()).toBe(
      '2024-12-05T13:00:00.000Z',
    );
    expect(zonedInstant('2024-07-05', '14:00', 'Europe/Paris').toISOString()).toBe(
      '2024-07-05T12:00:00.000Z',
    );
    expect(zonedInstant('2024-07-05', '09:30', 'America/New_York').toISOString()).toBe(
      '2024-07-05T13:30:00.000Z',
    );
    expect(zonedInstant('2024-07-05', '09:30', 'Not/AZone').toISOString()).toBe(
      '2024-07-05T09:30:00.000Z',
    );
  });
});

describe('GET /api/calendar.ics', () => {
  it('serves rounds and open tasks that an iCalendar library reads back', async () => {
    const company = await makeCompany(ctx.app, { company_name: 'Acme, Inc.' });
    const interview = await makeInterview(ctx.app, { company_id: company.company_id });
    const id = interview.interview_id as number;
    const timed = await makeRound(ctx.app, id, {
      round_name: 'System design',
      scheduled_date: '2024-12-05',
      scheduled_time: '14:00:00',
      duration_minutes: 45,
      timezone: 'Europe/Paris',
      meeting_link: 'https://zoom.example.com/j/1',
      interviewer_name: 'Jane Roe',
      interviewer_title: 'Staff Engineer',
      preparation_notes: 'Caching, sharding\nand queues; read the blog',
      round_result: 'passed',
    });
    const allDay = await makeRound(ctx.app, id, {
      round_number: 2,
      scheduled_date: '2024-12-09',
      physical_location: 'HQ, floor 3',
      round_result: 'passed',
    });
    await makeRound(ctx.app, id, { round_number: 3, round_result: 'passed' });
    const task = await ctx.app.inject({
      method: 'POST',
      url: '/api/tasks',
      payload: { title: 'Thank Jane, and Bob', due_date: '2024-12-06', notes: 'one\ntwo' },
    });
    const done = await ctx.app.inject({
      method: 'POST',
      url: '/api/tasks',
      payload: { title: 'Already done', due_date: '2024-12-06', done: true },
    });

    const res = await ctx.app.inject({ method: 'GET', url: '/api/calendar.ics' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/calendar/);
    const events = parse(res.body);

    const round = events.get(`round-${timed.round_id}@interview-tracker`);
    expect(round?.summary).toBe('Acme, Inc.: System design');
    expect(round?.startDate.toJSDate().toISOString()).toBe('2024-12-05T13:00:00.000Z');
    expect(round?.endDate.toJSDate().toISOString()).toBe('2024-12-05T13:45:00.000Z');
    expect(round?.location).toBe('https://zoom.example.com/j/1');
    expect(round?.description).toContain('Interviewer: Jane Roe (Staff Engineer)');
    expect(round?.description).toContain('Caching, sharding\nand queues; read the blog');

    const day = events.get(`round-${allDay.round_id}@interview-tracker`);
    expect(day?.startDate.isDate).toBe(true);
    expect(day?.startDate.toString()).toBe('2024-12-09');
    expect(day?.location).toBe('HQ, floor 3');

    const todo = events.get(`task-${task.json().task_id}@interview-tracker`);
    expect(todo?.summary).toBe('To do: Thank Jane, and Bob');
    expect(todo?.description).toBe('one\ntwo');
    expect(todo?.startDate.toString()).toBe('2024-12-06');
    expect(events.has(`task-${done.json().task_id}@interview-tracker`)).toBe(false);
    // The undated round is not in the feed.
    expect([...events.keys()].filter((uid) => uid.startsWith('round-'))).toHaveLength(2);

    // UIDs are stable: moving the round keeps its UID and moves the event.
    await ctx.app.inject({
      method: 'PUT',
      url: `/api/interviews/${id}/rounds/${timed.round_id}`,
      payload: { scheduled_time: '15:00' },
    });
    const again = parse((await ctx.app.inject({ method: 'GET', url: '/api/calendar.ics' })).body);
    expect(
      again.get(`round-${timed.round_id}@interview-tracker`)?.startDate.toJSDate().toISOString(),
    ).toBe('2024-12-05T14:00:00.000Z');
  });
});

describe('the subscription link', () => {
  it('works with its secret alone, shows it once, stops working when rotated or revoked', async () => {
    const app = await createTestApp({ env: { AUTH: 'password' } });
    try {
      const owner = await setupOwner(app.app);
      const member = await makeMember(app.app, owner);
      await app.app.inject({
        method: 'POST',
        url: '/api/tasks',
        headers: owner.headers,
        payload: { title: 'Owner only', due_date: '2030-01-01' },
      });

      const anonymous = await app.app.inject({ method: 'GET', url: '/api/calendar.ics' });
      expect(anonymous.statusCode).toBe(401);

      const made = await app.app.inject({
        method: 'POST',
        url: '/api/calendar/link',
        headers: owner.headers,
      });
      expect(made.statusCode).toBe(201);
      const { url, token } = made.json();
      expect(url).toContain(`/api/calendar.ics?token=${token}`);
      const status = await app.app.inject({
        method: 'GET',
        url: '/api/calendar/link',
        headers: owner.headers,
      });
      expect(status.json().exists).toBe(true);
      expect(status.body).not.toContain(token);

      const subscribed = await app.app.inject({
        method: 'GET',
        url: `/api/calendar.ics?token=${token}`,
      });
      expect(subscribed.statusCode).toBe(200);
      expect(subscribed.body).toContain('SUMMARY:To do: Owner only');

      // Another user's session does not read the owner's feed, and has no link of its own.
      const other = await app.app.inject({
        method: 'GET',
        url: '/api/calendar.ics',
        headers: member.headers,
      });
      expect(other.statusCode).toBe(200);
      expect(other.body).not.toContain('Owner only');
      const memberStatus = await app.app.inject({
        method: 'GET',
        url: '/api/calendar/link',
        headers: member.headers,
      });
      expect(memberStatus.json().exists).toBe(false);

      const rotated = await app.app.inject({
        method: 'POST',
        url: '/api/calendar/link',
        headers: owner.headers,
      });
      const old = await app.app.inject({ method: 'GET', url: `/api/calendar.ics?token=${token}` });
      expect(old.statusCode).toBe(401);
      const fresh = rotated.json().token;
      expect(
        (await app.app.inject({ method: 'GET', url: `/api/calendar.ics?token=${fresh}` }))
          .statusCode,
      ).toBe(200);

      const revoked = await app.app.inject({
        method: 'DELETE',
        url: '/api/calendar/link',
        headers: owner.headers,
      });
      expect(revoked.statusCode).toBe(204);
      expect(
        (await app.app.inject({ method: 'GET', url: `/api/calendar.ics?token=${fresh}` }))
          .statusCode,
      ).toBe(401);
    } finally {
      await app.close();
    }
  }, 60_000); // builds an app of its own (migrations) inside the test

  it('keeps the secret out of request logs', () => {
    expect(redactQueryToken('/api/calendar.ics?token=abc123&x=1')).toBe(
      '/api/calendar.ics?token=[redacted]&x=1',
    );
    const logged = loggerOptions(loadConfig({})).serializers.req({
      method: 'GET',
      url: '/api/calendar.ics?token=s3cret',
    });
    expect(JSON.stringify(logged)).not.toContain('s3cret');
  });
});
