import type { Db } from '../../db/database.js';
import type { OwnerId } from '../../db/owner.js';
import { notFound } from '../../http/errors.js';
import { createInterviewPartsRepository } from '../interviews/interview-parts.repository.js';
import { createInterviewQuestionsRepository } from './interview-questions.repository.js';
import type {
  InterviewQuestionCreateBody,
  InterviewQuestionUpdateBody,
} from './interview-questions.schemas.js';

export function createInterviewQuestionsService({ db }: { db: Db }) {
  const repo = createInterviewQuestionsRepository(db);
  const parts = createInterviewPartsRepository(db);

  async function assertInterviewExists(owner: OwnerId, interviewId: number) {
    if (!(await parts.interviewExists(owner, interviewId))) {
      throw notFound(`Interview ${interviewId} not found`);
    }
  }

  /** A link of another interview is as missing as one that never existed. */
  async function get(owner: OwnerId, interviewId: number, linkId: number) {
    await assertInterviewExists(owner, interviewId);
    const row = await parts.link(interviewId, linkId);
    if (!row) throw notFound(`Interview question ${linkId} not found in interview ${interviewId}`);
    return row;
  }

  /** A round named in a body must be one of this interview's rounds. */
  async function assertRound(interviewId: number, roundId: number | null | undefined) {
    if (roundId == null) return;
    if (!(await parts.round(interviewId, roundId))) {
      throw notFound(`Round ${roundId} not found in interview ${interviewId}`);
    }
  }

  return {
    get,

    async list(owner: OwnerId, interviewId: number) {
      await assertInterviewExists(owner, interviewId);
      return parts.links(interviewId);
    },

    async create(owner: OwnerId, interviewId: number, body: InterviewQuestionCreateBody) {
      await assertInterviewExists(owner, interviewId);
      // Another user's question is as missing as one that never existed.
      if (!(await repo.questionExists(owner, body.question_id))) {
        throw notFound(`Question ${body.question_id} not found`);
      }
      await assertRound(interviewId, body.round_id);
      // The path names the interview; a body's interview_id is ignored.
      const { interview_id: _ignored, ...fields } = body;
      const linkId = await repo.insertCounting({
        ...fields,
        interview_id: interviewId,
        user_id: owner,
      });
      return get(owner, interviewId, linkId);
    },

    async update(
      owner: OwnerId,
      interviewId: number,
      linkId: number,
      body: InterviewQuestionUpdateBody,
    ) {
      const current = await get(owner, interviewId, linkId);
      const { interview_id: _ignored, ...patch } = body;
      if (Object.keys(patch).length === 0) return current;
      await assertRound(interviewId, patch.round_id);
      await repo.update(linkId, current.question_id, patch);
      return get(owner, interviewId, linkId);
    },

    async remove(owner: OwnerId, interviewId: number, linkId: number): Promise<void> {
      await get(owner, interviewId, linkId);
      await repo.deleteCounting(linkId);
    },
  };
}
