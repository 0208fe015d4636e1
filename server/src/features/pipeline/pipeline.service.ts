import type { Db } from '../../db/database.js';
import type { OwnerId } from '../../db/owner.js';
import { STAGES, type Stage } from '../../db/schema.js';
import { notFound, validationError } from '../../http/errors.js';
import { createPipelineRepository, type FunnelRow } from './pipeline.repository.js';
import {
  FUNNEL_STAGES,
  type FunnelBody,
  type FunnelParams,
  type StageLabelsBody,
} from './pipeline.schemas.js';

export const DEFAULT_STAGE_LABELS: Record<Stage, string> = {
  wishlist: 'Wishlist',
  applied: 'Applied',
  screening: 'Screening',
  interviewing: 'Interviewing',
  offer: 'Offer',
  accepted: 'Accepted',
  rejected: 'Rejected',
  ghosted: 'Ghosted',
  withdrawn: 'Withdrawn',
};

/** The funnel's first step, applied, is step 1 of the pipeline (wishlist is 0). */
const FIRST_FUNNEL_STEP = 1;

const ratio = (part: number, whole: number) =>
  whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000;

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Applications and those that got a round, grouped by `key`, most applications first. */
function responseRates<K>(rows: FunnelRow[], key: (row: FunnelRow) => K) {
  const groups = new Map<K, { row: FunnelRow; applications: number; responded: number }>();
  for (const row of rows) {
    const group = groups.get(key(row)) ?? { row, applications: 0, responded: 0 };
    group.applications += 1;
    if (row.has_rounds) group.responded += 1;
    groups.set(key(row), group);
  }
  return [...groups.values()]
    .sort((a, b) => b.applications - a.applications)
    .map(({ row, applications, responded }) => ({
      row,
      applications,
      responded,
      rate: ratio(responded, applications),
    }));
}

export function createPipelineService({ db }: { db: Db }) {
  const repo = createPipelineRepository(db);

  async function labels(owner: OwnerId) {
    const custom = new Map((await repo.labels(owner)).map((row) => [row.stage, row.label]));
    return STAGES.map((stage) => ({
      stage,
      label: custom.get(stage) ?? DEFAULT_STAGE_LABELS[stage],
      default_label: DEFAULT_STAGE_LABELS[stage],
    }));
  }

  return {
    labels,

    async timeline(owner: OwnerId, interviewId: number) {
      if (!(await repo.interviewExists(owner, interviewId))) {
        throw notFound(`Interview ${interviewId} not found`);
      }
      return repo.timeline(interviewId);
    },

    /** Renames the stages sent; an empty name gives a stage back its default. */
    async setLabels(owner: OwnerId, body: StageLabelsBody) {
      const changes = Object.entries(body.labels).map(([stage, label]) => {
        const trimmed = (label ?? '').trim();
        if (trimmed.length > 50) {
          throw validationError(`body/labels/${stage} must be at most 50 characters`);
        }
        return [stage as Stage, trimmed === '' ? null : trimmed] as [Stage, string | null];
      });
      await repo.setLabels(owner, changes);
      return labels(owner);
    },

    async funnel(owner: OwnerId, query: FunnelParams): Promise<FunnelBody> {
      if (query.date_from && query.date_to && query.date_to < query.date_from) {
        throw validationError(
          `query/date_to (${query.date_to}) must not be before query/date_from (${query.date_from})`,
        );
      }
      const [rows, ratings] = await Promise.all([
        repo.funnelRows(owner, query),
        repo.ratingsByCategory(owner, query),
      ]);
      const applications = rows.filter((row) => row.furthest >= FIRST_FUNNEL_STEP);
      let previous: number | null = null;
      const stages = FUNNEL_STAGES.map((stage, index) => {
        const count = rows.filter((row) => row.furthest >= FIRST_FUNNEL_STEP + index).length;
        const conversion = previous === null ? null : ratio(count, previous);
        previous = count;
        return { stage, count, conversion };
      });
      const firstRound = applications
        .map((row) => row.days_to_first_round)
        .filter((days): days is number => days !== null && days >= 0);
      const betweenRounds = applications
        .map((row) => row.days_first_to_last_round)
        .filter((days): days is number => days !== null && days >= 0);
      const overall = responseRates(applications, () => 'all')[0];
      return {
        total_interviews: rows.length,
        stages,
        median_days_to_first_round: median(firstRound),
        median_days_first_to_last_round: median(betweenRounds),
        response_rate: {
          applications: overall?.applications ?? 0,
          responded: overall?.responded ?? 0,
          rate: overall?.rate ?? null,
        },
        response_rate_by_company: responseRates(applications, (row) => row.company_id).map(
          ({ row, ...rate }) => ({
            company_id: row.company_id,
            company_name: row.company_name,
            ...rate,
          }),
        ),
        response_rate_by_referral_source: responseRates(
          applications,
          (row) => row.referral_source,
        ).map(({ row, ...rate }) => ({ referral_source: row.referral_source, ...rate })),
        average_rating_by_category: ratings,
      };
    },
  };
}
