import type {
  QuestionCategory,
  QuestionDifficulty,
  QuestionQuery,
  QuestionSortField,
} from '../../core/api/api-types';
import {
  CATEGORY_LABELS,
  DIFFICULTY_LABELS,
  isOneOf,
  QUESTION_SORT_LABELS,
} from '../../shared/labels';
import { positiveInt } from '../../shared/numbers';

/** The bank's list state as it appears in the URL. */
export interface QuestionUrlParams {
  q?: string;
  category?: string;
  difficulty?: string;
  tags?: string;
  deleted?: string;
  sort?: string;
  order?: string;
  page?: string;
  size?: string;
}

export interface QuestionFilters {
  search: string;
  category?: QuestionCategory;
  difficulty?: QuestionDifficulty;
  tags: string[];
  deleted: boolean;
  sortBy: QuestionSortField;
  order: 'asc' | 'desc';
  pageIndex: number;
  pageSize: number;
}

export const PAGE_SIZES = [10, 20, 50, 100];

export function parseFilters(p: QuestionUrlParams): QuestionFilters {
  const size = positiveInt(p.size);
  return {
    search: (p.q ?? '').trim(),
    category: isOneOf(CATEGORY_LABELS, p.category) ? p.category : undefined,
    difficulty: isOneOf(DIFFICULTY_LABELS, p.difficulty) ? p.difficulty : undefined,
    tags: (p.tags ?? '')
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean),
    deleted: p.deleted === 'true',
    sortBy: isOneOf(QUESTION_SORT_LABELS, p.sort) ? p.sort : 'created_at',
    order: p.order === 'asc' ? 'asc' : 'desc',
    pageIndex: (positiveInt(p.page) ?? 1) - 1,
    pageSize: size && PAGE_SIZES.includes(size) ? size : 20,
  };
}

export function toQuery(f: QuestionFilters): QuestionQuery {
  return {
    skip: f.pageIndex * f.pageSize,
    limit: f.pageSize,
    is_active: !f.deleted,
    sort_by: f.sortBy,
    order: f.order,
    ...(f.search ? { search: f.search } : {}),
    ...(f.category ? { category: f.category } : {}),
    ...(f.difficulty ? { difficulty: f.difficulty } : {}),
    ...(f.tags.length ? { tags: f.tags } : {}),
  };
}
