import type { Db } from '../../db/database.js';
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

  async function assertInterviewExists(interviewId: number) {
    if (!(await parts.interviewExists(interviewId))) {
      throw notFound(`Interview ${interviewId} not found`);
    }
  }

  /** A link of another interview is as missing as one that never existed. */
  async function get(interviewId: number, linkId: number) {
    await assertInterviewExists(interviewId);
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

    async list(interviewId: number) {
      await assertInterviewExists(interviewId);
      return parts.links(interviewId);
    },

    async create(interviewId: number, body: InterviewQuestionCreateBody) {
      await assertInterviewExists(interviewId);
      if (!(await repo.questionExists(body.question_id))) {
        throw notFound(`Question ${body.question_id} not found`);
      }
      await assertRound(interviewId, body.round_id);
      // The path names the interview; a body's interview_id is ignored.
      const { interview_id: _ignored, ...fields } = body;
      const linkId = await repo.insertCounting({ ...fields, interview_id: interviewId });
      return get(interviewId, linkId);
    },

    async update(interviewId: number, linkId: number, body: InterviewQuestionUpdateBody) {
      const current = await get(interviewId, linkId);
      const { interview_id: _ignored, ...patch } = body;
      if (Object.keys(patch).length === 0) return current;
      await assertRound(interviewId, patch.round_id);
      await repo.update(linkId, current.question_id, patch);
      return get(interviewId, linkId);
    },

    async remove(interviewId: number, linkId: number): Promise<void> {
      await get(interviewId, linkId);
      await repo.deleteCounting(linkId);
    },
  };
}
