import type { AgentId, PackQuery, QuestionCategory } from '../../core/api/api-types';
import { AGENT_LABELS, CATEGORY_LABELS, isOneOf } from '../../shared/labels';
import { positiveInt } from '../../shared/numbers';

/** The starter pack screen's state as it appears in the URL. */
export interface PackUrlParams {
  q?: string;
  agent?: string;
  category?: string;
  page?: string;
  size?: string;
}

export interface PackFilters {
  search: string;
  agent?: AgentId;
  category?: QuestionCategory;
  pageIndex: number;
  pageSize: number;
}

/** The API returns at most 100 entries a page. */
export const PACK_PAGE_SIZES = [10, 20, 50, 100];
const DEFAULT_SIZE = 20;

/** Reads the URL's parameters, dropping values the API would reject. */
export function parsePackFilters(p: PackUrlParams): PackFilters {
  const size = positiveInt(p.size);
  return {
    search: (p.q ?? '').trim(),
    agent: isOneOf(AGENT_LABELS, p.agent) ? p.agent : undefined,
    category: isOneOf(CATEGORY_LABELS, p.category) ? p.category : undefined,
    pageIndex: (positiveInt(p.page) ?? 1) - 1,
    pageSize: size && PACK_PAGE_SIZES.includes(size) ? size : DEFAULT_SIZE,
  };
}

export function toPackQuery(f: PackFilters): PackQuery {
  return {
    skip: f.pageIndex * f.pageSize,
    limit: f.pageSize,
    ...(f.search ? { search: f.search } : {}),
    ...(f.agent ? { agent: f.agent } : {}),
    ...(f.category ? { category: f.category } : {}),
  };
}

/** "the Coding agent's Technical entries", for the import-all button and its confirmation. */
export function describeFilter(f: Pick<PackFilters, 'agent' | 'category'>): string {
  const agent = f.agent ? `the ${AGENT_LABELS[f.agent]} agent's` : 'the';
  const category = f.category ? ` ${CATEGORY_LABELS[f.category]}` : '';
  return `${agent}${category} entries`;
}
