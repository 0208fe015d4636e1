// Real models through the Vercel AI SDK. Every text delta is yielded the moment it arrives;
// the caller's AbortSignal reaches the HTTP request; provider failures become our error types.
import {
  APICallError,
  generateText,
  type LanguageModel,
  Output,
  streamObject,
  streamText,
} from 'ai';
import { z } from 'zod';
import { AppError, upstreamTimeout, upstreamUnavailable } from '../http/errors.js';
import { AGENT_IDS } from './agent-ids.js';
import { buildMessages, buildSystemPrompt } from './prompts.js';
import type { AnswerInput, AnswerReview, FeedbackInput, LlmProvider } from './types.js';

// The SDK prints its warnings (e.g. "responseFormat is not supported" by a local server) with
// console.warn; our logs are structured, and those cases already fall back cleanly.
(globalThis as { AI_SDK_LOG_WARNINGS?: boolean }).AI_SDK_LOG_WARNINGS = false;

export interface AiSdkProviderOptions {
  name: string;
  modelId: string;
  model: LanguageModel;
  /** Longest silence (before the first token or between tokens) before giving up. */
  timeoutMs: number;
}

class IdleTimeout extends Error {
  override name = 'IdleTimeout';
}

/** Describes an upstream failure without echoing request bodies or credentials. */
export function toUpstreamError(error: unknown, provider: string): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof IdleTimeout) return upstreamTimeout(error.message);
  const cause = (error as { lastError?: unknown }).lastError ?? error;
  if (APICallError.isInstance(cause)) {
    const status = cause.statusCode ? ` with HTTP ${cause.statusCode}` : '';
    return upstreamUnavailable(`The ${provider} model provider failed${status}: ${cause.message}`);
  }
  const message = error instanceof Error ? error.message : String(error);
  return upstreamUnavailable(`The ${provider} model provider failed: ${message}`);
}

/** A signal that aborts with the caller's signal, or after `ms` of silence (call `touch()`). */
function idleSignal(parent: AbortSignal, ms: number, what: string) {
  const controller = new AbortController();
  const onAbort = () => controller.abort(parent.reason);
  parent.addEventListener('abort', onAbort, { once: true });
  let timer: NodeJS.Timeout | undefined;
  const touch = () => {
    clearTimeout(timer);
    timer = setTimeout(
      () => controller.abort(new IdleTimeout(`The model sent nothing for ${ms} ms while ${what}`)),
      ms,
    );
  };
  touch();
  return {
    signal: controller.signal,
    touch,
    dispose() {
      clearTimeout(timer);
      parent.removeEventListener('abort', onAbort);
    },
  };
}

const FollowUps = z.object({ questions: z.array(z.string().min(5).max(300)).min(3).max(5) });
const Route = z.object({
  agent: z.enum(AGENT_IDS),
  confidence: z.number().min(0).max(1),
  reasoning: z.string().max(300),
});

const Review = z.object({
  covered: z.array(z.object({ concept: z.string(), sentence: z.string() })),
  missed: z.array(z.object({ concept: z.string(), hint: z.string() })),
  mistakes: z.array(z.object({ mistake: z.string(), sentence: z.string() })),
  score: z.number().int().min(1).max(10),
  score_reasons: z.array(z.string()).min(1),
  stronger_answer: z.string().min(1),
});

function reviewPrompt(input: FeedbackInput): { system: string; prompt: string } {
  const list = (items: string[]) => items.map((item) => `- ${item}`).join('\n') || '- (none)';
  return {
    system:
      `You are the ${input.agentName}, reviewing a candidate's own answer to an interview question. ` +
      `${input.playbook.stance} For each expected concept, say whether the answer covers it, quoting ` +
      'the sentence of the answer that does; name the common mistakes the answer makes, quoting it; ' +
      'score the answer 1-10 with reasons; and rewrite it as a stronger answer that keeps what the ' +
      'candidate got right, in their voice, adding what was missing.',
    prompt: [
      `Question: ${input.question}`,
      `Expected concepts (use these names exactly):\n${list(input.concepts)}`,
      `Common mistakes (use these texts exactly):\n${list(input.mistakes)}`,
      `Notes on a good answer:\n${input.notes.join('\n').slice(0, 6_000) || '(none)'}`,
      `The candidate's answer:\n${input.answer.slice(0, 12_000)}`,
    ].join('\n\n'),
  };
}

export function createAiSdkProvider(options: AiSdkProviderOptions): LlmProvider {
  const { model, name, timeoutMs } = options;

  return {
    name,
    model: options.modelId,

    async *streamAnswer(input: AnswerInput) {
      const idle = idleSignal(input.signal, timeoutMs, 'answering');
      try {
        const result = streamText({
          model,
          system: buildSystemPrompt(input),
          messages: buildMessages(input),
          abortSignal: idle.signal,
          maxRetries: 0,
        });
        for await (const part of result.fullStream) {
          idle.touch();
          if (part.type === 'text-delta') {
            if (part.text) yield part.text;
          } else if (part.type === 'error') {
            throw part.error;
          } else if (part.type === 'abort') {
            break;
          }
        }
        if (idle.signal.aborted && !input.signal.aborted) throw idle.signal.reason;
      } catch (error) {
        if (input.signal.aborted) return;
        throw toUpstreamError(idle.signal.aborted ? idle.signal.reason : error, name);
      } finally {
        idle.dispose();
      }
    },

    async suggestFollowUps(input) {
      const idle = idleSignal(input.signal, Math.min(timeoutMs, 15_000), 'suggesting follow-ups');
      try {
        const { output } = await generateText({
          model,
          output: Output.object({ schema: FollowUps }),
          system:
            'You suggest the follow-up questions an interviewer would most likely ask next. ' +
            'Each is one short, specific question about this exact topic.',
          prompt: `Interview question: ${input.question}\n\nThe candidate's answer:\n${input.answer.slice(0, 6_000)}\n\nReturn three follow-up questions.`,
          abortSignal: idle.signal,
          maxRetries: 0,
        });
        return output.questions.slice(0, 3);
      } catch (error) {
        throw toUpstreamError(idle.signal.aborted ? idle.signal.reason : error, name);
      } finally {
        idle.dispose();
      }
    },

    async *reviewAnswer(input: FeedbackInput) {
      const idle = idleSignal(input.signal, timeoutMs, 'reviewing the answer');
      try {
        const result = streamObject({
          model,
          schema: Review,
          ...reviewPrompt(input),
          abortSignal: idle.signal,
          maxRetries: 0,
          onError: () => {},
        });
        // The stronger answer streams as it grows; the validated object comes last.
        let written = 0;
        for await (const partial of result.partialObjectStream) {
          idle.touch();
          const text = partial.stronger_answer ?? '';
          if (text.length > written) {
            yield { text: text.slice(written) };
            written = text.length;
          }
        }
        if (idle.signal.aborted && !input.signal.aborted) throw idle.signal.reason;
        const review: AnswerReview = await result.object;
        yield { review };
      } catch (error) {
        if (input.signal.aborted) return;
        throw toUpstreamError(idle.signal.aborted ? idle.signal.reason : error, name);
      } finally {
        idle.dispose();
      }
    },

    async routeQuestion(question, context, signal) {
      try {
        const { output } = await generateText({
          model,
          output: Output.object({ schema: Route }),
          system:
            'Route an interview question to the one specialist best suited to answer it: ' +
            'product_manager (product sense, prioritisation, metrics), technical (explain a concept or technology), ' +
            'architect (architecture styles and decisions), coding (write or implement code), ' +
            'behavioral (tell me about a time, motivation, STAR), system_design (design a concrete large-scale system).',
          prompt: context ? `${question}\n\nContext: ${context}` : question,
          abortSignal: signal,
          maxRetries: 0,
        });
        return output;
      } catch (error) {
        throw toUpstreamError(error, name);
      }
    },
  };
}
