import { parseEvent } from './stream-events';

const line = (value: unknown) => JSON.stringify(value);

describe('parseEvent', () => {
  it.each([
    'start',
    'routing',
    'processing',
    'content',
    'answer_complete',
    'follow_ups',
    'feedback',
    'complete',
    'error',
  ])('takes a %s event as the server sent it', (event_type) => {
    const event = { event_type, timestamp: '2024-12-02T10:00:00Z', data: { message: 'm' } };
    expect(parseEvent(line(event))).toEqual(event);
  });

  // Whatever else arrives on the stream is dropped, so the room never shows a half-understood
  // event: the stream's end or an error event decides the outcome.
  it.each([
    ['malformed JSON', '{"event_type": "content", "data": {'],
    ['an empty line', ''],
    ['a number', '42'],
    ['null', 'null'],
    ['a string', '"content"'],
    ['an array', line([{ event_type: 'content', data: {} }])],
    ['an unknown event type', line({ event_type: 'thinking', data: { text: 'hm' } })],
    ['an inherited property name', line({ event_type: 'toString', data: {} })],
    ['a non-string event type', line({ event_type: 7, data: {} })],
    ['no event type', line({ data: { chunk: 'x' } })],
    ['no data', line({ event_type: 'content' })],
    ['null data', line({ event_type: 'content', data: null })],
    ['text data', line({ event_type: 'content', data: 'chunk' })],
  ])('ignores %s', (_what, data) => {
    expect(parseEvent(data)).toBeNull();
  });
});
