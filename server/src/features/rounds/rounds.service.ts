import type { Db } from '../../db/database.js';
import { notFound } from '../../http/errors.js';
import { createInterviewPartsRepository } from '../interviews/interview-parts.repository.js';
import { createRoundsRepository } from './rounds.repository.js';
import type { RoundCreateBody, RoundUpdateBody } from './rounds.schemas.js';

export function createRoundsService({ db }: { db: Db }) {
  const repo = createRoundsRepository(db);
  const parts = createInterviewPartsRepository(db);

  async function assertInterviewExists(interviewId: number) {
    if (!(await parts.interviewExists(interviewId))) {
      throw notFound(`Interview ${interviewId} not found`);
    }
  }

  /** A round in another interview is as missing as one that never existed. */
  async function get(interviewId: number, roundId: number) {
    await assertInterviewExists(interviewId);
    const row = await parts.round(interviewId, roundId);
    if (!row) throw notFound(`Round ${roundId} not found in interview ${interviewId}`);
    return row;
  }

  return {
    get,

    async list(interviewId: number) {
      await assertInterviewExists(interviewId);
      return parts.rounds(interviewId);
    },

    async create(interviewId: number, body: RoundCreateBody) {
      await assertInterviewExists(interviewId);
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
