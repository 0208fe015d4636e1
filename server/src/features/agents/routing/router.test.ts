import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { AGENT_IDS, type AgentId } from '../../../llm/agent-ids.js';
import type { Classifier, Prediction } from './classifier.js';
import { loadDataset } from './dataset.js';
import { CLOSE_CALL, createQuestionRouter, explain, trainRouterClassifier } from './router.js';
import { STOP_WORDS, words } from './tokenizer.js';

const test = loadDataset().filter((row) => row.split === 'test');
const normalise = (text: string) => ` ${words(text).join(' ')} `;
const cuesOf = (reasoning: string) =>
  [...reasoning.matchAll(/"([^"]+)"/g)].map((match) => match[1] ?? '');

/** A prediction with the given probabilities (the rest spread evenly) for `explain`. */
function prediction(top: Partial<Record<AgentId, number>>, cues: string[]): Prediction {
  const rest = (1 - Object.values(top).reduce((a, b) => a + b, 0)) / (6 - Object.keys(top).length);
  const probabilities = Object.fromEntries(AGENT_IDS.map((id) => [id, top[id] ?? rest])) as Record<
    AgentId,
    number
  >;
  const [agent = 'coding', runnerUp = 'coding'] = [...AGENT_IDS].sort(
    (a, b) => probabilities[b] - probabilities[a],
  );
  return { agent, runnerUp, confidence: probabilities[agent], probabilities, cues };
}

describe('routing explanations', () => {
  let classifier: Classifier;
  beforeAll(() => {
    classifier = trainRouterClassifier();
  });

  it('never names a stop word, framing word or number as a cue, over the whole test split', () => {
    const offered = test.flatMap((row) => classifier.predict(row.text).cues);
    expect(offered.length).toBeGreaterThan(test.length);
    const bad = offered.filter((cue) =>
      cue.split(' ').some((word) => STOP_WORDS.has(word) || /^\d/.test(word)),
    );
    expect(bad).toEqual([]);
    // The words a user saw explain choices they had nothing to do with.
    for (const word of ['per', 'week', 'work', 'happens', 'tell', 'time']) {
      expect(
        offered.filter((cue) => cue.split(' ').includes(word)),
        word,
      ).toEqual([]);
    }
  });

  it('names cues that are in the question and point to the chosen agent on their own', () => {
    for (const row of test) {
      const { agent, cues } = classifier.predict(row.text);
      for (const cue of cues) {
        expect(normalise(row.text)).toContain(` ${cue} `);
        // Asked alone, a cue still leans to the agent it was offered for.
        const alone = classifier.predict(cue).probabilities;
        const others = AGENT_IDS.filter((id) => id !== agent).map((id) => alone[id]);
        expect(alone[agent], `"${cue}" in "${row.text}"`).toBeGreaterThan(Math.max(...others));
      }
    }
  });

  it('calls a close call one, naming both agents with their probabilities', () => {
    const close = prediction({ product_manager: 0.46, behavioral: 0.38 }, ['checkout']);
    expect(explain(close)).toBe(
      'Close call between product_manager (0.46) and behavioral (0.38); ' +
        'product_manager cues: "checkout"',
    );
    const clear = prediction({ product_manager: 0.66, behavioral: 0.2 }, ['checkout']);
    expect(explain(clear)).toBe('Matched product_manager cues: "checkout" (confidence 0.66)');
  });

  it('says the phrasing decided when no word qualifies, close call or not', () => {
    expect(explain(prediction({ technical: 0.9 }, []))).toBe(
      'No topic words matched; the phrasing is closest to technical questions (confidence 0.90)',
    );
    expect(explain(prediction({ technical: 0.4, architect: 0.35 }, []))).toBe(
      'Close call between technical (0.40) and architect (0.35); ' +
        'no topic words matched, the phrasing is closest to technical questions',
    );
  });

  it('flags exactly the held-out predictions whose top two agents are within 0.15', () => {
    const results = test.map((row) => classifier.predict(row.text));
    const close = results.filter((p) => p.confidence - p.probabilities[p.runnerUp] < CLOSE_CALL);
    expect(close.length).toBeGreaterThan(0);
    for (const p of results) {
      expect(explain(p).startsWith('Close call'), explain(p)).toBe(close.includes(p));
    }
  });
});

describe('question router', () => {
  const router = createQuestionRouter();
  // The first route trains the classifier; in a hook, whose time limit allows for a busy machine.
  beforeAll(() => {
    router.route('warm up');
  });

  it('selects an agent and names cues that appear in the question', () => {
    const question = 'Design a URL shortening service like bit.ly';
    const decision = router.route(question);
    expect(decision.selected_agent).toBe('system_design');
    expect(decision.reasoning).toMatch(
      /^Matched system_design cues: ".+" \(confidence \d\.\d\d\)$/,
    );
    expect(cuesOf(decision.reasoning).some((cue) => normalise(question).includes(` ${cue} `))).toBe(
      true,
    );
  });

  it.each([
    'Our checkout completion dropped 8% last week. Walk me through it.',
    'Conversion fell after a redesign — what do you do?',
  ])('sends the product scenario "%s" to product_manager', (question) => {
    const decision = router.route(question);
    expect(decision.selected_agent).toBe('product_manager');
    expect(decision.reasoning).toMatch(/product_manager cues: "/);
  });

  it('says so when no topic word matched', () => {
    expect(router.route('???').reasoning).toMatch(/no topic words matched/i);
  });

  it('trains lazily, on first use', () => {
    const missing = createQuestionRouter({ datasetPath: '/nonexistent/questions.jsonl' });
    expect(() => missing.route('two sum?')).toThrow(/ENOENT/);
  });

  it('routes from the dataset alone, and says why once, when the pack does not load', () => {
    const dir = mkdtempSync(join(tmpdir(), 'routing-'));
    const datasetPath = join(dir, 'questions.jsonl');
    const examples: Record<AgentId, string[]> = {
      product_manager: ['How would you improve Spotify?', 'What metrics would you track?'],
      technical: ['What is a mutex?', 'How does TCP work?'],
      architect: ['Monolith or microservices?', 'What is hexagonal architecture?'],
      coding: ['Reverse a linked list.', 'Implement binary search.'],
      behavioral: ['Tell me about a conflict.', 'What is your biggest weakness?'],
      system_design: ['Design Twitter.', 'Design a URL shortener.'],
    };
    const lines = AGENT_IDS.flatMap((agent) =>
      examples[agent].map((text) => JSON.stringify({ text, agent, split: 'train' })),
    );
    writeFileSync(datasetPath, lines.join('\n'));
    const warnings: string[] = [];
    const fallback = createQuestionRouter({
      datasetPath,
      loadPack: () => {
        throw new Error('technical.yaml: entry t-1: / must have required property answer');
      },
      warn: (message) => warnings.push(message),
    });
    expect(fallback.route('Implement binary search in Go.').selected_agent).toBe('coding');
    fallback.route('Design Twitter.');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/training on the dataset alone \(technical\.yaml: entry t-1/);
  });
});
