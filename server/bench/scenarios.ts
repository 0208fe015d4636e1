// The fixed scenarios, built on what the seed wrote. Paths and bodies are the ones the web app
// sends; ids are drawn at random over the whole data set so no single row stays cached.
import type { Scenario } from './load.js';
import type { Seeded } from './seed.js';
import { JOB_SENTENCES, randomSource, SKILLS } from './seed-text.js';

/** A word in about one question in ten of the seeded bank (see seed-text.ts). */
export const SEARCH_WORD = 'caching';
/** Two tags the seed puts together on a few hundred questions per 10,000 interviews. */
export const SEARCH_TAGS = ['system_design', 'caching'];

export const STREAM_QUESTIONS = [
  'How would you design a URL shortening service?',
  'Explain write-through and write-back caching.',
  'Tell me about a time you disagreed with a senior colleague.',
  'Write a function that merges overlapping intervals.',
  'How would you prioritise a roadmap with too many requests?',
];

export const LIST_PATH = '/api/interviews?limit=20&sort_by=company_name&order=asc';
export const QUESTION_SEARCH_PATH = `/api/questions?limit=20&search=${SEARCH_WORD}`;
export const STATS_PATH = '/api/stats/overview';

function createBodies(seeded: Seeded): string[] {
  const r = randomSource(7);
  return Array.from({ length: 64 }, (_, i) =>
    JSON.stringify({
      company_id: r.pick(seeded.companyIds),
      role_id: r.pick(seeded.roleIds),
      seniority_level: 'senior',
      interview_status: 'scheduled',
      job_description: r.prose(JOB_SENTENCES, 900),
      main_skills_required: r.some(SKILLS, 3, 5),
      job_location: 'Berlin, Germany',
      is_remote: i % 2 === 0,
      application_date: '2026-11-02',
      first_interview_date: '2026-11-16',
      job_posting_url: `https://jobs.example.com/postings/${i}`,
    }),
  );
}

const listScenario: Scenario = { name: 'list interviews by company name', path: LIST_PATH };

function detailScenario(seeded: Seeded): Scenario {
  const r = randomSource(11);
  const { first, last } = seeded.interviewIds;
  return {
    name: 'interview detail (random id)',
    path: `/api/interviews/${first}`,
    nextPath: () => `/api/interviews/${r.int(first, last)}`,
  };
}

/** Read scenarios, in the order they run; the writing one comes last (see createScenario). */
export function readScenarios(seeded: Seeded): Scenario[] {
  const tagQuery = SEARCH_TAGS.map((tag) => `tags=${tag}`).join('&');
  return [
    { name: 'GET /api/health', path: '/api/health' },
    listScenario,
    detailScenario(seeded),
    { name: 'GET /api/stats/overview', path: STATS_PATH },
    { name: `question search "${SEARCH_WORD}"`, path: QUESTION_SEARCH_PATH },
    {
      name: 'list interviews, status completed',
      path: '/api/interviews?limit=20&interview_status=completed',
    },
    {
      name: `questions by tags ${SEARCH_TAGS.join(' + ')}`,
      path: `/api/questions?limit=20&${tagQuery}`,
    },
    { name: 'GET /api/agents/available', path: '/api/agents/available' },
    {
      name: 'offline answer stream (whole response)',
      method: 'POST',
      path: '/api/agents/answer-stream',
      bodies: STREAM_QUESTIONS.map((question) => JSON.stringify({ question })),
    },
    // Last of the reads: its large responses would otherwise raise the RSS of those after it.
    {
      name: 'maximal rows: list 20',
      path: `/api/interviews?limit=20&company_id=${seeded.maximalCompanyId}`,
    },
  ];
}

/** Runs after every read and the stress soak: each request adds an interview to the data set. */
export const createScenario = (seeded: Seeded): Scenario => ({
  name: 'POST /api/interviews (create)',
  method: 'POST',
  path: '/api/interviews',
  bodies: createBodies(seeded),
});

/** The soak of --stress: the two scenarios whose cost grows with the data set. */
export const stressScenarios = (seeded: Seeded): Scenario[] => [
  listScenario,
  detailScenario(seeded),
];

/** Scenarios also timed one request at a time (c=1), for the single-user targets. */
export const oneClientPaths = [
  listScenario,
  { name: `question search "${SEARCH_WORD}"`, path: QUESTION_SEARCH_PATH },
  { name: 'GET /api/stats/overview', path: STATS_PATH },
];
