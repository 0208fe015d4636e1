// Ajv keywords and formats the API's schemas use beyond JSON Schema:
// - `x-web-address`: a link, normalised to an absolute http(s) address (web-address.ts);
// - `x-read-only`: a field of the record a client may send back (an id, a timestamp, an
//   embedded name): accepted and removed before the body reaches a service;
// - a `date-time` format that also rejects times that are not real instants ("23:59:60",
//   "February 30"), which would otherwise fail later, in the database.
import type { Ajv, ErrorObject } from 'ajv';
import { normaliseWebAddress, WEB_ADDRESS_KEYWORD, WEB_ADDRESS_RULE } from './web-address.js';

export const READ_ONLY_KEYWORD = 'x-read-only';

interface DataContext {
  parentData: Record<string | number, unknown>;
  parentDataProperty: string | number;
}

const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:?\d{2})$/;

/** An ISO-8601 timestamp with a zone that names a real instant. */
export function isInstant(value: string): boolean {
  const match = ISO_DATE_TIME.exec(value);
  if (!match) return false;
  const [, year, month, day, hour, minute, second] = match.map(Number) as number[];
  if ((hour as number) > 23 || (minute as number) > 59 || (second as number) > 59) return false;
  // The calendar date must exist: Date would roll 2024-02-30 over into March.
  const date = new Date(Date.UTC(year as number, (month as number) - 1, day as number));
  return (
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === (month as number) - 1 &&
    date.getUTCDate() === day &&
    !Number.isNaN(Date.parse(value))
  );
}

export function addKeywords(ajv: Ajv): void {
  ajv.addFormat('date-time', { type: 'string', validate: isInstant });

  ajv.addKeyword({
    keyword: WEB_ADDRESS_KEYWORD,
    type: 'string',
    modifying: true,
    errors: true,
    validate: function webAddress(
      _enabled: boolean,
      data: string,
      _schema?: unknown,
      context?: DataContext,
    ) {
      const normalised = normaliseWebAddress(data);
      if (normalised === undefined) {
        (webAddress as { errors?: Partial<ErrorObject>[] }).errors = [
          { keyword: WEB_ADDRESS_KEYWORD, message: WEB_ADDRESS_RULE, params: {} },
        ];
        return false;
      }
      if (context) context.parentData[context.parentDataProperty] = normalised;
      return true;
    },
  });

  ajv.addKeyword({
    keyword: READ_ONLY_KEYWORD,
    modifying: true,
    validate(_enabled: boolean, _data: unknown, _schema?: unknown, context?: DataContext) {
      if (context) delete context.parentData[context.parentDataProperty];
      return true;
    },
  });
}
