import { normaliseWebAddress } from './web-address';

describe('normaliseWebAddress', () => {
  it.each([
    ['linkedin.com/jobs/view/123', 'https://linkedin.com/jobs/view/123'],
    ['  www.example.com  ', 'https://www.example.com'],
    ['https://example.com/jobs/1', 'https://example.com/jobs/1'],
    ['HTTP://Example.com', 'HTTP://Example.com'],
    ['localhost:4200/x', 'https://localhost:4200/x'],
    ['//cdn.example.com/a.png', 'https://cdn.example.com/a.png'],
  ])('%s → %s', (typed, stored) => {
    expect(normaliseWebAddress(typed)).toBe(stored);
  });

  it.each([
    ['javascript:alert(1)'],
    ['not a url'],
    ['mailto:me@example.com'],
    ['ftp://example.com'],
    ['example'],
    ['https://.com'],
  ])('refuses %s', (typed) => {
    expect(normaliseWebAddress(typed)).toBeUndefined();
  });

  it('clears a blank one', () => {
    expect(normaliseWebAddress('   ')).toBeNull();
  });
});
