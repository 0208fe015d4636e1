// API rows for component tests: every field the API sends, with the ones a test cares about
// given, so a test reads as what matters to it.
import type { Round } from '../app/core/api/api-types';

export function round(fields: Partial<Round> = {}): Round {
  return {
    round_id: 4,
    interview_id: 1,
    round_number: 1,
    round_type: 'technical',
    is_virtual: true,
    round_status: 'scheduled',
    round_result: 'pending',
    round_name: null,
    scheduled_date: null,
    scheduled_time: null,
    duration_minutes: null,
    timezone: null,
    meeting_platform: null,
    meeting_link: null,
    physical_location: null,
    interviewer_name: null,
    interviewer_title: null,
    interviewer_linkedin_url: null,
    interviewer_email: null,
    interviewer_notes: null,
    feedback: null,
    rating: null,
    preparation_notes: null,
    questions_asked_summary: null,
    key_topics_covered: null,
    follow_up_actions: null,
    created_at: '2024-12-01T10:00:00Z',
    updated_at: '2024-12-01T10:00:00Z',
    ...fields,
  };
}
