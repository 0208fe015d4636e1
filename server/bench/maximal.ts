// The "maximal rows" scenario: interviews whose every free-text field is as long as the API
// accepts, listed a page at a time. The limits are read from the API's own create schema, so
// when a field gets a maxLength the bench follows; the constants below stand in for fields
// that have none yet (today no text column of an interview is capped).
import type { interviews } from '../src/db/schema.js';
import { InterviewCreate } from '../src/features/interviews/interviews.schemas.js';
import { WEB_ADDRESS_KEYWORD } from '../src/http/web-address.js';

/** Characters for a text field the API does not cap. */
export const UNCAPPED_TEXT_CHARS = 100_000;
/** Items, and characters per item, for a list field the API does not cap. */
export const UNCAPPED_LIST_ITEMS = 50;
export const UNCAPPED_ITEM_CHARS = 200;
/** How many such interviews are seeded: one default page of the list. */
export const MAXIMAL_ROWS = 20;

interface FieldSchema {
  type?: string | string[];
  maxLength?: number;
  maxItems?: number;
  format?: string;
  pattern?: string;
  enum?: unknown[];
  items?: FieldSchema;
}

const SENTENCE = 'Long-form notes written the way a thorough candidate writes them. ';
const textOf = (chars: number) =>
  SENTENCE.repeat(Math.ceil(chars / SENTENCE.length)).slice(0, chars);
const addressOf = (chars: number) => {
  const start = 'https://jobs.example.com/';
  return start + 'p'.repeat(Math.max(0, chars - start.length));
};

/** The longest value the API would accept for a field, or undefined for non-text fields. */
function longest(schema: FieldSchema): unknown {
  const types = [schema.type ?? []].flat();
  if (types.includes('array') && schema.items?.type === 'string') {
    const item = textOf(schema.items.maxLength ?? UNCAPPED_ITEM_CHARS);
    return Array.from({ length: schema.maxItems ?? UNCAPPED_LIST_ITEMS }, () => item);
  }
  if (!types.includes('string') || schema.format || schema.pattern || schema.enum) return undefined;
  if (WEB_ADDRESS_KEYWORD in schema) return addressOf(schema.maxLength ?? 500);
  return textOf(schema.maxLength ?? UNCAPPED_TEXT_CHARS);
}

export function maximalInterview(
  companyId: number,
  roleId: number,
): typeof interviews.$inferInsert {
  const fields: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(InterviewCreate.properties)) {
    const value = longest(schema as FieldSchema);
    if (value !== undefined) fields[name] = value;
  }
  return {
    ...fields,
    company_id: companyId,
    role_id: roleId,
    seniority_level: 'senior',
    interview_status: 'completed',
    interview_result: 'offer_received',
    application_date: '2026-01-05',
    first_interview_date: '2026-01-12',
    final_interview_date: '2026-01-30',
    offer_date: '2026-02-03',
    offer_deadline: '2026-02-14',
    // Entered long ago: the newest-first lists of the other scenarios (status completed) would
    // otherwise start with these 20 rows and measure this scenario a second time.
    created_at: new Date('2020-01-06T09:00:00Z'),
  };
}

/** Bytes of one maximal row's text, for the report. */
export function maximalRowKb(): number {
  const row = maximalInterview(1, 1);
  return Buffer.byteLength(JSON.stringify(row)) / 1024;
}
