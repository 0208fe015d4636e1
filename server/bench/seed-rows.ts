// One realistic row of each table, typed by the real schema: a change to a column that the
// seed fills breaks the bench's type check instead of its run.
import type {
  companies,
  interviewQuestions,
  interviewRounds,
  interviews,
  questions,
} from '../src/db/schema.js';
import {
  ANSWER_SENTENCES,
  CITIES,
  FEEDBACK_SENTENCES,
  INDUSTRIES,
  JOB_SENTENCES,
  PEOPLE,
  type Random,
  SIZES,
  SKILLS,
  TITLES,
  topic,
} from './seed-text.js';

type InterviewRow = typeof interviews.$inferInsert;
type RoundRow = typeof interviewRounds.$inferInsert;

const DAY = 86_400_000;
// Applications spread over the two years before this date, so date sorts see real spread.
const LAST_APPLICATION = Date.UTC(2026, 10, 1);
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function companyRow(r: Random, name: string): typeof companies.$inferInsert {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '');
  return {
    company_name: name,
    industry: r.pick(INDUSTRIES),
    company_size: r.pick(SIZES),
    headquarters: r.pick(CITIES),
    website: `https://${slug}.example.com`,
    company_description: r.prose(JOB_SENTENCES, 240),
  };
}

export function questionRow(r: Random): typeof questions.$inferInsert {
  const about = topic(r);
  const created = LAST_APPLICATION - r.int(0, 730) * DAY;
  return {
    question_text: about.text,
    question_category: about.category,
    question_difficulty: r.pick(['easy', 'medium', 'medium', 'hard', 'expert'] as const),
    question_context: r.chance(0.5) ? r.prose(FEEDBACK_SENTENCES, 120) : null,
    answer_summary: r.prose(ANSWER_SENTENCES, 260),
    answer_markdown_content: r.chance(0.3)
      ? `## Approach\n\n${r.prose(ANSWER_SENTENCES, 900)}\n\n## Trade-offs\n\n${r.prose(ANSWER_SENTENCES, 500)}`
      : null,
    key_concepts: about.tags.map((tag) => tag.replace(/_/g, ' ')),
    common_mistakes: r.some(FEEDBACK_SENTENCES, 1, 3),
    tips_and_tricks: r.some(ANSWER_SENTENCES, 1, 3),
    follow_up_questions: r.chance(0.4) ? [topic(r).text, topic(r).text] : null,
    time_to_answer_minutes: r.pick([5, 10, 15, 30, 45]),
    source: r.pick(['Glassdoor', 'Friend', 'Own interview', 'Book', 'Blog']),
    times_practiced: r.int(0, 12),
    tags: about.tags,
    is_active: r.chance(0.97),
    created_by: 'bench@example.com',
    created_at: new Date(created),
    updated_at: new Date(created + r.int(0, 30) * DAY),
  };
}

const STATUS_WEIGHTS = [
  ['completed', 0.45],
  ['scheduled', 0.2],
  ['in_progress', 0.15],
  ['cancelled', 0.1],
  ['rescheduled', 0.1],
] as const;
const FINAL_RESULTS = [
  'passed',
  'failed',
  'failed',
  'offer_received',
  'offer_accepted',
  'offer_declined',
] as const;

function status(r: Random): InterviewRow['interview_status'] {
  let roll = r.next();
  for (const [value, weight] of STATUS_WEIGHTS) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return 'completed';
}

export function interviewRow(r: Random, companyIds: number[], roleIds: number[]): InterviewRow {
  const applied = LAST_APPLICATION - r.int(0, 730) * DAY;
  const first = applied + r.int(5, 20) * DAY;
  const final = first + r.int(7, 30) * DAY;
  const interviewStatus = status(r);
  const done = interviewStatus === 'completed';
  const result = done ? r.pick(FINAL_RESULTS) : 'pending';
  const offered = result.startsWith('offer');
  const offerDate = final + r.int(1, 7) * DAY;
  const hasRole = r.chance(0.8);
  return {
    company_id: r.chance(0.97) ? r.pick(companyIds) : null,
    role_id: hasRole ? r.pick(roleIds) : null,
    custom_role_title: hasRole ? null : `${r.pick(SKILLS)} Engineer`,
    interview_type: r.chance(0.8) ? 'actual' : r.chance(0.75) ? 'mock' : 'practice',
    seniority_level: r.pick(['junior', 'mid', 'senior', 'senior', 'staff', 'lead'] as const),
    interview_status: interviewStatus,
    interview_result: result,
    job_description: r.prose(JOB_SENTENCES, r.int(600, 1800)),
    main_skills_required: r.some(SKILLS, 3, 6),
    required_experience_years: r.int(1, 10),
    job_location: r.pick(CITIES),
    is_remote: r.chance(0.4),
    salary_range: `$${r.int(8, 16) * 10_000} - $${r.int(17, 25) * 10_000}`,
    application_date: isoDate(applied),
    job_posting_url: `https://jobs.example.com/postings/${r.int(10_000, 99_999)}`,
    referral_source: r.pick(['LinkedIn', 'Referral', 'Company site', 'Recruiter', null]),
    first_interview_date: isoDate(first),
    final_interview_date: done ? isoDate(final) : null,
    offer_date: offered ? isoDate(offerDate) : null,
    offer_deadline: offered ? isoDate(offerDate + r.int(7, 14) * DAY) : null,
    overall_feedback: done ? r.prose(FEEDBACK_SENTENCES, r.int(200, 600)) : null,
    strengths: done ? r.prose(FEEDBACK_SENTENCES, 200) : null,
    areas_for_improvement: done ? r.prose(FEEDBACK_SENTENCES, 200) : null,
    offer_details: offered ? 'Base, equity over four years, signing bonus; 30 days leave.' : null,
    preparation_notes: r.chance(0.7) ? r.prose(ANSWER_SENTENCES, r.int(100, 500)) : null,
    resources_used: r.chance(0.5) ? 'System Design Interview vol. 2; LeetCode; mock rounds' : null,
    time_spent_preparing_hours: r.int(0, 400) / 10,
    cv_content: r.chance(0.3) ? r.prose(JOB_SENTENCES, r.int(1500, 3000)) : null,
    cv_version: r.chance(0.3) ? `v${r.int(1, 9)}` : null,
    cv_tailored_for_role: r.chance(0.3),
    cv_highlights: r.chance(0.3) ? r.some(SKILLS, 2, 4) : null,
    created_by: 'bench@example.com',
    created_at: new Date(applied + r.int(8, 20) * 3_600_000),
    updated_at: new Date(applied + r.int(1, 40) * DAY),
  };
}

const ROUND_TYPES = [
  'phone_screen',
  'technical',
  'coding',
  'system_design',
  'behavioral',
  'final',
] as const;

/** 1-5 rounds, the first ones done, four days apart from the first interview date. */
export function roundRows(r: Random, interviewId: number, interview: InterviewRow): RoundRow[] {
  const start = Date.parse(interview.first_interview_date ?? '2026-01-01');
  const count = r.int(1, 5);
  const doneUpTo = interview.interview_status === 'completed' ? count : r.int(0, count - 1);
  return Array.from({ length: count }, (_, i) => {
    const done = i < doneUpTo;
    const interviewer = r.pick(PEOPLE);
    return {
      interview_id: interviewId,
      round_number: i + 1,
      round_type: i === 0 ? 'phone_screen' : r.pick(ROUND_TYPES),
      scheduled_date: isoDate(start + i * 4 * DAY),
      scheduled_time: `${r.int(9, 17)}:${r.pick(['00', '30'])}:00`,
      duration_minutes: r.pick([30, 45, 60, 90]),
      is_virtual: r.chance(0.8),
      meeting_platform: r.pick(['Zoom', 'Google Meet', 'Teams']),
      interviewer_name: interviewer,
      interviewer_title: r.pick(TITLES),
      interviewer_email: `${interviewer.split(' ')[0]?.toLowerCase()}@example.com`,
      round_status: done ? 'completed' : 'scheduled',
      round_result: done ? r.pick(['passed', 'passed', 'failed'] as const) : 'pending',
      feedback: done ? r.prose(FEEDBACK_SENTENCES, r.int(100, 400)) : null,
      rating: done ? r.int(3, 10) : null,
      key_topics_covered: done ? r.some(SKILLS, 1, 3) : null,
    };
  });
}

/** 0-8 questions asked, most of them tied to one of the interview's rounds. */
export function linkRows(
  r: Random,
  interviewId: number,
  roundIds: number[],
  questionIds: number[],
): (typeof interviewQuestions.$inferInsert)[] {
  // Picked one by one: copying the whole bank per interview (as r.some does) is quadratic.
  const picked = new Set<number>();
  const count = Math.min(r.int(0, 8), questionIds.length);
  while (picked.size < count) picked.add(r.pick(questionIds));
  return [...picked].map((questionId, i) => {
    const rated = r.chance(0.7);
    return {
      interview_id: interviewId,
      round_id: roundIds.length && r.chance(0.9) ? r.pick(roundIds) : null,
      question_id: questionId,
      order_asked: i + 1,
      candidate_answer: r.prose(ANSWER_SENTENCES, r.int(150, 600)),
      answer_quality_rating: rated ? r.int(1, 10) : null,
      time_taken_minutes: r.int(3, 40),
      interviewer_feedback: r.chance(0.5) ? r.pick(FEEDBACK_SENTENCES) : null,
      was_prepared: r.chance(0.5),
      confidence_level: r.int(1, 10),
    };
  });
}
