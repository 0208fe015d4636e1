// Practice: the FSRS schedule over the user's question bank (ts-fsrs computes every interval),
// the review log, and mock interviews whose answers are reviewed by an agent and recorded as
// reviews.
import { type Card, createEmptyCard, fsrs, type Grade, Rating } from 'ts-fsrs';
import type { Db } from '../../db/database.js';
import type { OwnerId } from '../../db/owner.js';
import { CARD_STATES } from '../../db/schema.js';
import { conflict, notFound, validationError } from '../../http/errors.js';
import { createPackIndex } from '../../knowledge/search.js';
import { type PackEntry, packEntryQuestion, starterPack } from '../../knowledge/starter-pack.js';
import type { AnswerFeedbackData } from '../agents/agents.schemas.js';
import type { FeedbackService } from '../agents/feedback.service.js';
import {
  type CardRow,
  type CardValues,
  createPracticeRepository,
  type QuestionInsert,
  type ReviewRow,
  type SessionRow,
} from './practice.repository.js';
import type {
  DueParams,
  ReviewCreateBody,
  SessionAnswerBody,
  SessionCreateBody,
} from './practice.schemas.js';

type RatingName = ReviewCreateBody['rating'];

const GRADES: Record<RatingName, Grade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};

/** A mock interview's score (1-10) as a review rating: 1-3 again, 4-5 hard, 6-8 good, 9-10 easy. */
export function ratingForScore(score: number): RatingName {
  if (score <= 3) return 'again';
  if (score <= 5) return 'hard';
  if (score <= 8) return 'good';
  return 'easy';
}

const DAY_MS = 86_400_000;
const startOfUtcDay = (at: Date) => new Date(Math.floor(at.getTime() / DAY_MS) * DAY_MS);
const dayString = (at: Date) => at.toISOString().slice(0, 10);

/** Consecutive days with a review, ending today or (not yet practised today) yesterday. */
export function streakOf(days: string[], now: Date): number {
  const seen = new Set(days);
  let day = startOfUtcDay(now);
  if (!seen.has(dayString(day))) day = new Date(day.getTime() - DAY_MS);
  let streak = 0;
  while (seen.has(dayString(day))) {
    streak++;
    day = new Date(day.getTime() - DAY_MS);
  }
  return streak;
}

const toFsrsCard = (row: CardRow): Card => ({
  due: row.due,
  stability: row.stability,
  difficulty: row.difficulty,
  elapsed_days: row.elapsed_days,
  scheduled_days: row.scheduled_days,
  learning_steps: row.learning_steps,
  reps: row.reps,
  lapses: row.lapses,
  state: row.state,
  ...(row.last_review ? { last_review: row.last_review } : {}),
});

function cardOut(row: CardRow) {
  return {
    question_id: row.question_id,
    due: row.due,
    state: CARD_STATES[row.state] ?? 'new',
    stability: row.stability,
    difficulty: row.difficulty,
    elapsed_days: row.elapsed_days,
    scheduled_days: row.scheduled_days,
    reps: row.reps,
    lapses: row.lapses,
    last_review: row.last_review,
  };
}

function reviewOut(row: ReviewRow) {
  return {
    review_id: row.review_id,
    question_id: row.question_id,
    rating: row.rating,
    answer_text: row.answer_text,
    duration_seconds: row.duration_seconds,
    reviewed_at: row.reviewed_at,
    due_before: row.due_before,
    due_after: row.due_after,
    session_id: row.session_id,
    feedback: (row.feedback as AnswerFeedbackData | null) ?? null,
  };
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const mean = (values: number[]) =>
  values.length === 0 ? null : round1(values.reduce((a, b) => a + b, 0) / values.length);

export interface PracticeServiceDeps {
  db: Db;
  feedback: FeedbackService;
  entries?: PackEntry[];
  now?: () => Date;
}

export function createPracticeService({
  db,
  feedback,
  entries = starterPack(),
  now = () => new Date(),
}: PracticeServiceDeps) {
  const repo = createPracticeRepository(db);
  const scheduler = fsrs();

  async function liveQuestion(owner: OwnerId, questionId: number) {
    const question = await repo.findQuestion(owner, questionId);
    if (!question) throw notFound(`Question ${questionId} not found`);
    return question;
  }

  /** Schedules the review with FSRS and stores it with the card and the question's stats. */
  async function record(
    owner: OwnerId,
    questionId: number,
    body: ReviewCreateBody,
    extra: { session_id?: number; feedback?: AnswerFeedbackData } = {},
  ) {
    const at = now();
    const saved = await repo.review(questionId, (current) => {
      const { card } = scheduler.next(
        current ? toFsrsCard(current) : createEmptyCard(at),
        at,
        GRADES[body.rating],
      );
      const values: CardValues = {
        user_id: owner,
        question_id: questionId,
        due: card.due,
        stability: card.stability,
        difficulty: card.difficulty,
        elapsed_days: card.elapsed_days,
        scheduled_days: card.scheduled_days,
        learning_steps: card.learning_steps,
        reps: card.reps,
        lapses: card.lapses,
        state: card.state,
        last_review: card.last_review ?? at,
      };
      return {
        card: values,
        review: {
          user_id: owner,
          question_id: questionId,
          rating: body.rating,
          answer_text: body.answer_text ?? null,
          duration_seconds: body.duration_seconds ?? null,
          reviewed_at: at,
          due_before: current?.due ?? null,
          due_after: card.due,
          state_after: card.state,
          session_id: extra.session_id ?? null,
          feedback: extra.feedback ?? null,
        },
      };
    });
    return {
      review: reviewOut(saved.review),
      card: cardOut(saved.card),
      times_practiced: saved.stats?.times_practiced ?? 0,
      average_rating: saved.stats?.average_rating ?? null,
    };
  }

  /** Bank questions due first, then starter-pack entries for the role and category. */
  async function plan(owner: OwnerId, body: SessionCreateBody, roleText: string | undefined) {
    const due = await repo.due(owner, now(), { category: body.category }, body.count);
    const picked: (number | QuestionInsert)[] = due.map((q) => q.question_id);
    const texts = new Set(due.map((q) => q.question_text.toLowerCase()));
    if (picked.length >= body.count) return picked;

    let candidates = entries.filter(
      (entry) =>
        (!body.category || entry.category === body.category) &&
        (!body.agent || entry.agent === body.agent),
    );
    if (roleText) {
      // The entries closest to the role first; the rest keep the pack's order.
      const ranked = createPackIndex(candidates)
        .search(roleText, { limit: candidates.length })
        .map((m) => m.entry);
      candidates = [...new Set([...ranked, ...candidates])];
    }
    const inBank = await repo.bankIdsByText(
      owner,
      candidates.map((entry) => entry.question),
    );
    for (const entry of candidates) {
      if (picked.length >= body.count) break;
      const key = entry.question.toLowerCase();
      if (texts.has(key)) continue;
      texts.add(key);
      // Already in the bank (perhaps not due): asked again rather than duplicated; one the
      // user deleted stays out.
      const stored = inBank.get(key);
      if (stored && !stored.active) continue;
      picked.push(stored?.id ?? { ...packEntryQuestion(entry), user_id: owner });
    }
    return picked;
  }

  async function sessionDetail(owner: OwnerId, session: SessionRow) {
    const [questions, reviews] = await Promise.all([
      repo.findQuestions(owner, session.question_ids),
      repo.sessionReviews(session.session_id),
    ]);
    const byId = new Map(questions.map((q) => [q.question_id, q]));
    const answerOf = new Map(reviews.map((r) => [r.question_id, r]));
    const list = session.question_ids.flatMap((id, i) => {
      const q = byId.get(id);
      if (!q) return [];
      const answer = answerOf.get(id);
      const fb = answer?.feedback as AnswerFeedbackData | null | undefined;
      return [
        {
          position: i + 1,
          question_id: id,
          question_text: q.question_text,
          question_category: q.question_category,
          time_to_answer_minutes: q.time_to_answer_minutes,
          answered: answer !== undefined,
          score: fb?.score ?? null,
          duration_seconds: answer?.duration_seconds ?? null,
        },
      ];
    });

    const answered = list.filter((q) => q.answered);
    const categories = [...new Set(answered.map((q) => q.question_category))];
    const missed = new Map<string, number>();
    for (const review of reviews) {
      for (const m of (review.feedback as AnswerFeedbackData | null)?.missed ?? []) {
        missed.set(m.concept, (missed.get(m.concept) ?? 0) + 1);
      }
    }
    const seconds = answered.flatMap((q) =>
      q.duration_seconds == null ? [] : [q.duration_seconds],
    );
    const scores = (items: typeof list) => items.flatMap((q) => (q.score == null ? [] : [q.score]));
    return {
      session_id: session.session_id,
      interview_id: session.interview_id,
      role_id: session.role_id,
      category: session.category as NonNullable<SessionCreateBody['category']> | null,
      agent: session.agent as NonNullable<SessionCreateBody['agent']> | null,
      created_at: session.created_at,
      completed_at: session.completed_at,
      next_question_id: list.find((q) => !q.answered)?.question_id ?? null,
      questions: list,
      answers: reviews.map(reviewOut),
      summary: {
        answered: answered.length,
        total: list.length,
        average_score: mean(scores(answered)),
        by_category: categories.map((category) => {
          const inCategory = answered.filter((q) => q.question_category === category);
          return {
            category,
            answered: inCategory.length,
            average_score: mean(scores(inCategory)),
          };
        }),
        most_missed: [...missed.entries()]
          .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
          .slice(0, 10)
          .map(([concept, n]) => ({ concept, count: n })),
        total_seconds: seconds.reduce((a, b) => a + b, 0),
        average_seconds: mean(seconds),
      },
    };
  }

  async function getSession(owner: OwnerId, sessionId: number) {
    const session = await repo.findSession(owner, sessionId);
    if (!session) throw notFound(`Practice session ${sessionId} not found`);
    return session;
  }

  return {
    async due(owner: OwnerId, query: DueParams) {
      const at = now();
      const [rows, counts] = await Promise.all([
        repo.due(owner, at, query, query.limit),
        repo.dueCounts(owner, at, { tags: query.tags }),
      ]);
      const inScope = counts.filter((c) => !query.category || c.category === query.category);
      return {
        total: inScope.reduce((sum, c) => sum + c.count, 0),
        new_count: inScope.reduce((sum, c) => sum + c.new_count, 0),
        by_category: counts.map(({ category, count }) => ({ category, count })),
        data: rows.map(({ card, created_at: _created, ...question }) => ({
          ...question,
          is_new: card === null,
          overdue_seconds: card
            ? Math.max(0, Math.floor((at.getTime() - card.due.getTime()) / 1000))
            : 0,
          card: card ? cardOut(card) : null,
        })),
      };
    },

    async review(owner: OwnerId, questionId: number, body: ReviewCreateBody) {
      const question = await liveQuestion(owner, questionId);
      if (!question.is_active) {
        throw conflict(`Question ${questionId} is deleted: restore it to practise it`);
      }
      return record(owner, questionId, body);
    },

    async history(owner: OwnerId, questionId: number) {
      await liveQuestion(owner, questionId);
      const [card, reviews] = await Promise.all([
        repo.findCard(questionId),
        repo.reviews(questionId),
      ]);
      return {
        question_id: questionId,
        card: card ? cardOut(card) : null,
        data: reviews.map(reviewOut),
      };
    },

    async stats(owner: OwnerId) {
      const at = now();
      const endOfDay = new Date(startOfUtcDay(at).getTime() + DAY_MS - 1);
      const [dueNow, dueToday, reviews, days] = await Promise.all([
        repo.dueCounts(owner, at, {}),
        repo.dueCounts(owner, endOfDay, {}),
        repo.reviewStats(owner, startOfUtcDay(at)),
        repo.reviewDays(owner, 400),
      ]);
      const sum = (rows: { count: number }[]) => rows.reduce((total, r) => total + r.count, 0);
      return {
        due_now: sum(dueNow),
        due_today: sum(dueToday),
        new_count: dueNow.reduce((total, r) => total + r.new_count, 0),
        reviewed_today: reviews.today,
        streak_days: streakOf(days, at),
        total_reviews: reviews.total,
      };
    },

    async createSession(owner: OwnerId, body: SessionCreateBody) {
      const sources = [body.interview_id, body.role_id].filter((v) => v !== undefined);
      if (sources.length > 1) {
        throw validationError('body may name an interview_id or a role_id, not both');
      }
      let roleId = body.role_id;
      let roleText: string | undefined;
      if (body.interview_id !== undefined) {
        const interview = await repo.findInterview(owner, body.interview_id);
        if (!interview) throw notFound(`Interview ${body.interview_id} not found`);
        roleId = interview.role_id ?? undefined;
        roleText = interview.custom_role_title ?? undefined;
      }
      if (roleId !== undefined) {
        const role = await repo.findRole(owner, roleId);
        if (!role) throw notFound(`Role ${roleId} not found`);
        roleText = [roleText, role.role_name, role.role_category, ...(role.typical_skills ?? [])]
          .filter(Boolean)
          .join(' ');
      }
      const picked = await plan(owner, body, roleText);
      if (picked.length === 0) {
        throw validationError(
          'no questions to practise for this choice: nothing is due and the starter pack has none for it',
        );
      }
      const session = await repo.createSession(
        {
          user_id: owner,
          interview_id: body.interview_id ?? null,
          role_id: roleId ?? null,
          category: body.category ?? null,
          agent: body.agent ?? null,
        },
        picked,
      );
      return sessionDetail(owner, session);
    },

    async getSession(owner: OwnerId, sessionId: number) {
      return sessionDetail(owner, await getSession(owner, sessionId));
    },

    /**
     * Reviews the answer with the session's agent, then records it as a review rated by the
     * score; the session completes with its last answer. Everything is checked before the
     * model is asked, and nothing is written when the review fails.
     */
    async answer(owner: OwnerId, sessionId: number, body: SessionAnswerBody, signal: AbortSignal) {
      const session = await getSession(owner, sessionId);
      if (!session.question_ids.includes(body.question_id)) {
        throw validationError(
          `body/question_id: question ${body.question_id} is not part of session ${sessionId}`,
        );
      }
      const done = await repo.sessionReviews(sessionId);
      if (done.some((r) => r.question_id === body.question_id)) {
        throw conflict(`Question ${body.question_id} was already answered in session ${sessionId}`);
      }
      const question = await liveQuestion(owner, body.question_id);
      if (!question.is_active) {
        throw conflict(`Question ${body.question_id} is deleted: restore it to practise it`);
      }
      const review = await feedback.review(
        owner,
        {
          question_id: body.question_id,
          answer: body.answer,
          ...(session.agent
            ? { agent: session.agent as NonNullable<SessionCreateBody['agent']> }
            : {}),
        },
        signal,
      );
      const saved = await record(
        owner,
        body.question_id,
        {
          rating: ratingForScore(review.score),
          answer_text: body.answer,
          duration_seconds: body.duration_seconds ?? null,
        },
        { session_id: sessionId, feedback: review },
      );
      const answeredIds = new Set([...done.map((r) => r.question_id), body.question_id]);
      const next = session.question_ids.find((id) => !answeredIds.has(id)) ?? null;
      if (next === null) await repo.completeSession(sessionId, now());
      return {
        feedback: review,
        review: saved.review,
        card: saved.card,
        next_question_id: next,
        completed: next === null,
      };
    },
  };
}
