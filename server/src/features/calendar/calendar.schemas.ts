import Type from 'typebox';
import { Timestamp } from '../../http/schema-helpers.js';

export const CalendarQuery = Type.Object(
  {
    token: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 200,
        description: 'The secret of the subscription link (instead of a session or Bearer token)',
      }),
    ),
  },
  { additionalProperties: false },
);

export const CalendarLinkStatus = Type.Object(
  {
    exists: Type.Boolean({ description: 'Whether a subscription link is active' }),
    created_at: Type.Union([Timestamp(), Type.Null()]),
  },
  { title: 'CalendarLinkStatus' },
);

export const CalendarLink = Type.Object(
  {
    url: Type.String({
      description: 'The subscription address, with its secret: shown only now; store it',
    }),
    token: Type.String(),
    created_at: Timestamp(),
  },
  { title: 'CalendarLink' },
);
