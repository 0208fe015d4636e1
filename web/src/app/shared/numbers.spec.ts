import { positiveInt, toNumber } from './numbers';

describe('toNumber', () => {
  it.each([
    [12, 12],
    [0, 0],
    [-3.5, -3.5],
    ['12.5', 12.5],
    [' 7 ', 7],
    ['-0.25', -0.25],
    ['0', 0],
  ])('reads %j as %j', (value, expected) => {
    expect(toNumber(value)).toBe(expected);
  });

  // A cleared field must clear the value, not store 0 (what Number('') would give).
  it.each([
    [''],
    ['   '],
    [null],
    [undefined],
    ['abc'],
    ['12abc'],
    [Number.NaN],
    [Number.POSITIVE_INFINITY],
    ['Infinity'],
    [true],
    [[]],
  ])('reads %j as no number (null)', (value) => {
    expect(toNumber(value)).toBeNull();
  });
});

describe('positiveInt', () => {
  it.each([
    ['1', 1],
    ['42', 42],
  ])('reads %j as %j', (value, expected) => {
    expect(positiveInt(value)).toBe(expected);
  });

  it.each([[undefined], [''], ['0'], ['-4'], ['2.5'], ['abc'], ['Infinity']])(
    'rejects %j',
    (value) => {
      expect(positiveInt(value)).toBeUndefined();
    },
  );
});
