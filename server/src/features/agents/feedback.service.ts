// Feedback on the user's own answer, as a sequence of events like an answer: route, gather what
// a good answer holds (the bank question's key concepts and common mistakes, or the closest
// starter-pack entry's, or the playbook's outline), then one structured review by the model or
// by the offline engine. The SSE route writes the events; the JSON route and the mock
// interview collect them.
import { and, eq } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../db/database.js';
import { type OwnerId, ownedBy } from '../../db/owner.js';
import { questions } from '../../db/schema.js';
import { AppError, notFound, validationError } from '../../http/errors.js';
import { closeEntry, createPackIndex, type PackIndex } from '../../knowledge/search.js';
import { starterPack } from '../../knowledge/starter-pack.js';
import type { AgentId } from '../../llm/agent-ids.js';
import { chunkWords } from '../../llm/offline/compose.js';
import { reviewOffline } from '../../llm/offline/feedback.js';
import type { AnswerReview, FeedbackInput, LlmProvider, QuestionRouter } from '../../llm/types.js';
import { type AgentEvent, failureEvent } from './agent-events.js';
import { AGENTS, playbookFor } from './agents.catalog.js';
import type { AnswerFeedbackData, FeedbackRequestBody, RoutingData } from './agents.schemas.js';
import { extractSubject } from './subject.js';

export interface FeedbackServiceDeps {
  db: Db;
  llm: LlmProvider;
  router: QuestionRouter;
  log: FastifyBaseLogger;
  knowledge?: PackIndex;
}

type Yardstick = Pick<FeedbackInput, 'concepts' | 'mistakes' | 'notes'> & {
  source: AnswerFeedbackData['concepts_source'];
};

const present = (items: (string | null | undefined)[]) =>
  items.filter((item): item is string => Boolean(item?.trim()));

/** Keeps a model's review to the concepts asked about: every expected one covered or missed. */
function reconcile(review: AnswerReview, concepts: string[]): AnswerReview {
  if (concepts.length === 0) return review;
  const key = (text: string) => text.trim().toLowerCase();
  const known = new Map(concepts.map((c) => [key(c), c]));
  const covered = review.covered
    .filter((c) => known.has(key(c.concept)))
    .map((c) => ({ ...c, concept: known.get(key(c.concept)) as string }));
  const coveredKeys = new Set(covered.map((c) => key(c.concept)));
  const hints = new Map(review.missed.map((m) => [key(m.concept), m.hint]));
  const missed = concepts
    .filter((c) => !coveredKeys.has(key(c)))
    .map((concept) => ({
      concept,
      hint: hints.get(key(concept)) ?? `Name ${concept} and say how it applies here.`,
    }));
  return { ...review, covered, missed };
}

export function createFeedbackService({ db, llm, router, log, knowledge }: FeedbackServiceDeps) {
  let index = knowledge;
  const packIndex = () => {
    index ??= createPackIndex(starterPack());
    return index;
  };

  async function bankQuestion(owner: OwnerId, questionId: number) {
    const [row] = await db
      .select()
      .from(questions)
      .where(and(ownedBy(questions.user_id, owner), eq(questions.question_id, questionId)));
    if (!row) throw notFound(`Question ${questionId} not found`);
    return row;
  }

  /** What the answer is measured against, best source first. */
  function yardstick(
    question: string,
    agent: AgentId,
    bank: Awaited<ReturnType<typeof bankQuestion>> | undefined,
  ): Yardstick {
    if (bank?.key_concepts?.length) {
      return {
        source: 'bank',
        concepts: bank.key_concepts,
        mistakes: bank.common_mistakes ?? [],
        notes: present([
          bank.answer_summary,
          ...(bank.approach_steps ?? []),
          ...(bank.tips_and_tricks ?? []),
          bank.answer_markdown_content,
        ]),
      };
    }
    const entry = closeEntry(packIndex().search(question, { agent, limit: 4 }));
    if (entry) {
      return {
        source: 'starter_pack',
        concepts: entry.key_concepts,
        mistakes: [...(bank?.common_mistakes ?? []), ...entry.mistakes],
        notes: present([bank?.answer_summary, entry.summary, ...entry.approach, entry.answer]),
      };
    }
    const playbook = playbookFor(agent, question);
    const subject = extractSubject(question, agent);
    return {
      source: 'playbook',
      concepts: playbook.sections.map((section) => section.title(subject)),
      mistakes: bank?.common_mistakes ?? [],
      notes: present([
        bank?.answer_summary,
        bank?.answer_markdown_content,
        ...playbook.sections.flatMap((section) => section.outline(subject)),
      ]),
    };
  }

  function route(question: string, agent: AgentId | undefined): RoutingData {
    if (agent) {
      return {
        selected_agent: agent,
        reasoning: `The request asked for the ${agent} agent`,
        confidence: 1,
        router: 'forced',
      };
    }
    return { ...router.route(question), router: 'classifier' };
  }

  async function* feedbackEvents(
    owner: OwnerId,
    request: FeedbackRequestBody,
    signal: AbortSignal,
  ): AsyncGenerator<AgentEvent> {
    // Bad input is a 4xx before the stream starts (see checkRequest), never a half stream.
    const bank =
      request.question_id === undefined
        ? undefined
        : await bankQuestion(owner, request.question_id);
    const question = bank?.question_text ?? (request.question as string);
    yield { event_type: 'start', data: { message: 'Reviewing your answer...', question } };
    try {
      const routing = route(question, request.agent);
      yield { event_type: 'routing', data: routing };
      const agent = routing.selected_agent;
      const profile = AGENTS[agent];
      yield {
        event_type: 'processing',
        data: { message: `Reviewing with ${agent} agent...`, agent },
      };
      const measure = yardstick(question, agent, bank);
      const input: FeedbackInput = {
        agent,
        agentName: profile.name,
        playbook: playbookFor(agent, question),
        subject: extractSubject(question, agent),
        question,
        answer: request.answer,
        concepts: measure.concepts,
        mistakes: measure.mistakes,
        notes: measure.notes,
        signal,
      };

      let review: AnswerReview | undefined;
      const offline = !llm.reviewAnswer;
      if (llm.reviewAnswer) {
        for await (const delta of llm.reviewAnswer(input)) {
          if (signal.aborted) return;
          if ('text' in delta) {
            yield { event_type: 'content', data: { chunk: delta.text, is_final: false } };
          } else review = reconcile(delta.review, measure.concepts);
        }
        if (signal.aborted) return;
        if (!review) throw new AppError('upstream_unavailable', 'The model sent no review');
      } else {
        review = reviewOffline(input);
        for (const chunk of chunkWords(review.stronger_answer)) {
          if (signal.aborted) return;
          yield { event_type: 'content', data: { chunk, is_final: false } };
        }
      }
      yield { event_type: 'content', data: { chunk: '', is_final: true } };
      yield {
        event_type: 'feedback',
        data: {
          question_id: bank?.question_id ?? null,
          question,
          agent,
          concepts_source: measure.source,
          ...review,
          provider: llm.name,
          model: llm.model,
          offline,
        },
      };
      yield {
        event_type: 'complete',
        data: { message: 'Review complete', agent_used: agent, success: true },
      };
    } catch (error) {
      if (signal.aborted) return;
      yield failureEvent(error, log, 'review');
    }
  }

  /** Exactly one of question_id and question, and the question must be the caller's. */
  async function checkRequest(owner: OwnerId, request: FeedbackRequestBody): Promise<void> {
    if ((request.question_id === undefined) === (request.question === undefined)) {
      throw validationError('body must have exactly one of question_id and question');
    }
    if (request.question_id !== undefined) await bankQuestion(owner, request.question_id);
  }

  return {
    checkRequest,
    feedbackEvents,

    /** The whole review at once; an error event becomes the matching HTTP error. */
    async review(
      owner: OwnerId,
      request: FeedbackRequestBody,
      signal: AbortSignal,
    ): Promise<AnswerFeedbackData> {
      await checkRequest(owner, request);
      for await (const event of feedbackEvents(owner, request, signal)) {
        if (event.event_type === 'feedback') return event.data;
        if (event.event_type === 'error') throw new AppError(event.data.error, event.data.message);
      }
      throw new AppError('internal_error', 'The review ended early');
    },
  };
}

export type FeedbackService = ReturnType<typeof createFeedbackService>;
