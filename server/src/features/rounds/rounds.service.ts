import type { Db } from '../../db/database.js';
import type { OwnerId } from '../../db/owner.js';
import { notFound } from '../../http/errors.js';
import { createInterviewPartsRepository } from '../interviews/interview-parts.repository.js';
import { createRoundsRepository } from './rounds.repository.js';
import type { RoundCreateBody, RoundUpdateBody } from './rounds.schemas.js';

export function createRoundsService({ db }: { db: Db }) {
  const repo = createRoundsRepository(db);
  const parts = createInterviewPartsRepository(db);

  async function assertInterviewExists(owner: OwnerId, interviewId: number) {
    if (!(await parts.interviewExists(owner, interviewId))) {
      throw notFound(`Interview ${interviewId} not found`);
    }
  }

  /** A round in another interview is as missing as one that never existed. */
  async function get(owner: OwnerId, interviewId: number, roundId: number) {
    await assertInterviewExists(owner, interviewId);
    const row = await parts.round(interviewId, roundId);
    if (!row) throw notFound(`Round ${roundId} not found in interview ${interviewId}`);
    return row;
  }

  return {
    get,

    async list(owner: OwnerId, interviewId: number) {
      await assertInterviewExists(owner, interviewId);
      return parts.rounds(interviewId);
    },

    async create(owner: OwnerId, interviewId: number, body: RoundCreateBody) {
      await assertInterviewExists(owner, interviewId);
      // The path names the interview; a body's interview_id is ignored.
      const { interview_id: _ignored, ...fields } = body;
      return repo.insert({ ...fields, interview_id: interviewId, user_id: owner });
    },

    async update(owner: OwnerId, interviewId: number, roundId: number, body: RoundUpdateBody) {
      const current = await get(owner, interviewId, roundId);
      const { interview_id: _ignored, ...patch } = body;
      if (Object.keys(patch).length === 0) return current;
      return repo.update(roundId, patch);
    },

    async remove(owner: OwnerId, interviewId: number, roundId: number): Promise<void> {
      await get(owner, interviewId, roundId);
      await repo.deleteKeepingLinks(roundId);
    },
  };
}
