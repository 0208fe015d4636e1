/** Whole-string match of s against p, where "." matches any character and "x*" zero or more x. */
export function isMatch(s: string, p: string): boolean {
  // matches[i][j]: does s[i..] match p[j..]? Filled from the ends backwards.
  const matches = Array.from({ length: s.length + 1 }, () =>
    new Array<boolean>(p.length + 1).fill(false),
  );
  const at = (i: number, j: number) => (matches[i] as boolean[])[j] as boolean;
  (matches[s.length] as boolean[])[p.length] = true; // empty string matches empty pattern
  for (let i = s.length; i >= 0; i--) {
    for (let j = p.length - 1; j >= 0; j--) {
      const first = i < s.length && (p[j] === '.' || p[j] === s[i]);
      const row = matches[i] as boolean[];
      if (p[j + 1] === '*') {
        // Either skip "x*" entirely, or let it consume one character and stay on "x*".
        row[j] = at(i, j + 2) || (first && at(i + 1, j));
      } else {
        row[j] = first && at(i + 1, j + 1);
      }
    }
  }
  return at(0, 0);
}
