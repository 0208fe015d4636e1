import { type Playbook, type Subject, section } from '../../../llm/playbook.js';

/** `longest palindromic substring` → `longestPalindromicSubstring`. */
function functionName(topic: string): string {
  const words = topic
    .toLowerCase()
    .replace(/[^a-z0-9 ]+/g, ' ')
    .split(/\s+/)
    .filter((w) => w && !/^(a|an|the|of|in|to|and|for|given|that|which|find|return|all)$/.test(w))
    .slice(0, 4);
  const [first = 'solve', ...rest] = words;
  const name = first + rest.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
  return /^[a-z]/.test(name) ? name : `solve${name}`;
}

/** The shape most array and string problems take: edge cases, one pass with state, result. */
function skeleton(s: Subject): string {
  const name = functionName(s.topic);
  if (s.language === 'Python') {
    const snake = name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
    return [
      '```python',
      `def ${snake}(items: list[int]) -> int:`,
      '    # 1. Edge cases first: empty input, a single element.',
      '    if not items:',
      '        return 0',
      '    # 2. One pass, keeping the state that removes the repeated work of the brute force',
      '    #    (a dict of values seen, two pointers, a heap, prefix sums or a DP table).',
      '    seen: dict[int, int] = {}',
      '    best = 0',
      '    for i, value in enumerate(items):',
      '        # Update `best` from the state, then record `value` in it.',
      '        seen[value] = i',
      '    return best',
      '```',
    ].join('\n');
  }
  return [
    '```ts',
    `function ${name}(items: number[]): number {`,
    '  // 1. Edge cases first: empty input, a single element.',
    '  if (items.length === 0) return 0;',
    '  // 2. One pass, keeping the state that removes the repeated work of the brute force',
    '  //    (a map of values seen, two pointers, a heap, prefix sums or a DP table).',
    '  const seen = new Map<number, number>();',
    '  let best = 0;',
    '  for (const [i, value] of items.entries()) {',
    '    // Update `best` from the state, then record `value` in it.',
    '    seen.set(value, i);',
    '  }',
    '  return best;',
    '}',
    '```',
  ].join('\n');
}

export const codingPlaybook: Playbook = {
  stance:
    'You are a senior engineer in a live coding interview. Clarify first, reach a working solution, ' +
    'then improve it. Write the code in the language asked for (TypeScript when none is given).',
  sections: [
    section(
      (s) => `Clarify ${s.topic}`,
      'Restate the problem; pin down inputs, outputs, constraints and an example.',
      () => [
        'Restate the problem in one sentence and confirm the input types, the output, and the size limits (n up to 10^5? values negative?).',
        'Work one small example by hand, and ask how to handle empty input and duplicates.',
      ],
    ),
    section(
      () => 'Approach: brute force, then better',
      'Describe the brute-force solution and its cost, then the optimised approach and why it is correct.',
      () => [
        'Brute force first: try every candidate, say its time complexity, and confirm it gives the right answer.',
        'Then look for the repeated work it does: a hash map, two pointers, sorting, a heap, binary search or dynamic programming usually removes it.',
        'Explain why the faster approach is correct before writing it.',
      ],
    ),
    section(
      (s) => `Code (${s.language})`,
      'Give complete, runnable code with clear names, then its time and space complexity.',
      (s) => [
        `Write the solution in ${s.language} as one function with a descriptive name and typed parameters; keep helpers small.`,
        'Walk through the code with the example from the first step.',
        'State the time and space complexity of the final version, and of the brute force for comparison.',
      ],
      { code: skeleton },
    ),
    section(
      () => 'Edge cases',
      'List the edge cases and how the code handles each.',
      () => [
        'Empty input, a single element, all elements equal, negative numbers or zero, the largest allowed input.',
        'Integer overflow and off-by-one errors at the boundaries of loops.',
      ],
    ),
    section(
      () => 'Tests',
      'Give a handful of test cases with expected outputs.',
      () => [
        'The worked example; each edge case above; one large input to check the complexity in practice.',
      ],
    ),
  ],
  followUps: (s) => [
    `Can you solve ${s.topic} with less memory?`,
    `How would your solution to ${s.topic} change if the input did not fit in memory?`,
    `What is the time complexity of your solution to ${s.topic}, and can it be improved?`,
    `How would you test your solution to ${s.topic}?`,
  ],
};

export const technicalPlaybook: Playbook = {
  stance:
    'You are a senior engineer explaining a concept to an interviewer: precise, plain language first, ' +
    'then the mechanism, the costs and the pitfalls, with a concrete example.',
  sections: [
    section(
      (s) => `${capitalise(s.topic)} in plain words`,
      'One or two sentences a non-specialist would understand.',
      (s) => [
        `Say what ${s.topic} is and the problem it solves, in one or two sentences, before any detail.`,
      ],
    ),
    section(
      () => 'How it works',
      'The mechanism, step by step.',
      (s) => [
        `Describe the moving parts of ${s.topic} and what happens, step by step, in the common case.`,
        'Mention what the runtime, database or network is actually doing underneath.',
      ],
    ),
    section(
      () => 'Complexity and cost',
      'Time, space, latency or operational cost.',
      () => ['Give the cost in time and memory (or latency and money), and what makes it grow.'],
    ),
    section(
      () => 'Edge cases and pitfalls',
      'Where it breaks or surprises people.',
      () => [
        'The classic mistakes people make with it, and the conditions under which it behaves unexpectedly.',
      ],
    ),
    section(
      () => 'Alternatives and when to use them',
      'Compare with the closest alternatives.',
      (s) => [
        `Name the closest alternatives to ${s.topic} and the situations where each one is the better choice.`,
      ],
    ),
    section(
      () => 'Example',
      'A short concrete example (code or scenario).',
      () => [
        'Close with a short, concrete example: a code snippet or a real situation where it mattered.',
      ],
    ),
  ],
  followUps: (s) => [
    `What are the main pitfalls of ${s.topic} in production?`,
    `How does ${s.topic} compare with its closest alternative?`,
    `Can you give a real example where ${s.topic} made a difference?`,
    `How would you explain ${s.topic} to a junior engineer?`,
  ],
};

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
