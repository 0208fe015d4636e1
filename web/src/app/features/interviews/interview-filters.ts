import type {
  InterviewQuery,
  InterviewResult,
  InterviewSortField,
  InterviewStatus,
  InterviewType,
  SeniorityLevel,
  Stage,
} from '../../core/api/api-types';
import {
  INTERVIEW_SORT_LABELS,
  isOneOf,
  RESULT_LABELS,
  SENIORITY_LABELS,
  STAGE_LABELS,
  STATUS_LABELS,
  TYPE_LABELS,
} from '../../shared/labels';
import { positiveInt } from '../../shared/numbers';

/** The list's state as it appears in the URL (?status=…&sort=…), so every view is a link. */
export interface InterviewUrlParams {
  view?: string;
  /** The board's columns: stage (default) or status. */
  group?: string;
  q?: string;
  /** Stages, comma-separated. */
  stage?: string;
  /** Reached this stage in its history (the funnel's links). */
  reached?: string;
  from?: string;
  to?: string;
  referral?: string;
  rounds?: string;
  status?: string;
  result?: string;
  type?: string;
  seniority?: string;
  remote?: string;
  company?: string;
  role?: string;
  sort?: string;
  order?: string;
  page?: string;
  size?: string;
}

export interface InterviewFilters {
  search: string;
  stages: Stage[];
  reachedStage?: Stage;
  dateFrom?: string;
  dateTo?: string;
  /** '' means "no referral source". */
  referral?: string;
  hasRounds?: boolean;
  status?: InterviewStatus;
  result?: InterviewResult;
  type?: InterviewType;
  seniority?: SeniorityLevel;
  remote?: boolean;
  companyId?: number;
  roleId?: number;
  sortBy: InterviewSortField;
  order: 'asc' | 'desc';
  pageIndex: number;
  pageSize: number;
}

export const PAGE_SIZES = [10, 20, 50, 100];

/** Reads the URL's parameters, dropping values the API would reject. */
export function parseFilters(p: InterviewUrlParams): InterviewFilters {
  const size = positiveInt(p.size);
  const isDate = (v?: string) => (v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined);
  return {
    search: (p.q ?? '').trim(),
    stages: (p.stage ?? '')
      .split(',')
      .filter((v): v is Stage => isOneOf(STAGE_LABELS, v))
      .filter((v, i, all) => all.indexOf(v) === i),
    reachedStage: isOneOf(STAGE_LABELS, p.reached) ? p.reached : undefined,
    dateFrom: isDate(p.from),
    dateTo: isDate(p.to),
    referral: p.referral !== undefined ? p.referral.slice(0, 200) : undefined,
    hasRounds: p.rounds === 'true' ? true : p.rounds === 'false' ? false : undefined,
    status: isOneOf(STATUS_LABELS, p.status) ? p.status : undefined,
    result: isOneOf(RESULT_LABELS, p.result) ? p.result : undefined,
    type: isOneOf(TYPE_LABELS, p.type) ? p.type : undefined,
    seniority: isOneOf(SENIORITY_LABELS, p.seniority) ? p.seniority : undefined,
    remote: p.remote === 'true' ? true : p.remote === 'false' ? false : undefined,
    companyId: positiveInt(p.company),
    roleId: positiveInt(p.role),
    sortBy: isOneOf(INTERVIEW_SORT_LABELS, p.sort) ? p.sort : 'created_at',
    order: p.order === 'asc' ? 'asc' : 'desc',
    pageIndex: (positiveInt(p.page) ?? 1) - 1,
    pageSize: size && PAGE_SIZES.includes(size) ? size : 20,
  };
}

/**
 * The API query for one page of the table; a board leaves out the filter on what its columns
 * show (`group`).
 */
export function toQuery(f: InterviewFilters, group?: 'stage' | 'status'): InterviewQuery {
  const withStatus = group !== 'status';
  const withStage = group !== 'stage';
  return {
    skip: f.pageIndex * f.pageSize,
    limit: f.pageSize,
    sort_by: f.sortBy,
    order: f.order,
    ...(f.search ? { search: f.search } : {}),
    ...(withStatus && f.status ? { interview_status: f.status } : {}),
    ...(withStage && f.stages.length ? { stage: f.stages } : {}),
    ...(f.reachedStage ? { reached_stage: f.reachedStage } : {}),
    ...(f.dateFrom ? { date_from: f.dateFrom } : {}),
    ...(f.dateTo ? { date_to: f.dateTo } : {}),
    ...(f.referral !== undefined ? { referral_source: f.referral } : {}),
    ...(f.hasRounds !== undefined ? { has_rounds: f.hasRounds } : {}),
    ...(f.result ? { interview_result: f.result } : {}),
    ...(f.type ? { interview_type: f.type } : {}),
    ...(f.seniority ? { seniority_level: f.seniority } : {}),
    ...(f.remote !== undefined ? { is_remote: f.remote } : {}),
    ...(f.companyId ? { company_id: f.companyId } : {}),
    ...(f.roleId ? { role_id: f.roleId } : {}),
  };
}
