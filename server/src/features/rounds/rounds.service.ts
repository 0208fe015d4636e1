import type { Db } from '../../db/database.js';
import { notFound } from '../../http/errors.js';
import { assertInterviewExists } from '../interviews/interviews.service.js';
import { createRoundsRepository } from './rounds.repository.js';
import type { RoundCreateBody, RoundUpdateBody } from './rounds.schemas.js';

export function createRoundsService({ db }: { db: Db }) {
  const repo = createRoundsRepository(db);

  /** A round in another interview is as missing as one that never existed. */
  async function get(interviewId: number, roundId: number) {
    await assertInterviewExists(db, interviewId);
    const row = await repo.find(interviewId, roundId);
    if (!row) throw notFound(`Round ${roundId} not found in interview ${interviewId}`);
    return row;
  }

  return {
    get,

    async list(interviewId: number) {
      await assertInterviewExists(db, interviewId);
      return repo.list(interviewId);
    },

    async create(interviewId: number, body: RoundCreateBody) {
      await assertInterviewExists(db, interviewId);
      // The path names the interview; a body's interview_id is ignored.
      const { interview_id: _ignored, ...fields } = body;
      return repo.insert({ ...fields, interview_id: interviewId });
    },

    async update(interviewId: number, roundId: number, body: RoundUpdateBody) {
      const current = await get(interviewId, roundId);
      const { interview_id: _ignored, ...patch } = body;
      if (Object.keys(patch).length === 0) return current;
      return repo.update(roundId, patch);
    },

    async remove(interviewId: number, roundId: number): Promise<void> {
      await get(interviewId, roundId);
      await repo.deleteKeepingLinks(roundId);
    },
  };
}
