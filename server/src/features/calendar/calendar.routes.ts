import Type from 'typebox';
import { AppError } from '../../http/errors.js';
import type { Feature } from '../../http/feature.js';
import { errorResponses } from '../../http/schema-helpers.js';
import { CalendarLink, CalendarLinkStatus, CalendarQuery } from './calendar.schemas.js';
import { createCalendarService } from './calendar.service.js';

const tags = ['calendar'];

export const calendarRoutes: Feature = async (app, { database, config }) => {
  const service = createCalendarService({ db: database.db });

  app.get('/api/calendar.ics', {
    // A calendar app cannot log in: the secret link's `token` stands for its owner. A session
    // or Bearer token works too.
    config: { auth: 'optional' },
    schema: {
      tags,
      operationId: 'getCalendar',
      summary: 'Rounds and open tasks as an iCalendar feed to subscribe to',
      description:
        'Each dated round is an event in UTC (from its date, time, duration and timezone), each ' +
        'open task an all-day event. Authenticated by the secret link (`?token=`, from ' +
        '`POST /api/calendar/link`), a session or a Bearer token.',
      querystring: CalendarQuery,
      response: {
        200: {
          description: 'The calendar (RFC 5545)',
          content: { 'text/calendar': { schema: Type.String() } },
        },
        ...errorResponses(400, 401),
      },
    },
    handler: async (request, reply) => {
      const { token } = request.query;
      let owner = request.owner;
      if (token !== undefined) owner = await service.ownerOfToken(token);
      else if (config.auth.mode !== 'none' && !request.user) {
        throw new AppError('unauthorized', 'Add the ?token= of your calendar link, or log in');
      }
      return reply
        .type('text/calendar; charset=utf-8')
        .header('cache-control', 'private, no-store')
        .header('content-disposition', 'inline; filename="interviews.ics"')
        .send(await service.feed(owner));
    },
  });

  app.get('/api/calendar/link', {
    schema: {
      tags,
      operationId: 'getCalendarLink',
      summary: 'Whether a subscription link exists (its secret is shown only when made)',
      response: { 200: CalendarLinkStatus, ...errorResponses(400) },
    },
    handler: async (request) => service.linkStatus(request.owner),
  });

  app.post('/api/calendar/link', {
    schema: {
      tags,
      operationId: 'createCalendarLink',
      summary: 'Make a new subscription link; the previous one stops working',
      response: { 201: CalendarLink, ...errorResponses(400) },
    },
    handler: async (request, reply) => {
      const { token, created_at } = await service.rotate(request.owner);
      const url = `${request.protocol}://${request.host}/api/calendar.ics?token=${token}`;
      return reply.status(201).send({ url, token, created_at });
    },
  });

  app.delete('/api/calendar/link', {
    schema: {
      tags,
      operationId: 'deleteCalendarLink',
      summary: 'Revoke the subscription link',
      response: { 204: Type.Null({ description: 'Revoked' }), ...errorResponses(400) },
    },
    handler: async (request, reply) => {
      await service.revoke(request.owner);
      return reply.status(204).send(null);
    },
  });
};
