import { createRequire } from 'node:module';

const pkg = createRequire(import.meta.url)('../package.json') as { version: string };

export const APP_NAME = 'Interview Tracking System';
export const APP_VERSION = pkg.version;
export const APP_DESCRIPTION =
  'Track job applications and interviews — companies, roles, skills, rounds and the questions ' +
  'asked — and get AI help answering interview questions, streamed over Server-Sent Events.\n\n' +
  'Errors are JSON `{detail, code, request_id}`. Invalid input is a 400 whose `detail` names the ' +
  'field and the rule; unknown ids are a 404. Every collection path answers with and without a ' +
  'trailing slash.';
