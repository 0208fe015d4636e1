import { beforeAll, describe, expect, it } from 'vitest';
import { starterPack } from '../../../knowledge/starter-pack.js';
import { AGENT_IDS, type AgentId } from '../../../llm/agent-ids.js';
import { expectedCalibrationError } from './calibration.js';
import { type Classifier, type LabeledQuestion, trainClassifier } from './classifier.js';
import { loadDataset, loadUnfamiliar, parseDataset } from './dataset.js';
import { trainRouterClassifier } from './router.js';
import { cueText, words } from './tokenizer.js';
import { packQuestions, trainingExamples } from './training-set.js';

const dataset = loadDataset();
const train = dataset.filter((row) => row.split === 'train');
const test = dataset.filter((row) => row.split === 'test');
const unfamiliar = loadUnfamiliar();
const normalise = (text: string) => words(text).join(' ');
const percent = (ratio: number) => `${(ratio * 100).toFixed(1)}%`;

/** Held-out test accuracy before the starter pack and calibration came in, less seed noise. */
const TEST_ACCURACY_FLOOR = 0.947;
const UNFAMILIAR_ACCURACY_FLOOR = 0.85;

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
  const byAgent = (rows: LabeledQuestion[], agent: AgentId) =>
    rows.filter((r) => r.agent === agent);

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

describe('unfamiliar set and training questions', () => {
  it('has at least 15 questions per agent, none of them in the dataset or the pack', () => {
    for (const agent of AGENT_IDS) {
      expect(unfamiliar.filter((row) => row.agent === agent).length, agent).toBeGreaterThanOrEqual(
        15,
      );
    }
    const known = new Set([
      ...dataset.map((row) => normalise(row.text)),
      ...packQuestions(starterPack, () => {}).map((q) => normalise(q.text)),
    ]);
    expect(unfamiliar.filter((row) => known.has(normalise(row.text)))).toEqual([]);
  });

  it('trains on no held-out question, and on pack questions that are not one', () => {
    const pack = [
      { text: test[0]?.text ?? '', agent: test[0]?.agent ?? 'coding' },
      { text: `${unfamiliar[0]?.text ?? ''} Be specific.`, agent: 'coding' as const },
      {
        text: 'What is CI/CD, and what does a good delivery pipeline look like?',
        agent: 'technical' as const,
      },
      {
        text: 'Explain the bulkhead pattern with an example from a payment system.',
        agent: 'architect' as const,
      },
    ];
    const heldOut = [...test, ...unfamiliar];
    const examples = trainingExamples({ dataset, pack, heldOut });
    const texts = examples.map((example) => example.text);
    // The first three repeat or nearly repeat a held-out question ("What is CI/CD?" is one).
    expect(texts.filter((text) => pack.slice(0, 3).some((p) => p.text === text))).toEqual([]);
    expect(texts).toContain(pack[3]?.text);
    const held = new Set(heldOut.map((row) => normalise(row.text)));
    expect(examples.filter((example) => held.has(normalise(example.text)))).toEqual([]);
    expect(examples.length).toBe(train.length + 1);
  });

  it('falls back to no pack, with a one-line warning, when the pack does not load', () => {
    const warnings: string[] = [];
    const questions = packQuestions(
      () => {
        throw new Error(
          'coding.yaml: entry two-sum: /follow_ups must NOT have fewer than 3 items\n    at parsePackFile',
        );
      },
      (message) => warnings.push(message),
    );
    expect(questions).toEqual([]);
    expect(warnings).toEqual([
      'question router: starter pack not loaded, training on the dataset alone ' +
        '(coding.yaml: entry two-sum: /follow_ups must NOT have fewer than 3 items)',
    ]);
  });
});

describe('question classifier', () => {
  let classifier: Classifier;
  beforeAll(() => {
    classifier = trainRouterClassifier();
  });
  const predicted = (rows: LabeledQuestion[]) =>
    rows.map((row) => ({ ...row, prediction: classifier.predict(row.text) }));
  const accuracy = (rows: LabeledQuestion[]) =>
    predicted(rows).filter((r) => r.prediction.agent === r.agent).length / rows.length;

  it(`keeps at least ${percent(TEST_ACCURACY_FLOOR)} accuracy on the held-out test split`, () => {
    expect(accuracy(test)).toBeGreaterThanOrEqual(TEST_ACCURACY_FLOOR);
  });

  it(`routes at least ${percent(UNFAMILIAR_ACCURACY_FLOOR)} of the unfamiliar set right`, () => {
    expect(accuracy(unfamiliar)).toBeGreaterThanOrEqual(UNFAMILIAR_ACCURACY_FLOOR);
  });

  describe('calibration', () => {
    const scored = (rows: LabeledQuestion[], model: () => Classifier) =>
      rows.map((row) => {
        const { agent, confidence } = model().predict(row.text);
        return { confidence, correct: agent === row.agent };
      });
    const meanWhenWrong = (rows: { confidence: number; correct: boolean }[]) => {
      const wrong = rows.filter((r) => !r.correct);
      return wrong.reduce((sum, r) => sum + r.confidence, 0) / wrong.length;
    };

    it('is below 0.9 confident, on average, where it is wrong on the unfamiliar set', () => {
      expect(meanWhenWrong(scored(unfamiliar, () => classifier))).toBeLessThan(0.9);
    });

    it('keeps the expected calibration error small on both held-out sets', () => {
      expect(expectedCalibrationError(scored(test, () => classifier))).toBeLessThan(0.05);
      expect(expectedCalibrationError(scored(unfamiliar, () => classifier))).toBeLessThan(0.1);
    });

    it('would fail those checks with the temperature forced far below the fitted one', () => {
      const sharp = trainClassifier(trainingExamples({ dataset, pack: [], heldOut: [] }), {
        temperature: classifier.temperature / 5,
      });
      const rows = scored(unfamiliar, () => sharp);
      expect(meanWhenWrong(rows)).toBeGreaterThanOrEqual(0.9);
    });
  });

  it.each(FRESH_CASES)('routes "$text" to $agent', ({ text, agent }) => {
    expect(classifier.predict(text).agent).toBe(agent);
  });

  it('returns a probability for every agent, summing to 1, with the chosen one as confidence', () => {
    for (const { text } of FRESH_CASES) {
      const { agent, confidence, probabilities, runnerUp } = classifier.predict(text);
      expect(Object.keys(probabilities).sort()).toEqual([...AGENT_IDS].sort());
      const total = Object.values(probabilities).reduce((a, b) => a + b, 0);
      expect(total).toBeCloseTo(1, 10);
      expect(confidence).toBeGreaterThan(0);
      expect(confidence).toBeLessThanOrEqual(1);
      expect(confidence).toBe(Math.max(...Object.values(probabilities)));
      expect(probabilities[agent]).toBe(confidence);
      const others = AGENT_IDS.filter((id) => id !== agent).map((id) => probabilities[id]);
      expect(probabilities[runnerUp]).toBe(Math.max(...others));
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

  it('is deterministic, temperature fitting included: two trainings predict the same', () => {
    const sample = train.filter((_, i) => i % 4 === 0);
    const [first, second] = [trainClassifier(sample), trainClassifier(sample)];
    expect(second.temperature).toBe(first.temperature);
    for (const row of test) expect(second.predict(row.text)).toEqual(first.predict(row.text));
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
    expect(cueText('w:week')).toBeUndefined();
    expect(cueText('w:100k')).toBeUndefined();
    expect(cueText('c:<des')).toBeUndefined();
  });
});
