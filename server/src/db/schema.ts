// The tables of the tracker. Constraints live here too, so that no path around the API
// can store what the API would reject. Migrations are generated from this file.
import { relations, sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  numeric,
  pgSchema,
  text,
  time,
  timestamp,
  unique,
  uniqueIndex,
  varchar,
} from 'drizzle-orm/pg-core';
import { stageEnum } from './pipeline-schema.js';

export const interviewSchema = pgSchema('interview_schema');

// Enum values in declared order: sorting by an enum column follows this order.
export const INTERVIEW_TYPES = ['actual', 'mock', 'practice'] as const;
export const SENIORITY_LEVELS = [
  'intern',
  'junior',
  'mid',
  'senior',
  'staff',
  'principal',
  'lead',
  'manager',
  'director',
] as const;
export const INTERVIEW_STATUSES = [
  'scheduled',
  'in_progress',
  'completed',
  'cancelled',
  'rescheduled',
] as const;
export const INTERVIEW_RESULTS = [
  'pending',
  'passed',
  'failed',
  'offer_received',
  'offer_accepted',
  'offer_declined',
] as const;
export const ROUND_TYPES = [
  'phone_screen',
  'technical',
  'coding',
  'system_design',
  'behavioral',
  'cultural_fit',
  'hiring_manager',
  'final',
  'assessment',
  'other',
] as const;
export const QUESTION_CATEGORIES = [
  'technical',
  'behavioral',
  'product',
  'system_design',
  'coding',
  'case_study',
  'brainteaser',
  'cultural_fit',
  'leadership',
  'other',
] as const;
export const QUESTION_DIFFICULTIES = ['easy', 'medium', 'hard', 'expert'] as const;
export const USER_ROLES = ['owner', 'member'] as const;

export const interviewTypeEnum = interviewSchema.enum('interview_type', INTERVIEW_TYPES);
export const seniorityLevelEnum = interviewSchema.enum('seniority_level', SENIORITY_LEVELS);
export const interviewStatusEnum = interviewSchema.enum('interview_status', INTERVIEW_STATUSES);
export const interviewResultEnum = interviewSchema.enum('interview_result', INTERVIEW_RESULTS);
export const roundTypeEnum = interviewSchema.enum('round_type', ROUND_TYPES);
export const questionCategoryEnum = interviewSchema.enum('question_category', QUESTION_CATEGORIES);
export const questionDifficultyEnum = interviewSchema.enum(
  'question_difficulty',
  QUESTION_DIFFICULTIES,
);
export const userRoleEnum = interviewSchema.enum('user_role', USER_ROLES);

const createdAt = () =>
  timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();
const updatedAt = () =>
  timestamp('updated_at', { withTimezone: true, mode: 'date' })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date());
const textArray = (name: string) => text(name).array();
const intArray = (name: string) => integer(name).array();

// Accounts (AUTH=password). A row of any owned table below belongs to the user in its user_id;
// user_id is NULL only for rows written with AUTH=none before any account existed, and the
// first owner account adopts those (see docs/accounts.md).
export const users = interviewSchema.table(
  'users',
  {
    user_id: integer('user_id').primaryKey().generatedByDefaultAsIdentity(),
    // Stored lower-cased: one address is one account however it is typed.
    email: varchar('email', { length: 254 }).notNull(),
    // argon2id, PHC string format (algorithm, parameters and salt travel with the hash).
    password_hash: text('password_hash').notNull(),
    role: userRoleEnum('role').notNull().default('member'),
    disabled_at: timestamp('disabled_at', { withTimezone: true, mode: 'date' }),
    created_at: createdAt(),
    updated_at: updatedAt(),
  },
  (t) => [
    uniqueIndex('users_email_lower_key').on(sql`lower(${t.email})`),
    // One owner: two racing "create the owner" requests cannot both win.
    uniqueIndex('users_one_owner_key').on(t.role).where(sql`${t.role} = 'owner'`),
  ],
);

/** Server-side sessions: the cookie carries a random id, the table only its SHA-256. */
export const sessions = interviewSchema.table(
  'sessions',
  {
    session_hash: varchar('session_hash', { length: 64 }).primaryKey(),
    user_id: integer('user_id')
      .notNull()
      .references(() => users.user_id, { onDelete: 'cascade' }),
    created_at: createdAt(),
    // Slides forward with use, never past created_at + the absolute lifetime.
    expires_at: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.user_id)],
);

/** Personal access tokens for scripts: shown once, stored as SHA-256. */
export const apiTokens = interviewSchema.table(
  'api_tokens',
  {
    token_id: integer('token_id').primaryKey().generatedByDefaultAsIdentity(),
    user_id: integer('user_id')
      .notNull()
      .references(() => users.user_id, { onDelete: 'cascade' }),
    name: varchar('name', { length: 100 }).notNull(),
    token_hash: varchar('token_hash', { length: 64 }).notNull(),
    // The first characters of the token, so a list can say which one is which.
    token_prefix: varchar('token_prefix', { length: 16 }).notNull(),
    created_at: createdAt(),
    last_used_at: timestamp('last_used_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [
    uniqueIndex('api_tokens_token_hash_key').on(t.token_hash),
    index('api_tokens_user_idx').on(t.user_id, t.token_id),
    check('api_tokens_name_not_blank', sql`char_length(btrim(${t.name})) > 0`),
  ],
);

/** The owner of a row: NULL only for AUTH=none rows that no account has adopted yet. */
const ownerId = () => integer('user_id').references(() => users.user_id);

export const companies = interviewSchema.table(
  'companies',
  {
    company_id: integer('company_id').primaryKey().generatedByDefaultAsIdentity(),
    user_id: ownerId(),
    company_name: varchar('company_name', { length: 200 }).notNull(),
    industry: varchar('industry', { length: 100 }),
    company_size: varchar('company_size', { length: 50 }),
    headquarters: varchar('headquarters', { length: 200 }),
    website: varchar('website', { length: 500 }),
    company_description: text('company_description'),
    created_at: createdAt(),
    updated_at: updatedAt(),
  },
  (t) => [
    // Names are unique per owner regardless of case. Two partial indexes, because NULL owners
    // (AUTH=none) are distinct in a plain unique index; each leads with what its queries filter on.
    uniqueIndex('companies_company_name_lower_key')
      .on(sql`lower(${t.company_name})`)
      .where(sql`${t.user_id} is null`),
    uniqueIndex('companies_user_company_name_lower_key')
      .on(t.user_id, sql`lower(${t.company_name})`)
      .where(sql`${t.user_id} is not null`),
    check('companies_company_name_not_blank', sql`char_length(btrim(${t.company_name})) > 0`),
  ],
);

export const roles = interviewSchema.table(
  'roles',
  {
    role_id: integer('role_id').primaryKey().generatedByDefaultAsIdentity(),
    user_id: ownerId(),
    role_name: varchar('role_name', { length: 200 }).notNull(),
    role_category: varchar('role_category', { length: 100 }),
    role_description: text('role_description'),
    typical_skills: textArray('typical_skills'),
    created_at: createdAt(),
    updated_at: updatedAt(),
  },
  (t) => [
    // Names are unique per owner regardless of case. Two partial indexes, because NULL owners
    // (AUTH=none) are distinct in a plain unique index; each leads with what its queries filter on.
    uniqueIndex('roles_role_name_lower_key')
      .on(sql`lower(${t.role_name})`)
      .where(sql`${t.user_id} is null`),
    uniqueIndex('roles_user_role_name_lower_key')
      .on(t.user_id, sql`lower(${t.role_name})`)
      .where(sql`${t.user_id} is not null`),
    check('roles_role_name_not_blank', sql`char_length(btrim(${t.role_name})) > 0`),
    index('roles_role_category_idx').on(t.role_category),
  ],
);

export const skills = interviewSchema.table(
  'skills',
  {
    skill_id: integer('skill_id').primaryKey().generatedByDefaultAsIdentity(),
    user_id: ownerId(),
    skill_name: varchar('skill_name', { length: 200 }).notNull(),
    skill_category: varchar('skill_category', { length: 100 }),
    skill_type: varchar('skill_type', { length: 100 }),
    skill_description: text('skill_description'),
    proficiency_levels: textArray('proficiency_levels'),
    related_skills: intArray('related_skills'),
    parent_skill_id: integer('parent_skill_id'),
    is_trending: boolean('is_trending').notNull().default(false),
    market_demand: varchar('market_demand', { length: 20 }),
    average_salary_impact_percentage: numeric('average_salary_impact_percentage', {
      precision: 5,
      scale: 2,
      mode: 'number',
    }),
    learning_resources: textArray('learning_resources'),
    official_documentation_url: varchar('official_documentation_url', { length: 500 }),
    is_active: boolean('is_active').notNull().default(true),
    created_at: createdAt(),
    updated_at: updatedAt(),
  },
  (t) => [
    // Names are unique per owner regardless of case. Two partial indexes, because NULL owners
    // (AUTH=none) are distinct in a plain unique index; each leads with what its queries filter on.
    uniqueIndex('skills_skill_name_lower_key')
      .on(sql`lower(${t.skill_name})`)
      .where(sql`${t.user_id} is null`),
    uniqueIndex('skills_user_skill_name_lower_key')
      .on(t.user_id, sql`lower(${t.skill_name})`)
      .where(sql`${t.user_id} is not null`),
    check('skills_skill_name_not_blank', sql`char_length(btrim(${t.skill_name})) > 0`),
    foreignKey({
      name: 'skills_parent_skill_id_fkey',
      columns: [t.parent_skill_id],
      foreignColumns: [t.skill_id],
    }).onDelete('set null'),
    index('skills_skill_category_idx').on(t.skill_category),
  ],
);

export const interviews = interviewSchema.table(
  'interviews',
  {
    interview_id: integer('interview_id').primaryKey().generatedByDefaultAsIdentity(),
    user_id: ownerId(),
    company_id: integer('company_id').references(() => companies.company_id),
    role_id: integer('role_id').references(() => roles.role_id),
    custom_role_title: varchar('custom_role_title', { length: 200 }),
    interview_type: interviewTypeEnum('interview_type').notNull().default('actual'),
    seniority_level: seniorityLevelEnum('seniority_level').notNull(),
    interview_status: interviewStatusEnum('interview_status').notNull().default('scheduled'),
    interview_result: interviewResultEnum('interview_result').notNull().default('pending'),
    // Where the application stands (docs/pipeline.md); interview_status is the interview's own.
    stage: stageEnum('stage').notNull().default('applied'),
    job_description: text('job_description'),
    main_skills_required: textArray('main_skills_required'),
    required_experience_years: integer('required_experience_years'),
    job_location: varchar('job_location', { length: 200 }),
    is_remote: boolean('is_remote').notNull().default(false),
    salary_range: varchar('salary_range', { length: 100 }),
    application_date: date('application_date', { mode: 'string' }),
    job_posting_url: varchar('job_posting_url', { length: 500 }),
    referral_source: varchar('referral_source', { length: 200 }),
    first_interview_date: date('first_interview_date', { mode: 'string' }),
    final_interview_date: date('final_interview_date', { mode: 'string' }),
    offer_date: date('offer_date', { mode: 'string' }),
    offer_deadline: date('offer_deadline', { mode: 'string' }),
    overall_feedback: text('overall_feedback'),
    strengths: text('strengths'),
    areas_for_improvement: text('areas_for_improvement'),
    offer_details: text('offer_details'),
    preparation_notes: text('preparation_notes'),
    resources_used: text('resources_used'),
    time_spent_preparing_hours: numeric('time_spent_preparing_hours', {
      precision: 5,
      scale: 2,
      mode: 'number',
    }),
    cv_content: text('cv_content'),
    cv_file_path: varchar('cv_file_path', { length: 500 }),
    cv_file_url: varchar('cv_file_url', { length: 500 }),
    cv_version: varchar('cv_version', { length: 50 }),
    cv_tailored_for_role: boolean('cv_tailored_for_role').notNull().default(false),
    cv_highlights: textArray('cv_highlights'),
    cv_uploaded_at: timestamp('cv_uploaded_at', { withTimezone: true, mode: 'date' }),
    cv_last_updated: timestamp('cv_last_updated', { withTimezone: true, mode: 'date' }),
    cv_version_id: integer('cv_version_id'),
    created_by: varchar('created_by', { length: 100 }),
    created_at: createdAt(),
    updated_at: updatedAt(),
    // lower(company_name) of the interview's company, kept by triggers (see the migration
    // 0004): the list sorted by company name walks an index on it instead of joining and
    // sorting every interview. Not part of the API.
    company_sort: text('company_sort'),
  },
  (t) => [
    check(
      'interviews_required_experience_years_range',
      sql`${t.required_experience_years} BETWEEN 0 AND 50`,
    ),
    check('interviews_time_spent_preparing_hours_min', sql`${t.time_spent_preparing_hours} >= 0`),
    index('interviews_company_id_idx').on(t.company_id),
    index('interviews_role_id_idx').on(t.role_id),
    index('interviews_status_idx').on(t.interview_status, t.interview_id),
    // The list filtered by stage in its default order, and sorted by stage.
    index('interviews_stage_user_created_at_idx').on(
      t.stage,
      t.user_id,
      t.created_at,
      t.interview_id,
    ),
    index('interviews_stage_idx').on(t.stage, t.interview_id),
    index('interviews_created_at_idx').on(t.created_at, t.interview_id),
    index('interviews_application_date_idx').on(t.application_date, t.interview_id),
    index('interviews_first_interview_date_idx').on(t.first_interview_date, t.interview_id),
    // One user's list in its default order.
    index('interviews_user_created_at_idx').on(t.user_id, t.created_at, t.interview_id),
    // The list by company name, NULLs last both ways: for the rows no account owns (an index
    // led by user_id cannot give the order under `user_id IS NULL`) and for each user's.
    index('interviews_company_sort_asc_idx')
      .on(t.company_sort.asc().nullsLast(), t.interview_id.asc())
      .where(sql`${t.user_id} is null`),
    index('interviews_company_sort_desc_idx')
      .on(t.company_sort.desc().nullsLast(), t.interview_id.desc().nullsFirst())
      .where(sql`${t.user_id} is null`),
    index('interviews_user_company_sort_asc_idx')
      .on(t.user_id, t.company_sort.asc().nullsLast(), t.interview_id.asc())
      .where(sql`${t.user_id} is not null`),
    index('interviews_user_company_sort_desc_idx')
      .on(t.user_id, t.company_sort.desc().nullsLast(), t.interview_id.desc().nullsFirst())
      .where(sql`${t.user_id} is not null`),
  ],
);

export const interviewRounds = interviewSchema.table(
  'interview_rounds',
  {
    round_id: integer('round_id').primaryKey().generatedByDefaultAsIdentity(),
    user_id: ownerId(),
    interview_id: integer('interview_id')
      .notNull()
      .references(() => interviews.interview_id),
    round_number: integer('round_number').notNull(),
    round_name: varchar('round_name', { length: 200 }),
    round_type: roundTypeEnum('round_type').notNull(),
    scheduled_date: date('scheduled_date', { mode: 'string' }),
    scheduled_time: time('scheduled_time'),
    duration_minutes: integer('duration_minutes'),
    timezone: varchar('timezone', { length: 50 }).default('UTC'),
    is_virtual: boolean('is_virtual').notNull().default(true),
    meeting_platform: varchar('meeting_platform', { length: 100 }),
    meeting_link: varchar('meeting_link', { length: 500 }),
    physical_location: varchar('physical_location', { length: 500 }),
    interviewer_name: varchar('interviewer_name', { length: 200 }),
    interviewer_title: varchar('interviewer_title', { length: 200 }),
    interviewer_linkedin_url: varchar('interviewer_linkedin_url', { length: 500 }),
    interviewer_email: varchar('interviewer_email', { length: 200 }),
    interviewer_notes: text('interviewer_notes'),
    round_status: interviewStatusEnum('round_status').notNull().default('scheduled'),
    round_result: interviewResultEnum('round_result').notNull().default('pending'),
    feedback: text('feedback'),
    rating: integer('rating'),
    preparation_notes: text('preparation_notes'),
    questions_asked_summary: text('questions_asked_summary'),
    key_topics_covered: textArray('key_topics_covered'),
    follow_up_actions: text('follow_up_actions'),
    created_at: createdAt(),
    updated_at: updatedAt(),
  },
  (t) => [
    check('interview_rounds_round_number_min', sql`${t.round_number} >= 1`),
    check('interview_rounds_duration_minutes_min', sql`${t.duration_minutes} >= 0`),
    check('interview_rounds_rating_range', sql`${t.rating} BETWEEN 1 AND 10`),
    // Lets interview_questions prove that its round belongs to its interview.
    unique('interview_rounds_round_interview_key').on(t.round_id, t.interview_id),
    index('interview_rounds_interview_idx').on(t.interview_id, t.round_number),
    index('interview_rounds_scheduled_idx').on(t.scheduled_date, t.scheduled_time),
  ],
);

export const questions = interviewSchema.table(
  'questions',
  {
    question_id: integer('question_id').primaryKey().generatedByDefaultAsIdentity(),
    user_id: ownerId(),
    question_text: text('question_text').notNull(),
    question_category: questionCategoryEnum('question_category').notNull(),
    question_difficulty: questionDifficultyEnum('question_difficulty').notNull().default('medium'),
    question_context: text('question_context'),
    assumptions: text('assumptions'),
    answer_markdown_link: varchar('answer_markdown_link', { length: 500 }),
    answer_summary: text('answer_summary'),
    answer_markdown_content: text('answer_markdown_content'),
    reference_image_urls: textArray('reference_image_urls'),
    diagram_url: varchar('diagram_url', { length: 500 }),
    video_explanation_url: varchar('video_explanation_url', { length: 500 }),
    follow_up_questions: textArray('follow_up_questions'),
    related_questions: intArray('related_questions'),
    prerequisites: textArray('prerequisites'),
    additional_information: text('additional_information'),
    key_concepts: textArray('key_concepts'),
    common_mistakes: textArray('common_mistakes'),
    tips_and_tricks: textArray('tips_and_tricks'),
    time_to_answer_minutes: integer('time_to_answer_minutes'),
    suggested_frameworks: textArray('suggested_frameworks'),
    approach_steps: textArray('approach_steps'),
    source: varchar('source', { length: 200 }),
    source_url: varchar('source_url', { length: 500 }),
    author: varchar('author', { length: 200 }),
    times_asked: integer('times_asked').notNull().default(0),
    times_practiced: integer('times_practiced').notNull().default(0),
    average_rating: numeric('average_rating', { precision: 3, scale: 2, mode: 'number' }),
    tags: textArray('tags'),
    is_active: boolean('is_active').notNull().default(true),
    created_by: varchar('created_by', { length: 100 }),
    created_at: createdAt(),
    updated_at: updatedAt(),
  },
  (t) => [
    check('questions_question_text_min_length', sql`char_length(${t.question_text}) >= 10`),
    check('questions_time_to_answer_minutes_min', sql`${t.time_to_answer_minutes} >= 0`),
    check('questions_times_asked_min', sql`${t.times_asked} >= 0`),
    check('questions_times_practiced_min', sql`${t.times_practiced} >= 0`),
    check('questions_average_rating_min', sql`${t.average_rating} >= 0`),
    index('questions_category_idx').on(t.question_category, t.created_at),
    index('questions_difficulty_idx').on(t.question_difficulty),
    index('questions_active_created_idx').on(t.is_active, t.created_at, t.question_id),
    // One user's bank in its default order.
    index('questions_user_active_created_idx').on(
      t.user_id,
      t.is_active,
      t.created_at,
      t.question_id,
    ),
    index('questions_tags_idx').using('gin', t.tags),
    // `search` is a case-insensitive substring match (ILIKE '%word%'): trigram indexes serve it
    // without reading every question (pg_trgm, created by the migration that adds them).
    index('questions_text_trgm_idx').using('gin', sql`${t.question_text} gin_trgm_ops`),
    index('questions_context_trgm_idx').using('gin', sql`${t.question_context} gin_trgm_ops`),
  ],
);

export const interviewQuestions = interviewSchema.table(
  'interview_questions',
  {
    interview_question_id: integer('interview_question_id')
      .primaryKey()
      .generatedByDefaultAsIdentity(),
    user_id: ownerId(),
    interview_id: integer('interview_id')
      .notNull()
      .references(() => interviews.interview_id),
    round_id: integer('round_id'),
    question_id: integer('question_id')
      .notNull()
      .references(() => questions.question_id),
    was_asked: boolean('was_asked').notNull().default(true),
    order_asked: integer('order_asked'),
    candidate_answer: text('candidate_answer'),
    answer_quality_rating: integer('answer_quality_rating'),
    time_taken_minutes: integer('time_taken_minutes'),
    interviewer_feedback: text('interviewer_feedback'),
    what_went_well: text('what_went_well'),
    what_could_improve: text('what_could_improve'),
    was_prepared: boolean('was_prepared').notNull().default(false),
    preparation_notes: text('preparation_notes'),
    confidence_level: integer('confidence_level'),
    follow_up_questions_asked: textArray('follow_up_questions_asked'),
    follow_up_answers: textArray('follow_up_answers'),
    created_at: createdAt(),
    updated_at: updatedAt(),
  },
  (t) => [
    // A linked round must belong to the same interview (MATCH SIMPLE: no round, no check).
    foreignKey({
      name: 'interview_questions_round_same_interview_fkey',
      columns: [t.round_id, t.interview_id],
      foreignColumns: [interviewRounds.round_id, interviewRounds.interview_id],
    }),
    check(
      'interview_questions_answer_quality_rating_range',
      sql`${t.answer_quality_rating} BETWEEN 1 AND 10`,
    ),
    check(
      'interview_questions_confidence_level_range',
      sql`${t.confidence_level} BETWEEN 1 AND 10`,
    ),
    check('interview_questions_time_taken_minutes_min', sql`${t.time_taken_minutes} >= 0`),
    check('interview_questions_order_asked_min', sql`${t.order_asked} >= 1`),
    index('interview_questions_interview_idx').on(t.interview_id, t.order_asked),
    index('interview_questions_question_idx').on(t.question_id),
    index('interview_questions_round_idx').on(t.round_id),
  ],
);

export const interviewSkills = interviewSchema.table(
  'interview_skills',
  {
    interview_skill_id: integer('interview_skill_id').primaryKey().generatedByDefaultAsIdentity(),
    user_id: ownerId(),
    interview_id: integer('interview_id')
      .notNull()
      .references(() => interviews.interview_id, { onDelete: 'cascade' }),
    skill_id: integer('skill_id')
      .notNull()
      .references(() => skills.skill_id, { onDelete: 'cascade' }),
    is_required: boolean('is_required').notNull().default(true),
    is_nice_to_have: boolean('is_nice_to_have').notNull().default(false),
    required_proficiency: varchar('required_proficiency', { length: 50 }),
    priority_level: varchar('priority_level', { length: 20 }),
    was_assessed: boolean('was_assessed').notNull().default(false),
    assessed_proficiency: varchar('assessed_proficiency', { length: 50 }),
    assessment_notes: text('assessment_notes'),
    passed_assessment: boolean('passed_assessment'),
    created_at: createdAt(),
  },
  (t) => [
    unique('interview_skills_interview_skill_key').on(t.interview_id, t.skill_id),
    index('interview_skills_skill_idx').on(t.skill_id),
  ],
);

export const questionSkills = interviewSchema.table(
  'question_skills',
  {
    question_skill_id: integer('question_skill_id').primaryKey().generatedByDefaultAsIdentity(),
    user_id: ownerId(),
    question_id: integer('question_id')
      .notNull()
      .references(() => questions.question_id, { onDelete: 'cascade' }),
    skill_id: integer('skill_id')
      .notNull()
      .references(() => skills.skill_id, { onDelete: 'cascade' }),
    is_primary_skill: boolean('is_primary_skill').notNull().default(false),
    skill_importance: varchar('skill_importance', { length: 20 }),
    required_proficiency: varchar('required_proficiency', { length: 50 }),
    created_at: createdAt(),
  },
  (t) => [
    unique('question_skills_question_skill_key').on(t.question_id, t.skill_id),
    index('question_skills_skill_idx').on(t.skill_id),
  ],
);

// Relations for Drizzle's relational queries: an interview's detail (company, role, rounds and
// question links with their question) comes back from one statement. They add no SQL of their
// own; the foreign keys above are what the database enforces.
export const interviewsRelations = relations(interviews, ({ one, many }) => ({
  company: one(companies, { fields: [interviews.company_id], references: [companies.company_id] }),
  role: one(roles, { fields: [interviews.role_id], references: [roles.role_id] }),
  rounds: many(interviewRounds),
  links: many(interviewQuestions),
}));

export const interviewRoundsRelations = relations(interviewRounds, ({ one }) => ({
  interview: one(interviews, {
    fields: [interviewRounds.interview_id],
    references: [interviews.interview_id],
  }),
}));

export const interviewQuestionsRelations = relations(interviewQuestions, ({ one }) => ({
  interview: one(interviews, {
    fields: [interviewQuestions.interview_id],
    references: [interviews.interview_id],
  }),
  question: one(questions, {
    fields: [interviewQuestions.question_id],
    references: [questions.question_id],
  }),
}));

export * from './pipeline-schema.js';
export * from './practice-schema.js';
export * from './tasks-schema.js';
