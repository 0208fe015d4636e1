// Names for the shapes of the generated OpenAPI types, so features never restate them.
import type { components, operations } from './schema';

type JsonOf<R> = R extends { content: { 'application/json': infer T } } ? T : never;
type Ok<O> = O extends { responses: infer R } ? JsonOf<R[(200 | 201) & keyof R]> : never;
type BodyOf<O> = O extends { requestBody?: { content: { 'application/json': infer B } } }
  ? B
  : never;
type QueryOf<O> = O extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

export type InterviewSummary = Ok<operations['listInterviews']>['data'][number];
export type InterviewPage = Ok<operations['listInterviews']>;
export type InterviewQuery = QueryOf<operations['listInterviews']>;
export type Interview = Ok<operations['getInterview']>;
export type InterviewCreate = BodyOf<operations['createInterview']>;
export type InterviewUpdate = BodyOf<operations['updateInterview']>;

export type Round = Ok<operations['getRound']>;
export type RoundCreate = BodyOf<operations['createRound']>;
export type RoundUpdate = BodyOf<operations['updateRound']>;

export type InterviewQuestion = Ok<operations['getInterviewQuestion']>;
export type InterviewQuestionCreate = BodyOf<operations['createInterviewQuestion']>;
export type InterviewQuestionUpdate = BodyOf<operations['updateInterviewQuestion']>;

export type Company = Ok<operations['getCompany']>;
export type CompanyCreate = BodyOf<operations['createCompany']>;
export type Role = Ok<operations['getRole']>;
export type RoleCreate = BodyOf<operations['createRole']>;
export type Skill = Ok<operations['getSkill']>;
export type SkillCreate = BodyOf<operations['createSkill']>;

export type Question = Ok<operations['getQuestion']>;
export type QuestionSummary = Ok<operations['listQuestions']>['data'][number];
export type QuestionPage = Ok<operations['listQuestions']>;
export type QuestionQuery = QueryOf<operations['listQuestions']>;
export type QuestionCreate = BodyOf<operations['createQuestion']>;
export type QuestionUpdate = BodyOf<operations['updateQuestion']>;

export type PackQuery = QueryOf<operations['listStarterPack']>;
export type PackPage = Ok<operations['listStarterPack']>;
export type PackEntrySummary = PackPage['data'][number];
export type PackEntry = Ok<operations['getStarterPackEntry']>;
export type PackImport = BodyOf<operations['importStarterPack']>;
export type PackImportResult = Ok<operations['importStarterPack']>;

export type StatsOverview = Ok<operations['getStatsOverview']>;
export type UpcomingRound = Ok<operations['listUpcomingRounds']>[number];

export type TimelineEvent = Ok<operations['getInterviewTimeline']>[number];
export type StageLabel = Ok<operations['getStageLabels']>[number];
export type StageLabelsUpdate = BodyOf<operations['updateStageLabels']>;
export type Funnel = Ok<operations['getStatsFunnel']>;
export type FunnelQuery = QueryOf<operations['getStatsFunnel']>;

export type Stage = Interview['stage'];
export type InterviewStatus = Interview['interview_status'];
export type InterviewResult = Interview['interview_result'];
export type InterviewType = Interview['interview_type'];
export type SeniorityLevel = Interview['seniority_level'];
export type RoundType = Round['round_type'];
export type QuestionCategory = Question['question_category'];
export type QuestionDifficulty = Question['question_difficulty'];
export type InterviewSortField = NonNullable<InterviewQuery['sort_by']>;
export type QuestionSortField = NonNullable<QuestionQuery['sort_by']>;

export type AnswerRequest = BodyOf<operations['streamAnswer']>;
export type AgentId = NonNullable<AnswerRequest['agent']>;
export type AgentInfo = Ok<operations['listAgents']>['agents'][number];
export type HistoryTurn = NonNullable<AnswerRequest['conversation_history']>[number];

export type FeedbackRequest = BodyOf<operations['streamAnswerFeedback']>;
export type AnswerFeedback = Ok<operations['reviewAnswer']>;

export type DueQuery = QueryOf<operations['listDueQuestions']>;
export type DueList = Ok<operations['listDueQuestions']>;
export type DueQuestion = DueList['data'][number];
export type PracticeRating = BodyOf<operations['reviewQuestion']>['rating'];
export type ReviewResult = Ok<operations['reviewQuestion']>;
export type PracticeStats = Ok<operations['getPracticeStats']>;
export type PracticeSessionCreate = BodyOf<operations['createPracticeSession']>;
export type PracticeSession = Ok<operations['getPracticeSession']>;
export type PracticeSessionAnswer = BodyOf<operations['answerPracticeSession']>;
export type PracticeSessionAnswerResult = Ok<operations['answerPracticeSession']>;

/** One event of an answer stream (`data:` line of /api/agents/answer-stream). */
export type StreamEvent = components['schemas']['AgentStreamEvent'];
export type StreamEventOf<T extends StreamEvent['event_type']> = Extract<
  StreamEvent,
  { event_type: T }
>;
export type RoutingData = StreamEventOf<'routing'>['data'];
export type ApiErrorCode = components['schemas']['Error']['code'];

export type AuthStatus = Ok<operations['getAuthStatus']>;
export type User = Ok<operations['getCurrentUser']>;
export type Credentials = BodyOf<operations['login']>;
export type OwnerSetup = BodyOf<operations['setupOwner']>;
export type PasswordChange = BodyOf<operations['changePassword']>;
export type ApiToken = Ok<operations['listTokens']>[number];
export type TokenCreate = BodyOf<operations['createToken']>;
export type CreatedToken = Ok<operations['createToken']>;
export type UserCreate = BodyOf<operations['createUser']>;
export type UserUpdate = BodyOf<operations['updateUser']>;

export type Task = Ok<operations['getTask']>;
export type TaskCreate = BodyOf<operations['createTask']>;
export type TaskUpdate = BodyOf<operations['updateTask']>;
export type CalendarLinkStatus = Ok<operations['getCalendarLink']>;
export type CalendarLink = Ok<operations['createCalendarLink']>;
export type ImportSummary = Ok<operations['importData']>;
export type CsvImportResult = Ok<operations['importQuestionsCsv']>;
