// One answer, as a sequence of typed events: route, find the user's notes, stream the model's
// text as it arrives, then follow-ups. The SSE route writes these events; the JSON route
// collects them.
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../db/database.js';
import type { OwnerId } from '../../db/owner.js';
import { AppError } from '../../http/errors.js';
import { closeEntry, createPackIndex, type PackIndex } from '../../knowledge/search.js';
import { starterPack } from '../../knowledge/starter-pack.js';
import { stems, topicWords } from '../../knowledge/text.js';
import type { AgentId } from '../../llm/agent-ids.js';
import { offlineFollowUps } from '../../llm/offline/compose.js';
import { trimHistory } from '../../llm/prompts.js';
import type {
  AnswerInput,
  ChatTurn,
  LlmProvider,
  PackKnowledge,
  QuestionRouter,
} from '../../llm/types.js';
import { type AgentEvent, countCharacters, countWords, failureEvent } from './agent-events.js';
import { AGENTS, playbookFor } from './agents.catalog.js';
import type { AnswerRequestBody, RoutingData } from './agents.schemas.js';
import { searchBank } from './bank-search.js';
import { extractSubject } from './subject.js';

export interface AgentsServiceDeps {
  db: Db;
  llm: LlmProvider;
  /** The starter pack's search index; built on first use when not given. */
  knowledge?: PackIndex;
  router: QuestionRouter;
  routerMode: 'classifier' | 'llm';
  log: FastifyBaseLogger;
}

/** ROUTER=llm gives the model this long before the classifier decides instead. */
export const LLM_ROUTING_BUDGET_MS = 2_000;

type HistoryTurn = NonNullable<AnswerRequestBody['conversation_history']>[number];

function toTurns(history: HistoryTurn[] = []): ChatTurn[] {
  return history.flatMap((turn): ChatTurn[] =>
    'question' in turn
      ? [
          { role: 'user', content: turn.question },
          { role: 'assistant', content: turn.answer },
        ]
      : [{ role: turn.role, content: turn.content }],
  );
}

/**
 * The conversation's first question, when the request follows up on earlier turns. A question
 * that stands on its own (two or more topic words, none shared with the conversation so far)
 * starts a new subject instead.
 */
function firstQuestion(request: AnswerRequestBody): string | undefined {
  const history = request.conversation_history ?? [];
  const first = history.find((turn) => 'question' in turn || turn.role === 'user');
  if (!first) return undefined;
  const root = 'question' in first ? first.question : first.content;
  const asked = stems(topicWords(request.question).join(' '));
  if (asked.size < 2) return root;
  const said = stems(
    history
      .map((turn) => ('question' in turn ? `${turn.question} ${turn.answer}` : turn.content))
      .join(' '),
  );
  return [...asked].some((s) => said.has(s)) ? root : undefined;
}

export function createAgentsService({
  db,
  llm,
  router,
  routerMode,
  log,
  knowledge,
}: AgentsServiceDeps) {
  let index = knowledge;
  const packIndex = () => {
    index ??= createPackIndex(starterPack());
    return index;
  };

  /** The pack entries for this question, and in a follow-up for the conversation's start. */
  function packFor(
    question: string,
    agent: AgentId,
    rootQuestion: string | undefined,
    forced: boolean,
  ): PackKnowledge {
    const search = packIndex();
    const matches = search.search(question, { agent, only: forced, limit: 4 });
    // A follow-up must match another entry very closely before it replaces the conversation's.
    const close = closeEntry(matches, rootQuestion ? 0.75 : 0.5);
    const related = matches
      .filter((m) => m.entry !== close && m.coverage >= 0.4)
      .slice(0, 3)
      .map((m) => m.entry);
    const root = rootQuestion
      ? closeEntry(search.search(rootQuestion, { agent, only: forced }))
      : undefined;
    return { close, related, root };
  }

  async function decide(request: AnswerRequestBody, signal: AbortSignal): Promise<RoutingData> {
    if (request.agent) {
      return {
        selected_agent: request.agent,
        reasoning: `The request asked for the ${request.agent} agent`,
        confidence: 1,
        router: 'forced',
      };
    }
    // A follow-up ("and how does GCRA compare?") stays with the conversation: it is routed by
    // the conversation's first question, with the follow-up as context.
    const rootQuestion = firstQuestion(request);
    const question = rootQuestion ?? request.question;
    const context =
      [rootQuestion ? request.question : undefined, request.context]
        .filter((part): part is string => Boolean(part))
        .join('\n') || undefined;
    const routed = (decision: RoutingData): RoutingData =>
      rootQuestion
        ? {
            ...decision,
            reasoning: `A follow-up, kept with the conversation: ${decision.reasoning}`,
          }
        : decision;
    if (routerMode === 'llm' && llm.routeQuestion) {
      const budget = AbortSignal.any([signal, AbortSignal.timeout(LLM_ROUTING_BUDGET_MS)]);
      try {
        const suggestion = await llm.routeQuestion(question, context, budget);
        return routed({
          selected_agent: suggestion.agent,
          reasoning: suggestion.reasoning,
          confidence: suggestion.confidence,
          router: 'llm',
        });
      } catch (error) {
        log.warn({ err: error }, 'model routing failed; the classifier decides');
        const fallback = router.route(question, context);
        return routed({
          ...fallback,
          reasoning: `${fallback.reasoning}; the model router failed, so the classifier decided`,
          router: 'classifier',
        });
      }
    }
    return routed({ ...router.route(question, context), router: 'classifier' });
  }

  /** `owner`: whose question bank the answer may draw on. */
  async function* answerEvents(
    owner: OwnerId,
    request: AnswerRequestBody,
    signal: AbortSignal,
  ): AsyncGenerator<AgentEvent> {
    const startedAt = performance.now();
    const ms = () => Math.round(performance.now() - startedAt);
    yield {
      event_type: 'start',
      data: { message: 'Processing question...', question: request.question },
    };
    try {
      const routing = await decide(request, signal);
      const routedMs = ms();
      yield { event_type: 'routing', data: routing };
      const agent: AgentId = routing.selected_agent;
      const profile = AGENTS[agent];
      yield {
        event_type: 'processing',
        data: { message: `Processing with ${agent} agent...`, agent },
      };

      const context = request.context ?? undefined;
      const references = await searchBank(
        db,
        owner,
        context ? `${request.question} ${context}` : request.question,
      );
      const history = trimHistory(toTurns(request.conversation_history));
      const rootQuestion = firstQuestion(request);
      const topicQuestion = rootQuestion ?? request.question;
      const pack = packFor(request.question, agent, rootQuestion, routing.router === 'forced');
      const input: AnswerInput = {
        agent,
        agentName: profile.name,
        playbook: playbookFor(agent, topicQuestion),
        // A follow-up is about the conversation's subject, not about its own wording.
        subject: extractSubject(topicQuestion, agent),
        question: request.question,
        context,
        history,
        references,
        rootQuestion,
        pack,
        signal,
      };

      let answer = '';
      let chunks = 0;
      let firstContentMs: number | undefined;
      for await (const chunk of llm.streamAnswer(input)) {
        if (signal.aborted) return;
        firstContentMs ??= ms();
        answer += chunk;
        chunks++;
        yield { event_type: 'content', data: { chunk, is_final: false } };
      }
      if (signal.aborted) return;
      yield { event_type: 'content', data: { chunk: '', is_final: true } };
      const answeredMs = ms();

      const metadata = {
        provider: llm.name,
        model: llm.model,
        agent,
        agent_name: profile.name,
        router: routing.router,
        chunks,
        history_turns_used: history.length,
        answer_offset: llm.answerOffset?.(answer) ?? 0,
        pack_entries_used: [pack.close ?? pack.root]
          .filter((entry) => entry !== undefined)
          .map((entry) => ({ id: entry.id, question: entry.question })),
        bank_questions_used: references.map((r) => ({
          question_id: r.question_id,
          question_text: r.question_text,
        })),
        timings_ms: {
          routing: routedMs,
          first_content: firstContentMs ?? answeredMs,
          answer: answeredMs,
        },
      };
      yield {
        event_type: 'answer_complete',
        data: {
          full_answer: answer,
          word_count: countWords(answer),
          character_count: countCharacters(answer),
          metadata,
        },
      };

      let questions: string[];
      try {
        questions = await llm.suggestFollowUps({ ...input, answer });
        if (questions.length < 3)
          throw new Error(`the model suggested ${questions.length} follow-ups`);
      } catch (error) {
        if (signal.aborted) return;
        log.warn({ err: error }, 'model follow-ups failed; using the playbook');
        questions = offlineFollowUps(input);
      }
      yield { event_type: 'follow_ups', data: { questions: questions.slice(0, 3) } };
      yield {
        event_type: 'complete',
        data: { message: 'Processing complete', agent_used: agent, success: true },
      };
    } catch (error) {
      if (signal.aborted) return;
      yield failureEvent(error, log, 'answer');
    }
  }

  return {
    answerEvents,

    /** The whole answer at once; an error event becomes the matching HTTP error. */
    async answer(owner: OwnerId, request: AnswerRequestBody, signal: AbortSignal) {
      let routing: RoutingData | undefined;
      let complete: Extract<AgentEvent, { event_type: 'answer_complete' }>['data'] | undefined;
      let followUps: string[] = [];
      for await (const event of answerEvents(owner, request, signal)) {
        if (event.event_type === 'routing') routing = event.data;
        else if (event.event_type === 'answer_complete') complete = event.data;
        else if (event.event_type === 'follow_ups') followUps = event.data.questions;
        else if (event.event_type === 'error') {
          throw new AppError(event.data.error, event.data.message);
        }
      }
      if (!routing || !complete) throw new AppError('internal_error', 'The answer ended early');
      return {
        success: true,
        timestamp: new Date().toISOString(),
        question: request.question,
        routing,
        answer: complete.full_answer,
        metadata: complete.metadata,
        follow_up_questions: followUps,
        statistics: { word_count: complete.word_count, character_count: complete.character_count },
      };
    },

    available() {
      const agents = Object.values(AGENTS).map(({ id, name, specializations, best_for }) => ({
        id,
        name,
        specializations,
        best_for,
      }));
      return { total_agents: agents.length, agents };
    },
  };
}

export type AgentsService = ReturnType<typeof createAgentsService>;
