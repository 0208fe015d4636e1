// The question bank of the demo data (see demo-data.ts).
export const DEMO_QUESTIONS = [
  {
    question_text: 'How would you design a URL shortening service?',
    question_category: 'system_design',
    question_difficulty: 'medium',
    tags: ['scalability', 'databases'],
    key_concepts: ['Hashing', 'Base62', 'Caching', 'Sharding'],
    common_mistakes: ['Ignoring collisions', 'No capacity estimate'],
    answer_summary:
      'Estimate, design the key scheme, store mappings, cache hot keys, redirect fast.',
    answer_markdown_content:
      '## Requirements\n\n- Shorten a URL, redirect in under **50 ms**\n- 100M new links a month, 10:1 reads\n\n## Design\n\n1. Generate a 7-character **base62** key from a counter range per server\n2. Store `key → url` in a key-value store, sharded by key\n3. Cache hot keys; redirect with `301` or `302`\n\n```text\nclient → LB → app → cache → KV store\n```\n\n| Concern | Choice |\n| --- | --- |\n| Keys | counter ranges, base62 |\n| Storage | DynamoDB / Cassandra |\n',
  },
  {
    question_text: 'Tell me about a time you disagreed with your manager.',
    question_category: 'behavioral',
    question_difficulty: 'easy',
    tags: ['conflict'],
  },
  {
    question_text: 'Find the longest substring without repeating characters.',
    question_category: 'coding',
    question_difficulty: 'medium',
    tags: ['strings', 'sliding-window'],
  },
  {
    question_text: 'How would you prioritise features for a new product launch?',
    question_category: 'product',
    question_difficulty: 'medium',
    tags: ['prioritisation'],
  },
  {
    question_text: 'Explain how a B-tree index speeds up a query.',
    question_category: 'technical',
    question_difficulty: 'hard',
    tags: ['databases'],
  },
  {
    question_text: 'Design a distributed rate limiter for a public API.',
    question_category: 'system_design',
    question_difficulty: 'expert',
    tags: ['scalability'],
  },
  {
    question_text: 'How do you grow a team from 5 to 15 engineers?',
    question_category: 'leadership',
    question_difficulty: 'hard',
    tags: ['hiring'],
  },
];
