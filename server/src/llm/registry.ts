// From configuration to a provider: the one place that knows which SDK package serves which
// LLM_PROVIDER value.
import { createAnthropic } from '@ai-sdk/anthropic';
import { createOpenAI } from '@ai-sdk/openai';
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import type { LlmConfig } from '../config.js';
import { createAiSdkProvider } from './ai-sdk-provider.js';
import { createOfflineProvider } from './offline/offline-provider.js';
import type { LlmProvider } from './types.js';

export function createLlmProvider(config: LlmConfig): LlmProvider {
  const { provider, model, baseUrl, apiKey, timeoutMs } = config;
  if (provider === 'offline' || !model) return createOfflineProvider();
  const common = { name: provider, modelId: model, timeoutMs };
  switch (provider) {
    case 'openai':
      return createAiSdkProvider({
        ...common,
        model: createOpenAI({ apiKey, ...(baseUrl ? { baseURL: baseUrl } : {}) })(model),
      });
    case 'anthropic':
      return createAiSdkProvider({
        ...common,
        model: createAnthropic({ apiKey, ...(baseUrl ? { baseURL: baseUrl } : {}) })(model),
      });
    case 'openai-compatible':
      return createAiSdkProvider({
        ...common,
        model: createOpenAICompatible({
          name: 'openai-compatible',
          baseURL: baseUrl as string,
          ...(apiKey ? { apiKey } : {}),
        }).chatModel(model),
      });
  }
}
