/** Ways to decode a digit string where "1".."26" map to "A".."Z". O(n) time, O(1) space. */
export function numDecodings(s: string): number {
  let twoBack = 1; // decodings of the prefix ending two characters ago (empty prefix: 1)
  let oneBack = s.startsWith('0') ? 0 : 1; // decodings of the first character
  for (let i = 2; i <= s.length; i++) {
    let current = 0;
    const single = s.charAt(i - 1);
    const pair = Number(s.slice(i - 2, i));
    if (single !== '0') current += oneBack; // last letter from one digit, 1..9
    if (pair >= 10 && pair <= 26) current += twoBack; // last letter from two digits, 10..26
    twoBack = oneBack;
    oneBack = current;
  }
  return s.length === 0 ? 0 : oneBack;
}
