// The iCalendar feed (RFC 5545): every dated round as a timed VEVENT (UTC instants computed
// from the round's date, time and timezone), every open task as an all-day VEVENT. UIDs are
// derived from the ids, so a calendar app updates an event instead of duplicating it.
import { createHash, randomBytes } from 'node:crypto';
import ical from 'ical-generator';
import type { Db } from '../../db/database.js';
import type { OwnerId } from '../../db/owner.js';
import { AppError } from '../../http/errors.js';
import { createCalendarRepository } from './calendar.repository.js';
import { zonedInstant } from './zoned-time.js';

const UID_DOMAIN = 'interview-tracker';
const DEFAULT_DURATION_MINUTES = 60;
const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

export const roundUid = (roundId: number) => `round-${roundId}@${UID_DOMAIN}`;
export const taskUid = (taskId: number) => `task-${taskId}@${UID_DOMAIN}`;

const lines = (...parts: (string | null | undefined | false)[]) =>
  parts.filter((p): p is string => typeof p === 'string' && p.length > 0).join('\n');

export function createCalendarService({ db }: { db: Db }) {
  const repo = createCalendarRepository(db);

  return {
    /** The owner a `?token=` secret stands for; an unknown secret is a 401. */
    async ownerOfToken(token: string): Promise<OwnerId> {
      const row = await repo.ownerOfToken(sha256(token));
      if (!row) {
        throw new AppError('unauthorized', 'This calendar link was revoked or replaced');
      }
      return row.user_id;
    },

    async feed(owner: OwnerId): Promise<string> {
      const [rounds, openTasks] = await Promise.all([repo.rounds(owner), repo.openTasks(owner)]);
      const calendar = ical({
        name: 'Interviews',
        prodId: { company: 'Interview Tracking System', product: 'calendar', language: 'EN' },
      });
      for (const round of rounds) {
        const who = round.company_name ?? round.custom_role_title ?? 'Interview';
        const name = round.round_name ?? `Round ${round.round_number}`;
        const common = {
          id: roundUid(round.round_id),
          summary: `${who}: ${name}`,
          location: round.physical_location ?? round.meeting_link ?? round.meeting_platform,
          url: round.meeting_link,
          description: lines(
            round.interviewer_name &&
              `Interviewer: ${round.interviewer_name}${round.interviewer_title ? ` (${round.interviewer_title})` : ''}`,
            round.meeting_link && `Meeting: ${round.meeting_link}`,
            round.preparation_notes && `Preparation:\n${round.preparation_notes}`,
          ),
          lastModified: round.updated_at,
        };
        const date = round.scheduled_date as string;
        if (round.scheduled_time) {
          const start = zonedInstant(date, round.scheduled_time, round.timezone);
          const minutes = round.duration_minutes ?? DEFAULT_DURATION_MINUTES;
          calendar.createEvent({
            ...common,
            start,
            end: new Date(start.getTime() + minutes * 60_000),
          });
        } else {
          calendar.createEvent({ ...common, start: new Date(`${date}T00:00:00Z`), allDay: true });
        }
      }
      for (const task of openTasks) {
        calendar.createEvent({
          id: taskUid(task.task_id),
          summary: `To do: ${task.title}`,
          description: task.notes,
          start: new Date(`${task.due_date}T00:00:00Z`),
          allDay: true,
          lastModified: task.updated_at,
        });
      }
      return calendar.toString();
    },

    async linkStatus(owner: OwnerId) {
      const row = await repo.feed(owner);
      return { exists: row !== undefined, created_at: row?.created_at ?? null };
    },

    /** Makes a new secret (the previous one stops working); only its hash is kept. */
    async rotate(owner: OwnerId) {
      const token = randomBytes(32).toString('base64url');
      const row = await repo.replace(owner, sha256(token));
      return { token, created_at: row.created_at };
    },

    async revoke(owner: OwnerId): Promise<void> {
      await repo.revoke(owner);
    },
  };
}
