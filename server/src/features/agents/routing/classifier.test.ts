import { beforeAll, describe, expect, it } from 'vitest';
import { AGENT_IDS, type AgentId } from '../../../llm/agent-ids.js';
import { type Classifier, trainClassifier } from './classifier.js';
import { type DatasetRow, loadDataset, parseDataset } from './dataset.js';
import { createQuestionRouter } from './router.js';
import { cueText, words } from './tokenizer.js';

const dataset = loadDataset();
const train = dataset.filter((row) => row.split === 'train');
const test = dataset.filter((row) => row.split === 'test');
const normalise = (text: string) => words(text).join(' ');

// Written for this file only (the dataset test below checks they are not in the dataset), one
// group per side of each look-alike pair: system_design/architect, coding/technical,
// behavioral/product_manager.
const FRESH: Record<AgentId, string[]> = {
  system_design: [
    'Design a URL shortening service like bit.ly',
    'desing twitter',
    'Design a photo sharing service and estimate how much storage it needs per year',
    'how would you scale a chat service to 50 million concurrent connections',
  ],
  architect: [
    'How would you split a monolith into microservices?',
    'When should a company choose event-driven architecture over request/response?',
    'Should we put an API gateway or a service mesh in front of our services?',
    'What are bounded contexts and how do they map to teams?',
  ],
  coding: [
    'Implement an LRU cache',
    'reverse a linked list in place in javascript',
    'write a function that returns the longest palindrome in a string',
    'implment a debounce function',
  ],
  technical: [
    'How does an LRU cache eviction policy work?',
    'explian how closures capture variables',
    'What is the difference between TCP and UDP?',
    'How do B-tree indexes make queries faster?',
  ],
  behavioral: [
    'Tell me about a time you disagreed with your manager',
    'Describe a time you turned down a request from an important stakeholder.',
    'what are your weaknesses',
    'Why do you want to work at our company?',
  ],
  product_manager: [
    "How would you improve Spotify's onboarding?",
    'How would you decide what to build for a team of field technicians?',
    'Our daily active users dropped 8% this week. What would you look at?',
    'How would you measure the success of Spotify Wrapped?',
  ],
};
const FRESH_CASES = AGENT_IDS.flatMap((agent) => FRESH[agent].map((text) => ({ agent, text })));

describe('routing dataset', () => {
  const byAgent = (rows: DatasetRow[], agent: AgentId) => rows.filter((r) => r.agent === agent);

  it('has at least 110 questions per agent, balanced within 10% of the mean', () => {
    const mean = dataset.length / AGENT_IDS.length;
    for (const agent of AGENT_IDS) {
      const count = byAgent(dataset, agent).length;
      expect(count, agent).toBeGreaterThanOrEqual(110);
      expect(Math.abs(count - mean) / mean, agent).toBeLessThanOrEqual(0.1);
    }
  });

  it('holds out about a fifth of each agent for testing', () => {
    for (const agent of AGENT_IDS) {
      const share = byAgent(test, agent).length / byAgent(dataset, agent).length;
      expect(share, agent).toBeGreaterThanOrEqual(0.17);
      expect(share, agent).toBeLessThanOrEqual(0.23);
    }
  });

  it('has no duplicate question and no test question that is also in train', () => {
    const texts = dataset.map((row) => normalise(row.text));
    expect(new Set(texts).size).toBe(texts.length);
    const trainTexts = new Set(train.map((row) => normalise(row.text)));
    expect(test.filter((row) => trainTexts.has(normalise(row.text)))).toEqual([]);
  });

  it('does not contain the fresh questions this file checks', () => {
    const texts = new Set(dataset.map((row) => normalise(row.text)));
    expect(FRESH_CASES.filter(({ text }) => texts.has(normalise(text)))).toEqual([]);
  });

  it('rejects a malformed line with its line number', () => {
    const good = JSON.stringify({ text: 'two sum?', agent: 'coding', split: 'train' });
    const bad = JSON.stringify({ text: 'two sum?', agent: 'wizard', split: 'train' });
    expect(parseDataset(`${good}\n${good}\n`)).toHaveLength(2);
    expect(() => parseDataset(`${good}\n${bad}`, 'questions.jsonl')).toThrow(/questions.jsonl:2/);
  });
});

describe('question classifier', () => {
  let classifier: Classifier;
  beforeAll(() => {
    classifier = trainClassifier(train);
  });

  it('reaches at least 95% accuracy on the held-out test split', () => {
    const correct = test.filter((row) => classifier.predict(row.text).agent === row.agent);
    expect(correct.length / test.length).toBeGreaterThanOrEqual(0.95);
  });

  it.each(FRESH_CASES)('routes "$text" to $agent', ({ text, agent }) => {
    expect(classifier.predict(text).agent).toBe(agent);
  });

  it('returns a probability for every agent, summing to 1, with the chosen one as confidence', () => {
    for (const { text } of FRESH_CASES) {
      const { agent, confidence, probabilities } = classifier.predict(text);
      expect(Object.keys(probabilities).sort()).toEqual([...AGENT_IDS].sort());
      const total = Object.values(probabilities).reduce((a, b) => a + b, 0);
      expect(total).toBeCloseTo(1, 10);
      expect(confidence).toBeGreaterThan(0);
      expect(confidence).toBeLessThanOrEqual(1);
      expect(confidence).toBe(Math.max(...Object.values(probabilities)));
      expect(probabilities[agent]).toBe(confidence);
    }
  });

  it('explains itself with words taken from the question', () => {
    for (const { text } of FRESH_CASES) {
      const question = ` ${normalise(text)} `;
      for (const cue of classifier.predict(text).cues) expect(question).toContain(` ${cue} `);
    }
  });

  it('lets the question outweigh a contradicting context', () => {
    const withContext = classifier.predict('Implement an LRU cache', 'behavioral round with HR');
    expect(withContext.agent).toBe('coding');
  });

  it('uses the context when the question alone says little', () => {
    const context = 'System design round: design a chat application for 10 million users';
    const vague = 'How would you approach this?';
    const shifted = classifier.predict(vague, context).probabilities.system_design;
    expect(shifted).toBeGreaterThan(classifier.predict(vague).probabilities.system_design);
  });

  it('is deterministic: two trainings give identical predictions', () => {
    const again = trainClassifier(train);
    for (const row of test) expect(again.predict(row.text)).toEqual(classifier.predict(row.text));
  });
});

describe('tokenizer', () => {
  it('lowercases, drops apostrophes and splits on punctuation', () => {
    expect(words("What's the CAP-theorem in C++?")).toEqual([
      'whats',
      'the',
      'cap',
      'theorem',
      'in',
      'cpp',
    ]);
  });

  it('offers only readable word phrases as cues', () => {
    expect(cueText('w:url shortener')).toBe('url shortener');
    expect(cueText('w:design a')).toBeUndefined();
    expect(cueText('c:<des')).toBeUndefined();
  });
});

describe('question router', () => {
  const router = createQuestionRouter();

  it('selects an agent and names cues that appear in the question', () => {
    const question = 'Design a URL shortening service like bit.ly';
    const decision = router.route(question);
    expect(decision.selected_agent).toBe('system_design');
    expect(decision.reasoning).toMatch(
      /^Matched system_design cues: ".+" \(confidence \d\.\d\d\)$/,
    );
    const cues = [...decision.reasoning.matchAll(/"([^"]+)"/g)].map((match) => match[1] ?? '');
    expect(cues.some((cue) => ` ${normalise(question)} `.includes(` ${cue} `))).toBe(true);
  });

  it('says so when no topic word matched', () => {
    expect(router.route('???').reasoning).toMatch(/^No topic words matched/);
  });

  it('trains lazily, on first use', () => {
    const missing = createQuestionRouter({ datasetPath: '/nonexistent/questions.jsonl' });
    expect(() => missing.route('two sum?')).toThrow(/ENOENT/);
  });
});
