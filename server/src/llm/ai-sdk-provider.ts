// Real models through the Vercel AI SDK. Every text delta is yielded the moment it arrives;
// the caller's AbortSignal reaches the HTTP request; provider failures become our error types.
import { APICallError, generateText, type LanguageModel, Output, streamText } from 'ai';
import { z } from 'zod';
import { AppError, upstreamTimeout, upstreamUnavailable } from '../http/errors.js';
import { AGENT_IDS } from './agent-ids.js';
import { buildMessages, buildSystemPrompt } from './prompts.js';
import type { AnswerInput, LlmProvider } from './types.js';

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
