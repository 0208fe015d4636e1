// The JSON body parser: strict about what it lets through, so that bad input is a 400 naming
// the problem before any work, never a 500 or a silent change later:
// - the body must be UTF-8 (invalid bytes or another declared charset are refused, not
//   stored as U+FFFD);
// - no string or key may contain NUL (PostgreSQL text cannot hold it);
// - no key may be __proto__ or constructor (prototype pollution), reported as such;
// - nothing may nest deeper than MAX_DEPTH (a 200 KB body of brackets is 100,000 levels, and
//   walking it recursively overflowed the stack: a 500).
import type { FastifyInstance } from 'fastify';
import { AppError } from './errors.js';

const decoder = new TextDecoder('utf-8', { fatal: true });
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function charsetOf(contentType: string | undefined): string | undefined {
  return /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '')?.[1];
}

/** No request of this API nests more than a few levels; this leaves room and bounds the walk. */
export const MAX_DEPTH = 32;

/** The first thing in a parsed body that must not be there, as a sentence. */
export function findForbidden(value: unknown, path = 'body', depth = 0): string | undefined {
  if (depth > MAX_DEPTH && value !== null && typeof value === 'object') {
    return `body nests arrays and objects more than ${MAX_DEPTH} levels deep`;
  }
  if (typeof value === 'string') {
    return value.includes('\u0000')
      ? `${path} must not contain NUL (\\u0000) characters`
      : undefined;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findForbidden(value[i], `${path}/${i}`, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return `${path}/${key} is not allowed as a field name`;
      if (key.includes('\u0000')) return `${path} has a field name containing NUL (\\u0000)`;
      const found = findForbidden(
        (value as Record<string, unknown>)[key],
        `${path}/${key}`,
        depth + 1,
      );
      if (found) return found;
    }
  }
  return undefined;
}

export function registerJsonBody(app: FastifyInstance): void {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser(
    /^application\/([\w.+-]+\+)?json\s*(;.*)?$/i,
    { parseAs: 'buffer' },
    (request, body: Buffer, done) => {
      const charset = charsetOf(request.headers['content-type']);
      if (charset && !/^utf-?8$/i.test(charset)) {
        done(
          new AppError(
            'validation_error',
            `Send the body as UTF-8: Content-Type declares charset=${charset}`,
          ),
        );
        return;
      }
      let text: string;
      try {
        text = decoder.decode(body);
      } catch {
        done(new AppError('validation_error', 'The request body is not valid UTF-8'));
        return;
      }
      if (text.trim() === '') {
        done(
          new AppError(
            'validation_error',
            'The request body is empty but Content-Type is application/json',
          ),
        );
        return;
      }
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        done(
          new AppError(
            'validation_error',
            `Malformed JSON in request body: ${(error as Error).message}`,
          ),
        );
        return;
      }
      const problem = findForbidden(value);
      done(problem ? new AppError('validation_error', problem) : null, value);
    },
  );
}
