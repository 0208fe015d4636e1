// The path parameter every route under /api/interviews/{interview_id} shares. A leaf module:
// rounds and question links import it without importing the interview's other shapes (which
// embed theirs).
import Type from 'typebox';
import { Id } from '../../http/schema-helpers.js';

export const InterviewParams = Type.Object({ interview_id: Id("The interview's id") });
