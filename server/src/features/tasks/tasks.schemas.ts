import Type, { type Static } from 'typebox';
import { TASK_KINDS } from '../../db/schema.js';
import {
  DateString,
  Id,
  Name,
  Note,
  Nullable,
  StringEnum,
  Timestamp,
} from '../../http/schema-helpers.js';
import { InterviewParams } from '../interviews/interview-params.schemas.js';

export const Task = Type.Object(
  {
    task_id: Id('Task id'),
    interview_id: Nullable(Id('The interview the task is about, if any')),
    round_id: Nullable(Id('The round the task is about, if any')),
    title: Type.String({ maxLength: 200 }),
    notes: Nullable(Note()),
    due_date: DateString(),
    done: Type.Boolean(),
    completed_at: Nullable(Timestamp({ description: 'When it was ticked done' })),
    kind: StringEnum(TASK_KINDS, {
      description:
        'manual: made by hand; follow_up and offer_deadline: suggested from the interview',
    }),
    created_at: Timestamp(),
    updated_at: Timestamp(),
  },
  { title: 'Task' },
);

export const TaskCreate = Type.Object(
  {
    title: Name(200, { examples: ['Send a thank-you note'] }),
    due_date: DateString({ examples: ['2024-12-06'] }),
    notes: Type.Optional(Nullable(Note())),
    interview_id: Type.Optional(Nullable(Id('The interview the task is about'))),
    round_id: Type.Optional(Nullable(Id('A round of that interview (needs interview_id)'))),
    done: Type.Optional(Type.Boolean({ default: false })),
  },
  { additionalProperties: false, title: 'TaskCreate' },
);

export const TaskUpdate = Type.Object(
  {
    title: Type.Optional(Name(200)),
    due_date: Type.Optional(DateString()),
    notes: Type.Optional(Nullable(Note())),
    done: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, title: 'TaskUpdate' },
);

export const TaskParams = Type.Object({ task_id: Id("The task's id") });

export const TaskQuery = Type.Object(
  {
    due_before: Type.Optional(
      DateString({ description: 'Only tasks due on or before this date (YYYY-MM-DD)' }),
    ),
    done: Type.Optional(
      Type.Boolean({ description: 'true: only done tasks; false: only open ones; unset: both' }),
    ),
    interview_id: Type.Optional(Id('Only the tasks of this interview')),
  },
  { additionalProperties: false },
);

export { InterviewParams };

export type TaskCreateBody = Static<typeof TaskCreate>;
export type TaskUpdateBody = Static<typeof TaskUpdate>;
export type TaskFilters = Static<typeof TaskQuery>;
