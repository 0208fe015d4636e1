import type { Database } from '../../db/database.js';
import type { OwnerId } from '../../db/owner.js';
import { conflict, notFound, validationError } from '../../http/errors.js';
import { createInterviewsRepository, type InterviewInsert } from './interviews.repository.js';
import type {
  InterviewCreateBody,
  InterviewListParams,
  InterviewUpdateBody,
} from './interviews.schemas.js';

const toDate = (value: Date | string | null | undefined) =>
  typeof value === 'string' ? new Date(value) : value;

/** The validated body as column values: timestamps arrive as ISO strings. */
function toColumns<T extends InterviewUpdateBody>(body: T) {
  return {
    ...body,
    cv_uploaded_at: toDate(body.cv_uploaded_at),
    cv_last_updated: toDate(body.cv_last_updated),
  };
}

type DateField =
  | 'application_date'
  | 'first_interview_date'
  | 'final_interview_date'
  | 'offer_date'
  | 'offer_deadline';

/** [earlier, later]: the later date of each pair must not come before the earlier one. */
const DATE_ORDER: [DateField, DateField][] = [
  ['application_date', 'first_interview_date'],
  ['first_interview_date', 'final_interview_date'],
  ['application_date', 'offer_date'],
  ['offer_date', 'offer_deadline'],
  ['application_date', 'offer_deadline'],
];

/** Checks the dates an interview will have once the body is applied to what is stored. */
function assertDateOrder(dates: Partial<Record<DateField, string | null>>) {
  for (const [earlier, later] of DATE_ORDER) {
    const from = dates[earlier];
    const to = dates[later];
    // YYYY-MM-DD strings compare in calendar order.
    if (from && to && to < from) {
      throw validationError(`body/${later} (${to}) must not be before body/${earlier} (${from})`);
    }
  }
}

export function createInterviewsService(database: Pick<Database, 'db' | 'soleWriter'>) {
  const repo = createInterviewsRepository(database);

  async function get(owner: OwnerId, interviewId: number) {
    const row = await repo.find(owner, interviewId);
    if (!row) throw notFound(`Interview ${interviewId} not found`);
    return row;
  }

  /** A company or role named in a body must exist; checked before anything is written. */
  async function assertReferences(owner: OwnerId, body: InterviewUpdateBody) {
    if (body.company_id != null && !(await repo.findCompany(owner, body.company_id))) {
      throw notFound(`Company ${body.company_id} not found`);
    }
    if (body.role_id != null && !(await repo.findRole(owner, body.role_id))) {
      throw notFound(`Role ${body.role_id} not found`);
    }
  }

  return {
    async list(owner: OwnerId, query: InterviewListParams) {
      const { total, data } = await repo.list(owner, query);
      return { total, skip: query.skip, limit: query.limit, data };
    },

    async getDetail(owner: OwnerId, interviewId: number) {
      const detail = await repo.findDetail(owner, interviewId);
      if (!detail) throw notFound(`Interview ${interviewId} not found`);
      return detail;
    },

    async create(owner: OwnerId, body: InterviewCreateBody) {
      assertDateOrder(body);
      await assertReferences(owner, body);
      const interviewId = await repo.insert({
        ...(toColumns(body) as InterviewInsert),
        user_id: owner,
      });
      return get(owner, interviewId);
    },

    async update(owner: OwnerId, interviewId: number, body: InterviewUpdateBody) {
      const current = await get(owner, interviewId);
      assertDateOrder({ ...current, ...body });
      await assertReferences(owner, body);
      if (Object.keys(body).length > 0) await repo.update(interviewId, toColumns(body));
      return get(owner, interviewId);
    },

    /**
     * By default a soft delete: the interview stays readable and counted, as cancelled. With
     * `permanent`, a cancelled interview is removed with its rounds and question links, and
     * the questions it asked are counted as asked once less.
     */
    async remove(
      owner: OwnerId,
      interviewId: number,
      { permanent }: { permanent: boolean },
    ): Promise<void> {
      const current = await get(owner, interviewId);
      if (!permanent) {
        await repo.cancel(interviewId);
        return;
      }
      if (current.interview_status !== 'cancelled') {
        throw conflict(
          `Interview ${interviewId} is ${current.interview_status}: cancel it before deleting it permanently`,
        );
      }
      await repo.removeWithParts(interviewId);
    },
  };
}
