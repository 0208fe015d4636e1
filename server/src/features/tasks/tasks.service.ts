import type { Db } from '../../db/database.js';
import type { OwnerId } from '../../db/owner.js';
import { notFound, validationError } from '../../http/errors.js';
import { createTasksRepository } from './tasks.repository.js';
import type { TaskCreateBody, TaskFilters, TaskUpdateBody } from './tasks.schemas.js';

export function createTasksService({ db }: { db: Db }) {
  const repo = createTasksRepository(db);

  async function assertInterviewExists(owner: OwnerId, interviewId: number) {
    if (!(await repo.interviewExists(owner, interviewId))) {
      throw notFound(`Interview ${interviewId} not found`);
    }
  }

  /** Another owner's task is as missing as one that never existed. */
  async function get(owner: OwnerId, taskId: number) {
    const row = await repo.get(owner, taskId);
    if (!row) throw notFound(`Task ${taskId} not found`);
    return row;
  }

  return {
    get,

    /** Suggestions are made on read, so they appear without a background job. */
    async list(owner: OwnerId, filters: TaskFilters) {
      await repo.materialiseSuggestions(owner);
      return repo.list(owner, filters);
    },

    async listForInterview(owner: OwnerId, interviewId: number) {
      await assertInterviewExists(owner, interviewId);
      await repo.materialiseSuggestions(owner);
      return repo.list(owner, { interview_id: interviewId });
    },

    async create(owner: OwnerId, body: TaskCreateBody) {
      const interviewId = body.interview_id ?? null;
      const roundId = body.round_id ?? null;
      if (roundId !== null && interviewId === null) {
        throw validationError('round_id needs the interview_id of its interview');
      }
      // An interview the caller cannot see is a 400 here: the body names it, not the path.
      if (interviewId !== null && !(await repo.interviewExists(owner, interviewId))) {
        throw validationError(`interview_id: no interview with id ${interviewId}`);
      }
      if (roundId !== null && !(await repo.roundInInterview(interviewId as number, roundId))) {
        throw validationError(`round_id: no round ${roundId} in interview ${interviewId}`);
      }
      const done = body.done ?? false;
      return repo.insert({
        user_id: owner,
        interview_id: interviewId,
        round_id: roundId,
        title: body.title.trim(),
        notes: body.notes ?? null,
        due_date: body.due_date,
        done,
        completed_at: done ? new Date() : null,
        kind: 'manual',
      });
    },

    async update(owner: OwnerId, taskId: number, body: TaskUpdateBody) {
      const current = await get(owner, taskId);
      if (Object.keys(body).length === 0) return current;
      const patch: Parameters<typeof repo.update>[1] = { ...body };
      if (body.title !== undefined) patch.title = body.title.trim();
      if (body.done !== undefined && body.done !== current.done) {
        patch.completed_at = body.done ? new Date() : null;
      }
      return repo.update(taskId, patch);
    },

    async remove(owner: OwnerId, taskId: number): Promise<void> {
      const task = await get(owner, taskId);
      await repo.remove(owner, task);
    },
  };
}
