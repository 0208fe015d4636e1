// Word pools and a seeded random source for the bench data: text that reads like a real
// tracker's (so searches, tags and row sizes behave as they would), and the same on every run.

/** mulberry32: tiny, fast, and good enough to spread data; seeded, so runs are comparable. */
export function randomSource(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const some = <T>(items: readonly T[], min: number, max: number): T[] => {
    const pool = [...items];
    const out: T[] = [];
    for (let n = int(min, Math.min(max, pool.length)); n > 0; n--) {
      out.push(pool.splice(Math.floor(next() * pool.length), 1)[0] as T);
    }
    return out;
  };
  const chance = (p: number) => next() < p;
  /** Sentences picked from `pool` until the text reaches about `chars` characters. */
  const prose = (pool: readonly string[], chars: number) => {
    const parts: string[] = [];
    for (let length = 0; length < chars; length += (parts.at(-1)?.length ?? 0) + 1) {
      parts.push(pick(pool));
    }
    return parts.join(' ');
  };
  return { next, int, pick, some, chance, prose };
}

export type Random = ReturnType<typeof randomSource>;

// biome-ignore format: a word pool reads better packed
export const COMPANY_STEMS = [
  'Northwind', 'Globex', 'Initech', 'Hooli', 'Vandelay', 'Acme', 'Stark', 'Wayne', 'Tyrell',
  'Cyberdyne', 'Soylent', 'Umbrella', 'Aperture', 'Massive', 'Wonka', 'Oscorp', 'Duff',
  'Gringotts', 'Monarch', 'Pied Piper',
] as const;
// biome-ignore format: a word pool reads better packed
export const COMPANY_KINDS = [
  'Labs', 'Systems', 'Cloud', 'Analytics', 'Health', 'Payments', 'Robotics', 'Logistics',
  'Media', 'Security',
] as const;
// biome-ignore format: a word pool reads better packed
export const INDUSTRIES = [
  'Fintech', 'Healthcare', 'E-commerce', 'SaaS', 'Gaming', 'Logistics', 'Media', 'Security',
];
export const SIZES = ['1-50', '51-200', '201-1000', '1001-5000', '5000+'];
// biome-ignore format: a word pool reads better packed
export const CITIES = [
  'Berlin, Germany', 'London, UK', 'San Francisco, CA', 'New York, NY', 'Toronto, Canada',
  'Amsterdam, Netherlands', 'Austin, TX', 'Lisbon, Portugal', 'Singapore', 'Remote (EU)',
];

// biome-ignore format: a word pool reads better packed
export const ROLE_NAMES = [
  'Backend Engineer', 'Frontend Engineer', 'Full Stack Engineer', 'Site Reliability Engineer',
  'Data Engineer', 'Machine Learning Engineer', 'Platform Engineer', 'Mobile Engineer',
  'Security Engineer', 'DevOps Engineer', 'Engineering Manager', 'Staff Software Engineer',
  'Product Manager', 'Data Scientist', 'QA Automation Engineer', 'Solutions Architect',
  'Database Administrator', 'Embedded Software Engineer', 'Developer Advocate', 'Tech Lead',
] as const;
// biome-ignore format: a word pool reads better packed
export const SKILLS = [
  'TypeScript', 'Node.js', 'Python', 'Go', 'Java', 'Kotlin', 'Rust', 'React', 'Angular',
  'PostgreSQL', 'Redis', 'Kafka', 'Kubernetes', 'Docker', 'AWS', 'GCP', 'Terraform', 'GraphQL',
  'gRPC', 'Elasticsearch', 'Spark', 'Airflow', 'PyTorch', 'CI/CD', 'Linux', 'Distributed Systems',
] as const;

/** What a question is about: its text, the tags it carries and its category. */
export interface Topic {
  text: string;
  tags: string[];
  category: 'system_design' | 'technical' | 'coding' | 'behavioral' | 'leadership' | 'product';
}

const SYSTEMS: [string, string[]][] = [
  ['a URL shortener', ['scalability', 'databases']],
  ['a rate limiter for a public API', ['apis', 'reliability']],
  ['a news feed', ['scalability', 'caching']],
  ['a chat service with read receipts', ['messaging', 'networking']],
  ['a distributed caching layer in front of the product catalogue', ['caching', 'databases']],
  ['a payment ledger', ['databases', 'reliability']],
  ['a metrics pipeline', ['observability', 'messaging']],
  ['a ride-hailing dispatch service', ['scalability', 'graphs']],
  ['a web crawler', ['networking', 'concurrency']],
  ['a video upload and transcoding service', ['cloud', 'messaging']],
  ['an image CDN with edge caching', ['caching', 'networking']],
  ['a notification service', ['messaging', 'reliability']],
];
const SYSTEM_TWISTS = [
  'for 50 million daily users',
  'that stays available during a regional outage',
  'with a caching strategy for hot keys',
  'on a small team budget',
  'with strict ordering guarantees',
  'that must answer within 100 ms at p99',
];
const CONCEPTS: [string, string[]][] = [
  ['write-through and write-back caching', ['caching', 'performance']],
  ['cache invalidation after a write', ['caching', 'databases']],
  ['database indexes and when they hurt', ['databases', 'sql']],
  ['eventual consistency', ['databases', 'system_design']],
  ['the event loop in Node.js', ['concurrency', 'performance']],
  ['optimistic versus pessimistic locking', ['concurrency', 'databases']],
  ['HTTP caching headers such as ETag and Cache-Control', ['caching', 'apis']],
  ['connection pooling', ['databases', 'performance']],
  ['how TLS establishes a session', ['security', 'networking']],
  ['idempotency keys in payment APIs', ['apis', 'reliability']],
  ['the difference between processes and threads', ['concurrency']],
  ['structured logging and tracing', ['observability']],
];
const TASKS: [string, string[]][] = [
  ['returns the k most frequent words in a text', ['algorithms', 'data_structures']],
  ['implements an LRU cache with O(1) get and put', ['caching', 'data_structures']],
  ['merges overlapping intervals', ['algorithms']],
  ['finds the shortest path in a weighted grid', ['graphs', 'algorithms']],
  ['serializes and deserializes a binary tree', ['data_structures']],
  ['counts the ways to climb n stairs taking 1 or 2 steps', ['dynamic_programming']],
  ['detects a cycle in a directed graph', ['graphs']],
  ['validates a sudoku board', ['algorithms']],
];
const SITUATIONS: [string, string[]][] = [
  ['disagreed with a senior colleague about a design', ['conflict', 'communication']],
  ['missed a deadline and had to tell your stakeholders', ['communication']],
  ['took ownership of a production incident', ['reliability', 'leadership']],
  ['mentored a junior engineer through a hard project', ['leadership']],
  ['had to push back on a product requirement', ['product_sense', 'communication']],
  ['simplified a system nobody wanted to touch', ['leadership', 'testing']],
];

export function topic(r: Random): Topic {
  const roll = r.next();
  if (roll < 0.3) {
    const [system, tags] = r.pick(SYSTEMS);
    return {
      text: `How would you design ${system} ${r.pick(SYSTEM_TWISTS)}?`,
      tags: ['system_design', ...tags],
      category: 'system_design',
    };
  }
  if (roll < 0.55) {
    const [concept, tags] = r.pick(CONCEPTS);
    return { text: `Explain ${concept}, and when would you use it?`, tags, category: 'technical' };
  }
  if (roll < 0.75) {
    const [task, tags] = r.pick(TASKS);
    return { text: `Write a function that ${task}.`, tags, category: 'coding' };
  }
  const [situation, tags] = r.pick(SITUATIONS);
  return {
    text: `Tell me about a time you ${situation}.`,
    tags,
    category: r.chance(0.7) ? 'behavioral' : r.chance(0.5) ? 'leadership' : 'product',
  };
}

export const JOB_SENTENCES = [
  'You will own services that handle millions of requests a day.',
  'The team ships to production several times a day behind feature flags.',
  'We value clear written communication and thoughtful code review.',
  'Experience with PostgreSQL and a caching layer such as Redis is a plus.',
  'You will work closely with product and design on the roadmap.',
  'On-call is shared across the team, one week in six.',
  'We expect you to mentor others and raise the bar for testing.',
  'Our stack is TypeScript on Node.js, React on the front end, and Kubernetes.',
  'You have shipped and operated distributed systems in production.',
  'Hybrid: two days a week in the office, flexible hours.',
];
export const FEEDBACK_SENTENCES = [
  'Strong on fundamentals, explained trade-offs clearly.',
  'Struggled a little with the estimation part but recovered well.',
  'The interviewer liked the caching discussion and asked many follow-ups.',
  'Should practise talking through edge cases before writing code.',
  'Good rapport with the hiring manager; questions about team culture landed.',
  'Ran out of time on the second coding exercise.',
  'Clear structure: requirements, API, data model, then scaling.',
  'Needs crisper examples for the behavioural questions.',
];
export const ANSWER_SENTENCES = [
  'Start by clarifying the requirements and the expected load.',
  'A cache in front of the database absorbs most reads; decide how entries are invalidated.',
  'Partition the data by a key that spreads writes evenly.',
  'Use a queue to decouple the write path from slow downstream work.',
  'Measure first: p99 latency and error rates tell you where to look.',
  'Name the trade-off explicitly and say what you would monitor.',
  'Walk through a concrete example before generalising.',
  'Close with what you would do differently with more time.',
];
// biome-ignore format: a word pool reads better packed
export const PEOPLE = [
  'Alex Kim', 'Priya Patel', 'Jordan Lee', 'Maria Garcia', 'Sam Taylor', 'Chen Wei', 'Fatima Khan',
  'Lucas Silva',
];
// biome-ignore format: a word pool reads better packed
export const TITLES = [
  'Senior Engineer', 'Staff Engineer', 'Engineering Manager', 'Recruiter', 'Principal Engineer',
  'Director of Engineering',
];
