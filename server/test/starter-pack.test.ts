// The starter pack ships as data: every entry must parse against its format, every coding
// solution must pass its cases, and the pack must cover each agent with enough questions.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  loadStarterPack,
  PACK_DIR,
  type PackEntry,
  packFileOf,
  parsePackFile,
} from '../src/knowledge/starter-pack.js';
import { AGENT_IDS } from '../src/llm/agent-ids.js';

const MIN_PER_AGENT = 50;

describe.each(AGENT_IDS)('starter pack: %s', (agent) => {
  const path = join(PACK_DIR, packFileOf(agent));
  const entries: PackEntry[] = existsSync(path)
    ? parsePackFile(readFileSync(path, 'utf8'), agent)
    : [];

  it(`has at least ${MIN_PER_AGENT} questions`, () => {
    expect(entries.length).toBeGreaterThanOrEqual(MIN_PER_AGENT);
  });

  it('has distinct follow-ups that are not the question itself', () => {
    for (const entry of entries) {
      const asked = entry.follow_ups.map((f) => f.question.toLowerCase());
      expect(new Set(asked).size, entry.id).toBe(3);
      expect(asked, entry.id).not.toContain(entry.question.toLowerCase());
    }
  });

  const coding = entries.filter((entry) => entry.solution);
  if (agent === 'coding') {
    it('gives every coding question a solution', () => {
      expect(entries.filter((e) => !e.solution).map((e) => e.id)).toEqual([]);
    });
  }

  it.each(coding.map((entry) => [entry.id, entry] as const))(
    'solution of %s passes its cases',
    async (_id, entry) => {
      const solution = entry.solution as NonNullable<PackEntry['solution']>;
      const module = (await import(join(PACK_DIR, 'solutions', solution.file))) as Record<
        string,
        unknown
      >;
      const target = module[solution.export];
      expect(typeof target, `${solution.file} exports ${solution.export}`).toBe('function');
      expect((solution.cases?.length ?? 0) + (solution.scenarios?.length ?? 0)).toBeGreaterThan(0);
      for (const { args, expected } of solution.cases ?? []) {
        // Arguments are cloned so that a solution that mutates its input cannot pass by luck.
        const result = (target as (...a: unknown[]) => unknown)(...structuredClone(args));
        expect(result, `${solution.export}(${JSON.stringify(args)})`).toEqual(expected);
      }
      for (const scenario of solution.scenarios ?? []) {
        const Class = target as new (
          ...a: unknown[]
        ) => Record<string, (...a: unknown[]) => unknown>;
        const instance = new Class(...scenario.constructor);
        const results = scenario.calls.map(([method, ...args]) => {
          const result = instance[String(method)]?.(...args);
          return result === undefined ? null : result;
        });
        expect(results, JSON.stringify(scenario.calls)).toEqual(scenario.expected);
      }
    },
  );
});

describe('starter pack as a whole', () => {
  it('loads with unique ids and questions, at least 300 in all', () => {
    const pack = loadStarterPack();
    expect(pack.length).toBeGreaterThanOrEqual(300);
  });
});
