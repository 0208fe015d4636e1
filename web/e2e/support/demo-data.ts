// A small, believable data set for the screenshots, written through the API.
import { api } from './browser';
import { DEMO_QUESTIONS } from './demo-questions';

const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

export async function seedDemoData(
  baseUrl: string,
): Promise<{ interviewId: number; questionId: number }> {
  const post = <T>(path: string, body: unknown) => api<T>(baseUrl, path, { method: 'POST', body });

  const companies: Record<string, number> = {};
  for (const c of [
    {
      company_name: 'TechCorp Inc',
      industry: 'Technology',
      company_size: '1000-5000',
      headquarters: 'San Francisco, CA',
      website: 'https://techcorp.example',
    },
    {
      company_name: 'Globex',
      industry: 'Energy',
      company_size: '10000+',
      headquarters: 'Houston, TX',
    },
    {
      company_name: 'Initech',
      industry: 'Software',
      company_size: '200-500',
      headquarters: 'Austin, TX',
    },
    {
      company_name: 'Umbrella Health',
      industry: 'Healthcare',
      company_size: '5000-10000',
      headquarters: 'Boston, MA',
    },
    {
      company_name: 'Stark Industries',
      industry: 'Manufacturing',
      company_size: '10000+',
      headquarters: 'New York, NY',
    },
  ]) {
    companies[c.company_name] = (await post<{ company_id: number }>('/companies', c)).company_id;
  }
  const roles: Record<string, number> = {};
  for (const r of [
    {
      role_name: 'Senior Software Engineer',
      role_category: 'Engineering',
      typical_skills: ['TypeScript', 'AWS', 'PostgreSQL'],
    },
    {
      role_name: 'Staff Engineer',
      role_category: 'Engineering',
      typical_skills: ['System Design', 'Mentoring'],
    },
    {
      role_name: 'Engineering Manager',
      role_category: 'Management',
      typical_skills: ['Hiring', 'Delivery'],
    },
    {
      role_name: 'Product Manager',
      role_category: 'Product',
      typical_skills: ['Discovery', 'Metrics'],
    },
  ]) {
    roles[r.role_name] = (await post<{ role_id: number }>('/roles', r)).role_id;
  }
  for (const s of [
    {
      skill_name: 'TypeScript',
      skill_category: 'Programming Language',
      skill_type: 'Technical',
      is_trending: true,
      market_demand: 'high',
    },
    {
      skill_name: 'Kubernetes',
      skill_category: 'Infrastructure',
      skill_type: 'Technical',
      is_trending: true,
      market_demand: 'high',
    },
    {
      skill_name: 'PostgreSQL',
      skill_category: 'Database',
      skill_type: 'Technical',
      market_demand: 'high',
    },
    {
      skill_name: 'System Design',
      skill_category: 'Architecture',
      skill_type: 'Technical',
      is_trending: true,
      market_demand: 'high',
    },
    {
      skill_name: 'Stakeholder management',
      skill_category: 'Leadership',
      skill_type: 'Soft',
      market_demand: 'medium',
    },
  ]) {
    await post('/skills', s);
  }

  const questions: number[] = [];
  for (const q of DEMO_QUESTIONS) {
    questions.push((await post<{ question_id: number }>('/questions', q)).question_id);
  }

  const interview = async (body: Record<string, unknown>) =>
    (await post<{ interview_id: number }>('/interviews', body)).interview_id;
  const main = await interview({
    company_id: companies['TechCorp Inc'],
    role_id: roles['Senior Software Engineer'],
    custom_role_title: 'Senior Full Stack Engineer',
    seniority_level: 'senior',
    interview_status: 'in_progress',
    is_remote: true,
    job_location: 'San Francisco, CA',
    salary_range: '$150,000 - $200,000',
    application_date: day(-20),
    first_interview_date: day(-6),
    required_experience_years: 5,
    main_skills_required: ['TypeScript', 'React', 'AWS', 'PostgreSQL'],
    referral_source: 'Former colleague',
    preparation_notes: 'Review system design patterns and AWS architecture',
    time_spent_preparing_hours: 12.5,
    overall_feedback: 'Strong on architecture; the recruiter said the panel was positive.',
    strengths: 'Clear structure, good trade-off discussion',
    areas_for_improvement: 'Quantify capacity estimates earlier',
  });
  const r1 = await post<{ round_id: number }>(`/interviews/${main}/rounds`, {
    round_number: 1,
    round_name: 'Recruiter call',
    round_type: 'phone_screen',
    scheduled_date: day(-6),
    scheduled_time: '10:00',
    duration_minutes: 30,
    round_status: 'completed',
    round_result: 'passed',
    interviewer_name: 'Dana Whitfield',
    interviewer_title: 'Technical Recruiter',
    rating: 8,
  });
  const r2 = await post<{ round_id: number }>(`/interviews/${main}/rounds`, {
    round_number: 2,
    round_name: 'System design',
    round_type: 'system_design',
    scheduled_date: day(-2),
    scheduled_time: '14:00',
    duration_minutes: 60,
    meeting_platform: 'Zoom',
    round_status: 'completed',
    round_result: 'passed',
    interviewer_name: 'Priya Raman',
    interviewer_title: 'Principal Engineer',
    rating: 9,
    feedback: 'Good depth on caching and sharding.',
    key_topics_covered: ['Caching', 'Sharding', 'Consistency'],
  });
  await post(`/interviews/${main}/rounds`, {
    round_number: 3,
    round_name: 'Hiring manager',
    round_type: 'hiring_manager',
    scheduled_date: day(3),
    scheduled_time: '16:30',
    duration_minutes: 45,
    meeting_platform: 'Google Meet',
    interviewer_name: 'Marcus Lee',
    interviewer_title: 'Director of Engineering',
  });
  await post(`/interviews/${main}/questions`, {
    question_id: questions[0],
    round_id: r2.round_id,
    order_asked: 1,
    answer_quality_rating: 8,
    confidence_level: 7,
    time_taken_minutes: 40,
    was_prepared: true,
    what_went_well: 'Covered key generation and caching clearly',
    what_could_improve: 'Capacity estimate came late',
  });
  await post(`/interviews/${main}/questions`, {
    question_id: questions[5],
    round_id: r2.round_id,
    order_asked: 2,
    answer_quality_rating: 6,
    confidence_level: 5,
    what_could_improve: 'Forgot about clock skew between nodes',
  });
  await post(`/interviews/${main}/questions`, {
    question_id: questions[1],
    round_id: r1.round_id,
    answer_quality_rating: 9,
    confidence_level: 8,
  });

  const others: [string, string, string, string, string, number][] = [
    ['Globex', 'Staff Engineer', 'staff', 'completed', 'offer_received', -40],
    ['Initech', 'Senior Software Engineer', 'senior', 'completed', 'failed', -35],
    ['Umbrella Health', 'Engineering Manager', 'manager', 'scheduled', 'pending', -5],
    ['Stark Industries', 'Staff Engineer', 'staff', 'rescheduled', 'pending', -12],
    ['Initech', 'Product Manager', 'senior', 'cancelled', 'pending', -50],
    ['Globex', 'Senior Software Engineer', 'senior', 'completed', 'passed', -25],
  ];
  for (const [company, role, seniority, status, result, applied] of others) {
    const id = await interview({
      company_id: companies[company],
      role_id: roles[role],
      seniority_level: seniority,
      interview_status: status,
      interview_result: result,
      application_date: day(applied),
      is_remote: applied % 2 === 0,
    });
    if (status === 'scheduled' || status === 'rescheduled') {
      await post(`/interviews/${id}/rounds`, {
        round_number: 1,
        round_type: 'technical',
        round_name: 'Technical screen',
        scheduled_date: day(status === 'scheduled' ? 1 : 6),
        scheduled_time: '11:00',
      });
    }
  }
  return { interviewId: main, questionId: questions[0] ?? 1 };
}
