import { RATINGS, untilText } from './practice-page';

describe('untilText', () => {
  const now = Date.parse('2026-03-10T12:00:00Z');
  it.each([
    ['2026-03-10T12:10:00Z', 'in 10 minutes'],
    ['2026-03-10T12:00:20Z', 'in 1 minute'],
    ['2026-03-10T15:00:00Z', 'in 3 hours'],
    ['2026-03-14T12:00:00Z', 'in 4 days'],
  ])('says %s is %s away', (due, text) => {
    expect(untilText(due, now)).toBe(text);
  });
});

describe('RATINGS', () => {
  it('maps the keys 1-4 to again, hard, good, easy', () => {
    expect(RATINGS.map((r) => `${r.key}:${r.value}`)).toEqual([
      '1:again',
      '2:hard',
      '3:good',
      '4:easy',
    ]);
  });
});
